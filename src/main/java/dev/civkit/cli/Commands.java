package dev.civkit.cli;

import dev.civkit.client.ApiToken;
import dev.civkit.display.StatusLine;
import dev.civkit.dsl.WorkflowBuilder;
import dev.civkit.request.Ids;
import dev.civkit.request.LocalFiles;
import dev.civkit.request.StrictJson;
import dev.civkit.request.Templates;
import dev.civkit.session.Hints;
import dev.civkit.session.Quote;
import dev.civkit.session.Session;
import dev.civkit.bench.Bench;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.client.ApiException;
import dev.civkit.request.InvalidRequestException;
import dev.civkit.kernel.KernelCommand;
import dev.civkit.outputs.DownloadResult;
import dev.civkit.outputs.SavedFile;
import dev.civkit.sandbox.FaultPlan;
import dev.civkit.sandbox.Profile;
import dev.civkit.sandbox.Sandbox;
import dev.civkit.sandbox.SandboxConfig;
import dev.civkit.wait.StillRunningException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The CLI's subcommands. Exit codes: 0 done (a workflow not waited for: accepted), 1 the workflow or
 * the API failed, 2 bad usage or input, 3 a --wait ran out while the workflow runs on.
 */
final class Commands {
    static final int KEEP_RUNNING = -1;
    /** --wait ran out while the workflow runs on: neither a success nor a failure. */
    static final int STILL_RUNNING = 3;

    private Commands() {}

    static int sandbox(Args a, PrintStream out) {
        if (a.has("help")) {
            out.print("""
                    usage: java -jar civkit.jar sandbox [--port 8080] [--token T] [--bind 127.0.0.1]
                                                        [--run-ms 1200] [--queue-ms 300] [--blob-ttl-s 300]
                                                        [--faults 429=0.1,500=0.2,reset=0.05] [--fault-seed 7]
                                                        [--profile standard|live] [--gateway-hold-ms 60000]
                                                        [--available-after-ms 2000] [--retry-after-s 1]
                                                        [--state DIR] [--reset]
                    Serves the Orchestration API on loopback with synthetic media and a pretend Buzz price list.
                    --profile live answers in the live service's shapes (ids without prefixes, no type on images,
                    blob URLs on a second host, redirects of every kind, blobs unavailable at first, a gateway
                    that cuts held long-polls after --gateway-hold-ms with 502/504, HTML and empty 5xx bodies);
                    --retry-after-s sets the Retry-After of injected 429 and 503 answers.
                    --state DIR remembers workflows in DIR across restarts (the JShell session's own sandbox uses
                    ~/.civkit/sandbox, or CIVKIT_SANDBOX_STATE); --reset empties that folder first
                    (with no --state: ~/.civkit/sandbox) and, with no other option, exits.
                    With --token, requests need 'Authorization: Bearer T' (others get 401).
                    --faults injects seeded, reproducible faults, each kind=rate (0 to 1): 429, 500, 503,
                    reset (answer cut off), slow, expire (blob URLs expired on arrival), and step failures
                    no_provider_available, blocked, timeout.
                    """);
            return 0;
        }
        a.allowOnly("port", "token", "bind", "run-ms", "queue-ms", "blob-ttl-s", "faults", "fault-seed", "profile", "gateway-hold-ms",
                "available-after-ms", "retry-after-s", "state", "reset");
        Path stateDir = a.has("state") ? Path.of(a.get("state")) : null;
        if (a.has("reset")) {
            Path dir = stateDir != null ? stateDir : Session.sandboxState(Map.of());
            if (dir == null) throw new Args.UsageException("--reset: no state folder (civkit.sandbox.state is off); name one with --state DIR");
            out.println(Sandbox.resetState(dir) ? "emptied " + dir : "nothing to reset in " + dir);
            if (stateDir == null) return 0;
        }
        SandboxConfig c = SandboxConfig.defaults().withPort(a.intOption("port", 8080, 0, 65535));
        if (a.has("token")) c = c.withToken(sandboxToken(a.get("token")));
        if (a.has("bind")) c = c.withBindAddress(bindAddress(a.get("bind")));
        if (a.has("run-ms")) c = c.withRunTime(Duration.ofMillis(a.intOption("run-ms", 0, 0, 3_600_000)));
        if (a.has("queue-ms")) c = c.withQueueTime(Duration.ofMillis(a.intOption("queue-ms", 0, 0, 3_600_000)));
        if (a.has("blob-ttl-s")) c = c.withBlobUrlTtl(Duration.ofSeconds(a.intOption("blob-ttl-s", 300, 1, 86_400)));
        if (a.has("fault-seed") && !a.has("faults")) throw new Args.UsageException("--fault-seed needs --faults");
        if (a.has("faults")) c = c.withFaults(faults(a.get("faults"), a.intOption("fault-seed", 1, 0, Integer.MAX_VALUE)));
        if (a.has("retry-after-s")) c = c.withFaults(c.faults().withRetryAfterSeconds(a.intOption("retry-after-s", 1, 0, 86_400)));
        c = c.withProfile(profile(a));
        Sandbox s;
        try {
            s = Sandbox.start(c, stateDir);
        } catch (Sandbox.StateInUseException e) {
            throw new Args.UsageException("--state: " + e.getMessage());
        } catch (UncheckedIOException e) {
            throw new Args.UsageException("--bind " + c.bindAddress() + " --port " + c.port() + ": cannot listen there ("
                    + e.getCause().getMessage() + "); pick an address of this machine and a free port");
        }
        Runtime.getRuntime().addShutdownHook(new Thread(s::close, "civkit-sandbox-stop"));
        out.println("civkit sandbox orchestrator listening at " + s.baseUrl()
                + (a.has("token") ? " (bearer token required)" : " (no token required)")
                + (c.faults().isNone() ? "" : " with faults " + c.faults())
                + (c.profile().isLive() ? ", answering as the live service: " + c.profile() + ", blobs on " + s.blobHost() : "")
                + (stateDir == null ? "" : ", remembering workflows in " + stateDir)
                + "; Ctrl-C stops it");
        out.println("try: CIVITAI_BASE_URL=" + s.baseUrl() + " java -jar target/civkit.jar submit request.json --wait 30");
        out.flush();
        return KEEP_RUNNING;
    }

    private static Profile profile(Args a) {
        Profile p;
        try {
            p = Profile.named(a.has("profile") ? a.get("profile") : "standard");
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException("--profile: " + e.getMessage());
        }
        if ((a.has("gateway-hold-ms") || a.has("available-after-ms")) && !p.isLive())
            throw new Args.UsageException("--gateway-hold-ms and --available-after-ms shape the live profile: add --profile live");
        if (a.has("gateway-hold-ms")) p = p.withGatewayHold(Duration.ofMillis(a.intOption("gateway-hold-ms", 60_000, 1, 3_600_000)));
        if (a.has("available-after-ms")) p = p.withBlobsAvailableAfter(Duration.ofMillis(a.intOption("available-after-ms", 2000, 0, 3_600_000)));
        return p;
    }

    /** An IP address of this machine or localhost: checked here so a typo is one line, not a stack trace. */
    static String bindAddress(String v) {
        String ipv4 = "(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}";
        boolean ok = v.equals("localhost") || v.matches(ipv4) || (v.contains(":") && v.matches("[0-9A-Fa-f:.]+") && isIp(v));
        if (!ok) throw new Args.UsageException("--bind takes an IP address of this machine such as 127.0.0.1, 0.0.0.0 or ::1, got '" + v + "'");
        return v;
    }

    private static boolean isIp(String v) {
        try {
            InetAddress.getByName(v); // a literal: no lookup is made for text of this shape
            return true;
        } catch (UnknownHostException | RuntimeException e) {
            return false;
        }
    }

    private static String sandboxToken(String v) {
        try {
            return ApiToken.of(v, "--token") == null ? null : v.strip();
        } catch (InvalidRequestException e) {
            throw new Args.UsageException(e.getMessage());
        }
    }

    static FaultPlan faults(String spec, long seed) {
        try {
            return FaultPlan.parse(spec, seed);
        } catch (IllegalArgumentException e) {
            throw new Args.UsageException("--faults: " + e.getMessage());
        }
    }

    static int submit(Args a, PrintStream out, PrintStream err, Map<String, String> env) {
        if (a.has("help")) {
            out.print("""
                    usage: java -jar civkit.jar submit FILE|- [--recipe TYPE] [--whatif] [--wait N] [--download DIR]
                    Sends a workflow request body as is (any body from the docs) and prints its status line.
                      --recipe TYPE   FILE is a recipe body, the input of POST /v2/consumer/recipes/TYPE
                                      (e.g. --recipe imageUpscaler); it is sent as a one-step workflow of
                                      that $type, under an externalId like any other submit
                      --whatif        price it only; nothing runs
                      --wait N        wait up to N seconds for it to end
                      --download DIR  wait for it, then save its outputs under DIR/<workflowId>/
                    Without --wait or --download it exits once the workflow is accepted, saying how to follow it.
                    Exit codes: 0 it succeeded (or, without --wait, was accepted; with --whatif, was priced);
                    1 it failed, expired or was canceled, or the API refused it; 2 bad usage or input, nothing
                    sent; 3 --wait ran out while it still runs (it keeps running). A CI smoke test passes --wait.
                    """);
            return 0;
        }
        a.allowOnly("whatif", "wait", "download", "recipe");
        if (a.positional.size() != 1) throw new Args.UsageException("submit takes one FILE (or - for stdin); see submit --help");
        int waitS = a.intOption("wait", 0, 0, 86_400);
        // Everything that can be checked here is, before anything is sent (or paid for).
        if (a.has("download") && a.has("whatif")) throw new Args.UsageException("--whatif only prices the workflow: nothing to --download");
        if (a.has("download")) downloadFolder(a.get("download"));
        JsonNode body = a.has("recipe") ? readRecipe(a.positional.get(0), a.get("recipe")) : readBody(a.positional.get(0));
        // Outside the try below: a bad token or address is a usage error (exit 2), not a service failure.
        Session opened = cliSession(env, err);
        try (Session session = opened) {
            if (a.has("whatif")) {
                Quote q = session.whatif(body);
                out.println(q);
                return 0;
            }
            WorkflowHandle h = session.submit(body, Math.min(waitS, 100));
            return waitAndFinish(h, waitS, a, out, err, session);
        } catch (ApiException | InvalidRequestException e) {
            err.println(e.getMessage());
            return e instanceof InvalidRequestException ? 2 : 1;
        } catch (RuntimeException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    static int get(Args a, PrintStream out, PrintStream err, Map<String, String> env) {
        if (a.has("help")) {
            out.print("""
                    usage: java -jar civkit.jar get WORKFLOW_ID [--wait N] [--download DIR]
                    Prints the workflow's status line; with --wait, waits up to N s for it to end; with
                    --download, waits for it and saves its outputs under DIR/<workflowId>/.
                    Exit codes as submit's: 0 it succeeded (or, without --wait, is still running), 1 it failed,
                    expired or was canceled, or the API refused, 2 bad usage, 3 --wait ran out while it runs.
                    """);
            return 0;
        }
        a.allowOnly("wait", "download");
        if (a.positional.size() != 1) throw new Args.UsageException("get takes one workflow id; see get --help");
        int waitS = a.intOption("wait", 0, 0, 86_400);
        if (a.has("download")) downloadFolder(a.get("download"));
        try {
            Ids.check(a.positional.get(0), "WORKFLOW_ID");
        } catch (InvalidRequestException e) {
            throw new Args.UsageException("get: " + e.getMessage());
        }
        // Outside the try below: a bad token or address is a usage error (exit 2), not a service failure.
        Session opened = cliSession(env, err);
        try (Session session = opened) {
            WorkflowHandle h = session.attach(a.positional.get(0));
            return waitAndFinish(h, waitS, a, out, err, session);
        } catch (InvalidRequestException e) {
            err.println(e.getMessage());
            return 2;
        } catch (RuntimeException e) {
            err.println(e.getMessage());
            return 1;
        }
    }

    /**
     * Waits when asked (--wait, or --download which needs the end), then prints where it stands. Not
     * waiting is said on a line of its own with the command that follows it: an unfinished workflow's
     * exit 0 must not pass for a success in a script that reads only the status line.
     */
    private static int waitAndFinish(WorkflowHandle h, int waitS, Args a, PrintStream out, PrintStream err, Session session) {
        try {
            if (waitS > 0 && !h.isDone()) h.await(Duration.ofSeconds(waitS));
        } catch (StillRunningException e) {
            out.println(h.statusLine());
            err.println(e.getMessage());
            return STILL_RUNNING;
        }
        if (!h.isDone() && !a.has("download")) {
            out.println(h.statusLine());
            err.println("not waited for: it keeps running; follow it with " + session.hints().awaitMore(h.id()));
            return 0;
        }
        return finish(h, a, out);
    }

    private static int finish(WorkflowHandle h, Args a, PrintStream out) {
        if (a.has("download")) {
            DownloadResult r = h.download(Path.of(a.get("download")).resolve(h.id()));
            out.println(h.statusLine());
            for (SavedFile f : r.saved()) out.println("  " + f.describe());
            for (DownloadResult.Missing m : r.missing()) out.println("  MISSING " + m);
            if (!r.complete() || StatusLine.nothingSaved(h.workflow(), r) != null) return 1;
        } else {
            out.println(h.statusLine());
        }
        String s = h.status();
        return "failed".equals(s) || "expired".equals(s) || "canceled".equals(s) ? 1 : 0;
    }

    /**
     * The --download folder: an existing folder we can write to, or one that can be made inside
     * one. Checked before submitting, so a bad folder does not cost a run.
     */
    static Path downloadFolder(String dir) {
        return LocalFiles.outputFolder(LocalFiles.path(dir, "--download"), "--download");
    }

    private static Session cliSession(Map<String, String> env, PrintStream err) {
        Session s;
        try {
            s = Session.fromEnvironment(env, err, false, Hints.COMMAND_LINE);
        } catch (InvalidRequestException e) {
            throw new Args.UsageException(e.getMessage());
        }
        if (s.isSandbox()) err.println(s.where());
        return s;
    }

    /** Reads and checks a request body so a broken file fails here, not at the server. */
    static JsonNode readBody(String source) {
        JsonNode body = readJson(source);
        if (!body.isObject()) throw new Args.UsageException(source + ": a workflow request body is a JSON object with \"steps\"");
        JsonNode steps = body.get("steps");
        if (steps == null)
            throw new Args.UsageException(source + ": steps: a workflow needs a non-empty \"steps\" array; if this is a recipe body "
                    + "(the input of POST /v2/consumer/recipes/{type}), add --recipe TYPE, e.g. --recipe imageGen");
        if (steps == null || !steps.isArray() || steps.isEmpty())
            throw new Args.UsageException(source + ": steps: a workflow needs a non-empty \"steps\" array");
        for (int i = 0; i < steps.size(); i++) {
            JsonNode t = steps.get(i).get("$type");
            if (t == null || !t.isString() || t.asString().isBlank())
                throw new Args.UsageException(source + ": steps[" + i + "].$type is required (imageGen, videoGen, …)");
        }
        try {
            Templates.check(body);
        } catch (InvalidRequestException e) {
            throw new Args.UsageException(source + ": " + e.getMessage());
        }
        return body;
    }

    /**
     * A recipe body wrapped as a one-step workflow rather than posted to the recipes path: a
     * workflow carries an externalId, so a lost answer can be recovered without running it twice.
     */
    static JsonNode readRecipe(String source, String type) {
        JsonNode input = readJson(source);
        if (!input.isObject()) throw new Args.UsageException(source + ": a recipe body is a JSON object, the step's input");
        if (input.has("steps"))
            throw new Args.UsageException(source + ": --recipe takes one step's input, but this has \"steps\", so it is a workflow: drop --recipe");
        JsonNode body;
        try {
            body = WorkflowBuilder.fromRecipe(null, type, input.toString()).toJsonNode();
        } catch (InvalidRequestException e) {
            throw new Args.UsageException("--recipe " + type + ": " + e.getMessage());
        }
        try {
            Templates.check(body);
        } catch (InvalidRequestException e) {
            throw new Args.UsageException(source + ": " + e.getMessage());
        }
        return body;
    }

    /** Bounded and strict: a device, a folder, a binary or a huge file is refused by what it is. */
    private static JsonNode readJson(String source) {
        String text;
        try {
            if (source.equals("-")) {
                text = LocalFiles.jsonText(System.in, "stdin");
            } else {
                Path p = LocalFiles.path(source, "FILE");
                // Missing, a folder, unreadable: said in the words FileErrors has for it; anything else that
                // is not a regular UTF-8 file under the size limit is refused by LocalFiles, read bounded.
                if (!Files.exists(p)) throw new NoSuchFileException(source);
                if (Files.isDirectory(p)) throw new IOException("Is a directory");
                if (!Files.isReadable(p)) throw new AccessDeniedException(source);
                text = LocalFiles.jsonText(p, "FILE");
            }
        } catch (IOException | UncheckedIOException e) {
            throw new Args.UsageException("cannot read " + source + ": " + FileErrors.reason(e));
        } catch (InvalidRequestException e) {
            throw new Args.UsageException("cannot read " + source + ": " + e.getMessage().replaceFirst("^FILE: ", ""));
        }
        try {
            return StrictJson.parse(source, text);
        } catch (InvalidRequestException e) {
            // A value deep in the file is named by its path; say which file too.
            throw new Args.UsageException(e.field().equals(source) ? e.getMessage() : source + ": " + e.getMessage());
        }
    }

    static int bench(String[] rest, PrintStream out) {
        if (rest.length > 0 && (rest[0].equals("--help") || rest[0].equals("-h"))) {
            out.print("""
                    usage: java -jar target/civkit.jar bench [--quick] [--write-results] [--kernel-only] [--sweep-only]
                                                             [--interactive-only] [--jjava DIR] [--browser-python PY]
                    Run from the project folder. Measures JShell start against plain jshell, how fast await()
                    sees completion (long-poll vs the polling cadence), HTTP requests per workflow, 1000
                    workflows at concurrency 64 (--quick: fewer), a 10,000-cell sweep at concurrency 64
                    (--quick: 1,000; planning, wall time, CPU and heap), the notebook kernel: start to first
                    result, busy-loop interrupt, restart and shutdown, side by side with stock JJava when its
                    kernelspec is found (--jjava DIR: the folder with its kernel.json, else $CIVKIT_BENCH_JJAVA,
                    else an installed kernelspec that runs jjava; without one the report says so), and the
                    playground and results browser in JupyterLab in headless Chromium: Generate to first image
                    against a cell, slider to price, page switch (--browser-python PY: a Python with JupyterLab
                    and Playwright, else $CIVKIT_BENCH_PYTHON, else target/venv made by .ci/python-venv;
                    Chromium from $CIVKIT_CHROMIUM, else /usr/bin/chromium; without them the report says so).
                    --kernel-only, --sweep-only, --interactive-only: those measures alone. Prints ratios; writes
                    target/bench/RESULTS.md (--write-results: the tracked bench/RESULTS.md). Journals and outputs
                    stay under target/bench.
                    Exit code 1 when a target is missed.
                    """);
            return 0;
        }
        for (int i = 0; i < rest.length; i++) {
            String a = rest[i];
            if (a.equals("--jjava")) {
                if (++i >= rest.length) throw new Args.UsageException("bench: --jjava needs the folder with JJava's kernel.json");
            } else if (a.equals("--browser-python")) {
                if (++i >= rest.length) throw new Args.UsageException("bench: --browser-python needs a Python with JupyterLab and Playwright");
            } else if (!List.of("--quick", "--write-results", "--kernel-only", "--sweep-only", "--interactive-only").contains(a)) {
                throw new Args.UsageException("bench: unknown option " + a + " (it takes --quick, --write-results, --kernel-only, --sweep-only,"
                        + " --interactive-only, --jjava DIR and --browser-python PY); see bench --help");
            }
        }
        if (!Files.isRegularFile(Path.of("jshell-startup.jsh")))
            throw new Args.UsageException("bench runs from the civkit folder (where jshell-startup.jsh is): cd there first");
        try {
            return Bench.run(rest);
        } catch (Exception e) {
            throw new IllegalStateException("bench failed: " + e.getMessage(), e);
        }
    }

    static int kernel(String[] rest) {
        return KernelCommand.cli(rest);
    }

    /** Jupyter opens in notebooks/ unless told otherwise. */
    static int notebook(String[] rest) {
        if (rest.length > 0 && (rest[0].equals("--help") || rest[0].equals("-h"))) {
            System.out.print("""
                    usage: java -jar target/civkit.jar notebook [DIR] [--port N] [--no-browser] [any jupyter notebook option …]
                    Installs the civkit kernel if missing and starts Jupyter Notebook in DIR (default notebooks/).
                    Other options go to Jupyter as given; as root, --allow-root is added (and said).
                    """);
            return 0;
        }
        boolean hasDir = rest.length > 0 && !rest[0].startsWith("-");
        String dir = hasDir ? rest[0] : "notebooks";
        List<String> jupyterArgs = List.of(rest).subList(hasDir ? 1 : 0, rest.length);
        // What can be judged here is, before a kernel is installed or Jupyter started.
        if (!Files.isDirectory(LocalFiles.path(dir, "DIR")))
            throw new Args.UsageException("notebook: " + dir + " is not a folder; name the folder to open (default notebooks/, from the civkit folder)");
        for (int i = 0; i < jupyterArgs.size(); i++) {
            String a = jupyterArgs.get(i);
            String port = a.startsWith("--port=") ? a.substring(7) : a.equals("--port") ? (i + 1 < jupyterArgs.size() ? jupyterArgs.get(i + 1) : "") : null;
            if (port != null && !port.matches("\\d{1,5}") || port != null && Integer.parseInt(port) > 65535)
                throw new Args.UsageException("notebook: --port takes a port number from 0 to 65535, got '" + port + "'");
        }
        return KernelCommand.notebook(Path.of(dir), jupyterArgs);
    }
}
