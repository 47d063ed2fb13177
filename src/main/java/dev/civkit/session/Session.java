package dev.civkit.session;

import dev.civkit.client.Answer;
import dev.civkit.client.ApiException;
import dev.civkit.client.CivitaiClient;
import dev.civkit.client.ClientConfig;
import dev.civkit.client.SubmitOptions;
import dev.civkit.client.Workflow;
import dev.civkit.request.Templates;
import dev.civkit.journal.Entry;
import dev.civkit.journal.Journal;
import dev.civkit.sandbox.Sandbox;
import dev.civkit.display.TerminalImages;
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
    private final TerminalImages terminalImages;
    private dev.civkit.webhook.WebhookReceiver webhooks;
    /** Server ids become folder names: only these characters may. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    /** The budget is shared by a session and the variants made from it (another token, output folder…). */
    private Session(ClientConfig config, Sandbox sandbox, Path outputRoot, PrintStream out, boolean progressInPlace, Journal journal,
                    Budget budget, TerminalImages terminalImages) {
        this.budget = budget;
        this.terminalImages = terminalImages;
        this.config = config;
        this.sandbox = sandbox;
        this.outputRoot = outputRoot;
        this.out = out;
        this.progressInPlace = progressInPlace;
        this.journal = journal;
    }

    /**
     * A session made to order, reading nothing from the environment:
     * {@code Session.builder().config(ClientConfig.of(url, token)).outputs(dir).journal(Journal.at(file)).build()}.
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Options for {@link #builder()}; the orchestrator's config and the journal must be named. */
    public static final class Builder {
        private ClientConfig config;
        private Sandbox sandbox;
        private Path outputs = Path.of("outputs");
        private PrintStream out = System.out;
        private boolean progressInPlace;
        private Journal journal;
        private TerminalImages terminalImages = new TerminalImages(TerminalImages.Mode.AUTO);

        private Builder() {}

        /** Whether and how show() draws pictures in a terminal (default: auto, only when output is a terminal). */
        public Builder terminalImages(TerminalImages.Mode mode) {
            this.terminalImages = new TerminalImages(mode);
            return this;
        }

        /** Where requests go and with which token. */
        public Builder config(ClientConfig config) {
            this.config = java.util.Objects.requireNonNull(config, "config");
            return this;
        }

        /** A sandbox this session owns: requests go to it and closing the session stops it. */
        public Builder ownedSandbox(Sandbox sandbox) {
            this.sandbox = java.util.Objects.requireNonNull(sandbox, "sandbox");
            if (config == null) config = ClientConfig.of(sandbox.baseUrl(), null);
            else config = config.withBaseUrl(sandbox.baseUrl());
            return this;
        }

        /** Where outputs are saved (default {@code outputs/}). */
        public Builder outputs(Path dir) {
            this.outputs = java.util.Objects.requireNonNull(dir, "outputs");
            return this;
        }

        /** Where progress and listings are printed (default System.out). */
        public Builder out(PrintStream out) {
            this.out = java.util.Objects.requireNonNull(out, "out");
            return this;
        }

        /** Redraw progress on one line (a terminal) rather than a line per change (logs, the default). */
        public Builder progressInPlace(boolean inPlace) {
            this.progressInPlace = inPlace;
            return this;
        }

        public Builder journal(Journal journal) {
            this.journal = java.util.Objects.requireNonNull(journal, "journal");
            return this;
        }

        public Session build() {
            if (config == null) throw new IllegalStateException("name the orchestrator: .config(ClientConfig.of(url, token)) or .ownedSandbox(sandbox)");
            if (journal == null) throw new IllegalStateException("name the journal: .journal(Journal.at(file))");
            return new Session(config, sandbox, outputs, out, progressInPlace, journal, new Budget(), terminalImages);
        }
    }

    public Journal journal() {
        return journal;
    }

    /** The same session writing its journal elsewhere. */
    public Session withJournal(Journal j) {
        return new Session(config, sandbox, outputRoot, out, progressInPlace, j, budget, terminalImages);
    }

    /**
     * The one place a session reads the environment: the real API when CIVITAI_API_TOKEN is set;
     * otherwise CIVITAI_BASE_URL if set (your own sandbox), else a sandbox started here on a free
     * loopback port. Also CIVKIT_OUTPUT_DIR, CIVKIT_JOURNAL, CIVKIT_SANDBOX_PROFILE and CIVKIT_TERMINAL_IMAGES.
     */
    public static Session fromEnvironment(Map<String, String> env, PrintStream out, boolean progressInPlace) {
        ClientConfig config = ClientConfig.fromEnvironment(env);
        Builder b = builder().config(config).outputs(Path.of(env.getOrDefault("CIVKIT_OUTPUT_DIR", "outputs")))
                .out(out).progressInPlace(progressInPlace).journal(Journal.fromEnvironment(env))
                .terminalImages(TerminalImages.fromEnvironment(env).mode());
        if (config.token() == null && env.get(ClientConfig.BASE_URL_ENV) == null) b.ownedSandbox(rememberingSandbox(env, out));
        return b.build();
    }

    /** CIVKIT_SANDBOX_PROFILE=live makes the in-process sandbox answer as the live service does. */
    private static dev.civkit.sandbox.SandboxConfig sandboxConfig(Map<String, String> env) {
        String name = env.getOrDefault(SANDBOX_PROFILE_ENV, "standard");
        try {
            return dev.civkit.sandbox.SandboxConfig.defaults().withProfile(dev.civkit.sandbox.Profile.named(name.strip()));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(SANDBOX_PROFILE_ENV + ": " + e.getMessage());
        }
    }

    /** The environment variable naming the sandbox's state folder ({@code off}: a sandbox that forgets). */
    public static final String SANDBOX_STATE_ENV = "CIVKIT_SANDBOX_STATE";

    /**
     * The in-process sandbox, remembering its workflows in CIVKIT_SANDBOX_STATE (else the system
     * property civkit.sandbox.state, else ~/.civkit/sandbox), so a later session sees them. When
     * another process holds that folder, this one says so and forgets.
     */
    private static Sandbox rememberingSandbox(Map<String, String> env, PrintStream out) {
        Path state = sandboxState(env);
        try {
            return Sandbox.start(sandboxConfig(env), state);
        } catch (dev.civkit.sandbox.Sandbox.StateInUseException e) {
            out.println(e.getMessage() + " (this session's sandbox forgets its workflows when it ends)");
            return Sandbox.start(sandboxConfig(env));
        }
    }

    /** The state folder, or null for none. */
    public static Path sandboxState(Map<String, String> env) {
        String v = env.get(SANDBOX_STATE_ENV);
        if (v == null) v = System.getProperty("civkit.sandbox.state");
        if (v != null && (v.isBlank() || v.strip().equalsIgnoreCase("off"))) return null;
        return v != null ? Path.of(v.strip()) : Path.of(System.getProperty("user.home"), ".civkit", "sandbox");
    }

    /** The environment variable that picks the in-process sandbox's profile. */
    public static final String SANDBOX_PROFILE_ENV = "CIVKIT_SANDBOX_PROFILE";

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
                client = c;
            }
            return client;
        }
    }

    /**
     * Journals what a handle learned: the session, not the HTTP client, keeps the journal, so a
     * journal that cannot be written is said out loud instead of lost inside a transport callback.
     */
    void journalTerminal(Workflow w) {
        if (!w.isTerminal()) return;
        try {
            journal.terminal(w.id(), w.status());
        } catch (RuntimeException e) {
            out.println("warning: could not journal " + w.id() + " as " + w.status() + ": " + e.getMessage()
                    + " (resume() may look at it again; nothing else is affected)");
        }
    }

    void journalDownloaded(String workflowId, Path dir, List<Path> files, boolean complete) {
        try {
            journal.downloaded(workflowId, dir, files, complete);
        } catch (RuntimeException e) {
            out.println("warning: could not journal the download of " + workflowId + ": " + e.getMessage()
                    + " (resume() may download it again; the files are saved)");
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

    /** Whether and how show() draws pictures in a terminal; shared with this session's variants. */
    public TerminalImages terminalImages() {
        return terminalImages;
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
        return new Session(config, keep, outputRoot, out, progressInPlace, journal, budget, terminalImages);
    }

    /** Where this session talks to and with which token (never printed). */
    public ClientConfig config() {
        return config;
    }

    public Session withOutputRoot(Path root) {
        return new Session(config, sandbox, root, out, progressInPlace, journal, budget, terminalImages);
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
            hold = budget.reserve("This workflow", price);
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
            budget.settle(hold, w.id(), w.totalCost());
            return new WorkflowHandle(this, w, body);
        } finally {
            budget.release(hold); // no-op once settled
        }
    }

    /** The session's Buzz budget: set with {@code budget().limit(100)}, or {@code Civkit.budget(100)}. */
    public Budget budget() {
        return budget;
    }

    /** A handle on a workflow submitted earlier, from here or elsewhere. */
    public WorkflowHandle attach(String workflowId) {
        dev.civkit.request.Ids.check(workflowId, "workflow(id)");
        Workflow w;
        try {
            w = checked(client().getWorkflow(workflowId, 0).workflow());
        } catch (dev.civkit.client.ApiException e) {
            throw Elsewhere.explain(e, workflowId, config.baseUrl(), journal);
        }
        journalTerminal(w);
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
            hold = budget.reserve("This " + stepType + " recipe", price == null ? 0 : price);
        }
        try {
            Answer a = client().submitRecipe(stepType, input, SubmitOptions.waiting(waitSeconds));
            Workflow w = checked(a.workflow());
            journal.submitted(w.id(), null, config.baseUrl(), w.status());
            budget.settle(hold, w.id(), w.totalCost());
            return new WorkflowHandle(this, w, null);
        } finally {
            budget.release(hold);
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
            if (e.id() != null && !SAFE_ID.matcher(e.id()).matches()) {
                unreachable.add("an entry with an unsafe id (" + e.id().length() + " characters, not [A-Za-z0-9_-]): skipped");
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
            } catch (RuntimeException ex) {
                // Whatever went wrong with this one (an odd answer, a wait that ran out), the rest still get their turn.
                if (ex instanceof dev.civkit.client.CallInterruptedException || Thread.currentThread().isInterrupted()) throw ex;
                unreachable.add(who + ": " + firstLine(ex.getMessage()));
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

    /**
     * This session's local webhook receiver, started on first use and stopped with the session:
     * {@code callback(webhooks().url(), "workflow:*")} makes await() finish on the event.
     */
    public synchronized dev.civkit.webhook.WebhookReceiver webhooks() {
        if (webhooks == null) webhooks = dev.civkit.webhook.WebhookReceiver.start();
        return webhooks;
    }

    /** Stops what this session started: its HTTP client, its webhook receiver and its own sandbox. */
    @Override
    public void close() {
        closeConnections();
        if (sandbox != null) sandbox.close();
    }

    /**
     * Lets go of the HTTP client and webhook receiver but not the sandbox: for a session replaced by
     * a variant of itself (another token, output folder…) that still talks to the same sandbox.
     */
    public synchronized void closeConnections() {
        if (client != null) client.close();
        if (webhooks != null) webhooks.close();
        webhooks = null;
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
