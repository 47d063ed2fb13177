package dev.civkit.session;

import dev.civkit.budget.Budget;
import dev.civkit.budget.Spending;
import dev.civkit.client.Answer;
import dev.civkit.client.ApiException;
import dev.civkit.client.CivitaiClient;
import dev.civkit.client.ClientConfig;
import dev.civkit.client.SubmitOptions;
import dev.civkit.client.Workflow;
import dev.civkit.client.WorkflowObserver;
import dev.civkit.request.Templates;
import dev.civkit.journal.Entry;
import dev.civkit.journal.Journal;
import dev.civkit.sandbox.Sandbox;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where requests go and where results land: one client, the sandbox it may have started, the
 * output folder. {@link Civkit} keeps one for the JShell or notebook session.
 */
public final class Session implements AutoCloseable {
    public static final String VERSION = "0.1.0";

    private final ClientConfig config;
    private volatile CivitaiClient client;
    private final Sandbox sandbox;
    private final Path outputRoot;
    private final PrintStream out;
    private final boolean progressInPlace;
    private final Journal journal;
    private final Budget budget;
    /** Server ids become folder names: only these characters may. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    /** Journals to $CIVKIT_JOURNAL or ~/.civkit/journal.jsonl. */
    public Session(ClientConfig config, Sandbox sandbox, Path outputRoot, PrintStream out, boolean progressInPlace) {
        this(config, sandbox, outputRoot, out, progressInPlace, Journal.fromEnvironment(System.getenv()));
    }

    public Session(ClientConfig config, Sandbox sandbox, Path outputRoot, PrintStream out, boolean progressInPlace, Journal journal) {
        this(config, sandbox, outputRoot, out, progressInPlace, journal, new Budget());
    }

    /** The budget is shared by a session and the variants made from it (another token, output folder…). */
    private Session(ClientConfig config, Sandbox sandbox, Path outputRoot, PrintStream out, boolean progressInPlace, Journal journal,
                    Budget budget) {
        this.budget = budget;
        this.config = config;
        this.sandbox = sandbox;
        this.outputRoot = outputRoot;
        this.out = out;
        this.progressInPlace = progressInPlace;
        this.journal = journal;
    }

    public Journal journal() {
        return journal;
    }

    /** The same session writing its journal elsewhere. */
    public Session withJournal(Journal j) {
        return new Session(config, sandbox, outputRoot, out, progressInPlace, j, budget);
    }

    /**
     * The real API when CIVITAI_API_TOKEN is set; otherwise CIVITAI_BASE_URL if set (your own
     * sandbox), else a sandbox started here on a free loopback port.
     */
    public static Session fromEnvironment(Map<String, String> env, PrintStream out, boolean progressInPlace) {
        ClientConfig config = ClientConfig.fromEnvironment(env);
        Path outputs = Path.of(env.getOrDefault("CIVKIT_OUTPUT_DIR", "outputs"));
        if (config.token() != null || env.get(ClientConfig.BASE_URL_ENV) != null)
            return new Session(config, null, outputs, out, progressInPlace, Journal.fromEnvironment(env));
        Sandbox sandbox = Sandbox.start();
        return new Session(config.withBaseUrl(sandbox.baseUrl()), sandbox, outputs, out, progressInPlace, Journal.fromEnvironment(env));
    }

    /** A session on a sandbox the caller started (tests, demos, the CLI). */
    public static Session onSandbox(Sandbox sandbox, Path outputRoot, PrintStream out) {
        return new Session(ClientConfig.of(sandbox.baseUrl(), null), null, outputRoot, out, false);
    }

    /**
     * The HTTP client, made on first use: OkHttp's start-up is paid when the first request goes
     * out, not while JShell starts.
     */
    public CivitaiClient client() {
        CivitaiClient c = client;
        if (c != null) return c;
        synchronized (this) {
            if (client == null) {
                c = new CivitaiClient(config);
                c.observe(new WorkflowObserver() {
                    @Override
                    public void seen(Workflow w) {
                        if (w.isTerminal()) journal.terminal(w.id(), w.status());
                    }

                    @Override
                    public void saved(String workflowId, Path dir, List<Path> files, boolean complete) {
                        journal.downloaded(workflowId, dir, files, complete);
                    }
                });
                client = c;
            }
            return client;
        }
    }

    public boolean isSandbox() {
        return sandbox != null;
    }

    public Sandbox sandbox() {
        return sandbox;
    }

    public Path outputRoot() {
        return outputRoot;
    }

    /** Where progress and listings are printed. */
    public PrintStream out() {
        return out;
    }

    /** Whether progress redraws one line in place (a terminal) or prints a line per change (logs). */
    public boolean progressInPlace() {
        return progressInPlace;
    }

    /** The same session pointed elsewhere or with another token; the sandbox, if any, is kept. */
    public Session with(ClientConfig config) {
        // A session pointed away from its sandbox no longer is a sandbox session (banner, isSandbox()).
        Sandbox keep = sandbox != null && sandbox.baseUrl().equals(config.baseUrl()) ? sandbox : null;
        return new Session(config, keep, outputRoot, out, progressInPlace, journal, budget);
    }

    /** Where this session talks to and with which token (never printed). */
    public ClientConfig config() {
        return config;
    }

    public Session withOutputRoot(Path root) {
        return new Session(config, sandbox, root, out, progressInPlace, journal, budget);
    }

    public Quote whatif(JsonNode template) {
        Templates.check(template);
        return new Quote(client().submitWorkflow(template, SubmitOptions.whatIf()).workflow());
    }

    /**
     * Sends a workflow under an idempotency key (the body's externalId, or a generated
     * {@code civkit-…} one), journalling the intent before the request leaves, so a retry after a
     * lost answer, or a resume() after a restart, can never create a second workflow.
     */
    public WorkflowHandle submit(JsonNode template, int waitSeconds) {
        return submit(template, waitSeconds, null);
    }

    /**
     * As {@link #submit(JsonNode, int)}; with a budget set, the workflow is priced first (whatif,
     * unless {@code knownPrice} is given) and refused when it would cross the limit.
     */
    public WorkflowHandle submit(JsonNode template, int waitSeconds, Double knownPrice) {
        Templates.check(template);
        ObjectNode body = (ObjectNode) template.deepCopy();
        if (!body.path("externalId").isString()) body.put("externalId", newExternalId());
        String key = body.get("externalId").asString();
        Budget.Reservation hold = null;
        if (budget.isSet()) {
            double price = knownPrice != null ? knownPrice : whatif(body).total();
            hold = Spending.reserve(budget, "This workflow", price);
        }
        try {
            warnIfCallbacksWillNotBeCalled(body);
            journal.intent(key, config.baseUrl(), body);
            Answer a;
            try {
                a = client().submitWorkflow(body, SubmitOptions.waiting(waitSeconds));
            } catch (ApiException refused) {
                // A transient fault may have created it after all: the open intent lets resume() ask again.
                if (!refused.isTransient()) journal.rejected(key, config.baseUrl(), refused.status(), refused.title());
                throw refused;
            }
            Workflow w = checked(a.workflow());
            journal.submitted(w.id(), key, config.baseUrl(), w.status());
            Spending.settle(budget, hold, w.id(), w.totalCost());
            return new WorkflowHandle(this, w, body);
        } finally {
            Spending.release(budget, hold); // no-op once settled
        }
    }

    /** The session's Buzz budget: set with {@code budget().limit(100)}, or {@code Civkit.budget(100)}. */
    public Budget budget() {
        return budget;
    }

    /** A handle on a workflow submitted earlier, from here or elsewhere. */
    public WorkflowHandle attach(String workflowId) {
        dev.civkit.request.Ids.check(workflowId, "workflow(id)");
        Workflow w = checked(client().getWorkflow(workflowId, 0).workflow());
        return new WorkflowHandle(this, w, null);
    }

    /** QueryWorkflows from this session: a builder that fetches lazily and prints as status lines. */
    public WorkflowList workflows() {
        return new WorkflowList(this, dev.civkit.client.WorkflowQuery.all());
    }

    /**
     * The per-recipe path: {@code input} is the step's input, answered as a one-step workflow.
     * It carries no externalId, so a lost answer cannot be resumed by key: the id is journalled
     * as soon as it is known.
     */
    public WorkflowHandle recipe(String stepType, JsonNode input, int waitSeconds) {
        if (stepType == null || !stepType.matches("[A-Za-z][A-Za-z0-9]*"))
            throw new dev.civkit.request.InvalidRequestException("recipe(type, input)", "the type is a step type such as imageGen or convertImage, got "
                    + dev.civkit.request.Text.quote(stepType));
        if (input == null || !input.isObject())
            throw new dev.civkit.request.InvalidRequestException("recipe(type, input)", "the input is a JSON object, got " + input);
        dev.civkit.request.JsonValues.check("input", input);
        Budget.Reservation hold = null;
        if (budget.isSet()) {
            Double price = client().submitRecipe(stepType, input, SubmitOptions.whatIf()).workflow().totalCost();
            hold = Spending.reserve(budget, "This " + stepType + " recipe", price == null ? 0 : price);
        }
        try {
            Answer a = client().submitRecipe(stepType, input, SubmitOptions.waiting(waitSeconds));
            Workflow w = checked(a.workflow());
            journal.submitted(w.id(), null, config.baseUrl(), w.status());
            Spending.settle(budget, hold, w.id(), w.totalCost());
            return new WorkflowHandle(this, w, null);
        } finally {
            Spending.release(budget, hold);
        }
    }

    /** {@code civkit-} and 22 URL-safe random characters: within [A-Za-z0-9_-]{1,128}. */
    public static String newExternalId() {
        byte[] b = new byte[16];
        Random.INSTANCE.nextBytes(b);
        return "civkit-" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    private static Workflow checked(Workflow w) {
        if (w.id() != null && !SAFE_ID.matcher(w.id()).matches())
            throw new IllegalStateException("the server answered a workflow id that is not safe to use as a folder name ("
                    + w.id().length() + " characters); refusing it");
        return w;
    }

    /** The real orchestrator calls HTTPS URLs only; a sandbox on this machine calls anything. */
    private void warnIfCallbacksWillNotBeCalled(JsonNode body) {
        if (isLoopback(config.baseUrl())) return;
        for (JsonNode cb : body.path("callbacks")) {
            if (cb.path("url").asString("").startsWith("http://")) {
                out.println("warning: the Civitai orchestrator only calls https:// callback URLs; an http:// callback will never be called");
                return;
            }
        }
    }

    private static boolean isLoopback(String url) {
        try {
            String host = URI.create(url).getHost();
            return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]") || host.equals("::1"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * Picks up, from the journal, every workflow sent to this orchestrator that is unfinished,
     * never answered, or not yet downloaded: reattaches (or resubmits the same idempotency key),
     * waits and downloads. Workflows sent elsewhere, or no longer known, are listed as unreachable.
     */
    public Resumed resume() {
        List<WorkflowHandle> done = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        String here = config.baseUrl();
        for (Entry e : journal.entries()) {
            if (!e.needsResume()) continue;
            String who = e.id() != null ? e.id() : "key " + e.externalId();
            if (!here.equals(e.baseUrl())) {
                unreachable.add(who + ": sent to " + e.baseUrl() + ", this session talks to " + here);
                continue;
            }
            try {
                WorkflowHandle h;
                if (e.id() != null) {
                    h = attach(e.id());
                } else if (e.request() != null && e.request().isObject()) {
                    h = submit(e.request(), 0); // same externalId: answers the workflow if it was created
                } else {
                    unreachable.add(who + ": the journal has no request to resend");
                    continue;
                }
                h.download();
                done.add(h);
            } catch (ApiException ex) {
                // One workflow's refusal must not keep the others from being picked up.
                if (ex.status() == 404) unreachable.add(who + ": " + here + " no longer knows it (a sandbox from an earlier run?)");
                else if (ex.isTransient()) unreachable.add(who + ": HTTP " + ex.status() + ", try again later");
                else unreachable.add(who + ": refused, HTTP " + ex.status() + (ex.title() == null ? "" : " " + ex.title()));
            } catch (java.io.UncheckedIOException ex) {
                unreachable.add(who + ": " + firstLine(ex.getMessage()) + "; try again later");
            } catch (dev.civkit.request.InvalidRequestException ex) {
                unreachable.add(who + ": the journalled request is not valid: " + firstLine(ex.getMessage()));
            }
        }
        return new Resumed(done, unreachable);
    }

    /** The most recent workflows in the journal, newest last, as status lines. */
    public History history(int limit) {
        List<Entry> all = journal.entries();
        return new History(all.subList(Math.max(0, all.size() - limit), all.size()), journal.path());
    }

    private static String firstLine(String s) {
        int nl = s == null ? -1 : s.indexOf('\n');
        return nl < 0 ? String.valueOf(s) : s.substring(0, nl);
    }

    /** Which orchestrator, how it is reached, where outputs go: the line a session's first use prints. */
    public String where() {
        ClientConfig c = config;
        String where = sandbox != null
                ? "sandbox orchestrator at " + c.baseUrl() + " (no CIVITAI_API_TOKEN set; media is synthetic, Buzz is pretend)"
                : c.token() == null ? "orchestrator at " + c.baseUrl() + " without a token"
                : "Civitai API at " + c.baseUrl() + " with token " + c.token().masked();
        return "civkit " + VERSION + " | " + where + " | outputs in " + outputRoot + "/";
    }

    /** {@link #where()} and a line to try. */
    public String banner() {
        return where() + " | try: "
                + "workflow().imageGen(i -> i.engine(\"flux\").prompt(\"A cat astronaut\").size(1024, 1024)).submit().await().show()";
    }

    @Override
    public void close() {
        if (client != null) client.close();
        if (sandbox != null) sandbox.close();
    }

    @Override
    public String toString() {
        return "Session[" + config + (sandbox != null ? ", sandbox" : "") + ", outputs " + outputRoot + "]";
    }

    /** Seeded on the first submission, not when the session starts: SecureRandom's set-up is not free. */
    private static final class Random {
        static final SecureRandom INSTANCE = new SecureRandom();
    }

    /** Waits for and saves these workflows, then lays their outputs side by side with captions. */
    public dev.civkit.display.Gallery gallery(List<WorkflowHandle> handles) {
        dev.civkit.request.Require.nonNull(handles, "gallery(handles)", "a list of workflow handles");
        return Galleries.of(handles);
    }
}
