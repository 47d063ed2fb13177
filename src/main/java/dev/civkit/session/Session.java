package dev.civkit.session;

import dev.civkit.client.ApiException;
import dev.civkit.client.CivitaiClient;
import dev.civkit.client.ClientConfig;
import dev.civkit.client.Workflow;
import dev.civkit.client.WorkflowQuery;
import dev.civkit.display.Gallery;
import dev.civkit.journal.Journal;
import dev.civkit.request.Ids;
import dev.civkit.request.Require;
import dev.civkit.sandbox.Sandbox;
import dev.civkit.display.TerminalImages;
import dev.civkit.webhook.WebhookReceiver;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * Where requests go and where results land: one client, the sandbox it may have started, the
 * output folder, the journal and the budget. {@link Civkit} keeps one for the JShell or notebook
 * session. Its verbs are done by one class per job: {@link Bootstrap} (the environment, the sandbox,
 * the banner), {@link Submission} (idempotency key, budget, journal), {@link Recipes}, {@link Resumption}
 * (resume, history) and {@link Galleries}.
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
    private final Hints hints;
    private final Prices prices = new Prices(this);
    private WebhookReceiver webhooks;

    /** The budget is shared by a session and the variants made from it (another token, output folder…). */
    private Session(ClientConfig config, Sandbox sandbox, Path outputRoot, PrintStream out, boolean progressInPlace, Journal journal,
                    Budget budget, TerminalImages terminalImages, Hints hints) {
        this.budget = budget;
        this.hints = hints;
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
        private Hints hints = Hints.PROMPT;

        private Builder() {}

        /** In whose words messages say what to do next (default: civkit's verbs at a prompt). */
        public Builder hints(Hints hints) {
            this.hints = Objects.requireNonNull(hints, "hints");
            return this;
        }

        /** Whether and how show() draws pictures in a terminal (default: auto, only when output is a terminal). */
        public Builder terminalImages(TerminalImages.Mode mode) {
            this.terminalImages = new TerminalImages(mode);
            return this;
        }

        /** Where requests go and with which token. */
        public Builder config(ClientConfig config) {
            this.config = Objects.requireNonNull(config, "config");
            return this;
        }

        /** A sandbox this session owns: requests go to it and closing the session stops it. */
        public Builder ownedSandbox(Sandbox sandbox) {
            this.sandbox = Objects.requireNonNull(sandbox, "sandbox");
            if (config == null) config = ClientConfig.of(sandbox.baseUrl(), null);
            else config = config.withBaseUrl(sandbox.baseUrl());
            return this;
        }

        /** Where outputs are saved (default {@code outputs/}). */
        public Builder outputs(Path dir) {
            this.outputs = Objects.requireNonNull(dir, "outputs");
            return this;
        }

        /** Where progress and listings are printed (default System.out). */
        public Builder out(PrintStream out) {
            this.out = Objects.requireNonNull(out, "out");
            return this;
        }

        /**
         * A person watches this session's output (JShell): progress is kept current, redrawn on one
         * line when the output is a terminal and plain lines in a pipe or a log. False (the default, the
         * CLI's stderr): a line per change the waiter sees.
         */
        public Builder progressInPlace(boolean inPlace) {
            this.progressInPlace = inPlace;
            return this;
        }

        public Builder journal(Journal journal) {
            this.journal = Objects.requireNonNull(journal, "journal");
            return this;
        }

        public Session build() {
            if (config == null) throw new IllegalStateException("name the orchestrator: .config(ClientConfig.of(url, token)) or .ownedSandbox(sandbox)");
            if (journal == null) throw new IllegalStateException("name the journal: .journal(Journal.at(file))");
            return new Session(config, sandbox, outputs, out, progressInPlace, journal, new Budget(), terminalImages, hints);
        }
    }

    public Journal journal() {
        return journal;
    }

    /** The same session writing its journal elsewhere. */
    public Session withJournal(Journal j) {
        return new Session(config, sandbox, outputRoot, out, progressInPlace, j, budget, terminalImages, hints);
    }

    /**
     * The one place a session reads the environment: the real API when CIVITAI_API_TOKEN is set;
     * otherwise CIVITAI_BASE_URL if set (your own sandbox), else a sandbox started here on a free
     * loopback port. Also CIVKIT_OUTPUT_DIR, CIVKIT_JOURNAL, CIVKIT_SANDBOX_PROFILE and CIVKIT_TERMINAL_IMAGES.
     */
    public static Session fromEnvironment(Map<String, String> env, PrintStream out, boolean progressInPlace) {
        return Bootstrap.fromEnvironment(env, out, progressInPlace, Hints.PROMPT);
    }

    /** As above, for a front end whose users are told what to do next in {@code hints}' words (the CLI). */
    public static Session fromEnvironment(Map<String, String> env, PrintStream out, boolean progressInPlace, Hints hints) {
        return Bootstrap.fromEnvironment(env, out, progressInPlace, hints);
    }

    /** The environment variable naming the sandbox's state folder ({@code off}: a sandbox that forgets). */
    public static final String SANDBOX_STATE_ENV = "CIVKIT_SANDBOX_STATE";

    /** The environment variable that picks the in-process sandbox's profile. */
    public static final String SANDBOX_PROFILE_ENV = "CIVKIT_SANDBOX_PROFILE";

    /**
     * The sandbox's state folder, or null for none: CIVKIT_SANDBOX_STATE, else the system property
     * civkit.sandbox.state, else ~/.civkit/sandbox.
     */
    public static Path sandboxState(Map<String, String> env) {
        return Bootstrap.sandboxState(env);
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

    /** Whether and how show() draws pictures in a terminal; shared with this session's variants. */
    public TerminalImages terminalImages() {
        return terminalImages;
    }

    /** Where progress and listings are printed. */
    public PrintStream out() {
        return out;
    }

    /** In whose words messages say what to do next: the verbs at a prompt, or the command line's. */
    public Hints hints() {
        return hints;
    }

    /** Whether a person watches the progress (see {@link Builder#progressInPlace}); a terminal is asked where it is drawn. */
    public boolean progressInPlace() {
        return progressInPlace;
    }

    /** The same session pointed elsewhere or with another token; the sandbox, if any, is kept. */
    public Session with(ClientConfig config) {
        // A session pointed away from its sandbox no longer is a sandbox session (banner, isSandbox()).
        Sandbox keep = sandbox != null && sandbox.baseUrl().equals(config.baseUrl()) ? sandbox : null;
        return new Session(config, keep, outputRoot, out, progressInPlace, journal, budget, terminalImages, hints);
    }

    /** Where this session talks to and with which token (never printed). */
    public ClientConfig config() {
        return config;
    }

    public Session withOutputRoot(Path root) {
        return new Session(config, sandbox, root, out, progressInPlace, journal, budget, terminalImages, hints);
    }

    public Quote whatif(JsonNode template) {
        return Submission.whatif(this, template);
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
        return Submission.submit(this, template, waitSeconds, knownPrice);
    }

    /** Whatif prices, asked once per distinct priced shape (see {@link Prices}). */
    public Prices prices() {
        return prices;
    }

    /** The session's Buzz budget: set with {@code budget().limit(100)}, or {@code Civkit.budget(100)}. */
    public Budget budget() {
        return budget;
    }

    /** A handle on a workflow submitted earlier, from here or elsewhere. */
    public WorkflowHandle attach(String workflowId) {
        Ids.check(workflowId, "workflow(id)");
        Workflow w;
        try {
            w = Submission.checked(client().getWorkflow(workflowId, 0).workflow());
        } catch (ApiException e) {
            throw Elsewhere.explain(e, workflowId, config.baseUrl(), journal, hints);
        }
        Submission.journalTerminal(this, w);
        return new WorkflowHandle(this, w, null);
    }

    /** QueryWorkflows from this session: a builder that fetches lazily and prints as status lines. */
    public WorkflowList workflows() {
        return new WorkflowList(this, WorkflowQuery.all());
    }

    /**
     * The per-recipe path: {@code input} is the step's input, answered as a one-step workflow.
     * It carries no externalId, so a lost answer cannot be resumed by key: the id is journalled
     * as soon as it is known.
     */
    public WorkflowHandle recipe(String stepType, JsonNode input, int waitSeconds) {
        return Recipes.submit(this, stepType, input, waitSeconds);
    }

    /** {@code civkit-} and 22 URL-safe random characters: within [A-Za-z0-9_-]{1,128}. */
    public static String newExternalId() {
        return Submission.newExternalId();
    }

    /**
     * Picks up, from the journal, every workflow sent to this orchestrator that is unfinished,
     * never answered, or not yet downloaded: reattaches (or resubmits the same idempotency key),
     * waits and downloads. Workflows sent elsewhere, or no longer known, are listed as unreachable.
     */
    public Resumed resume() {
        return Resumption.resume(this);
    }

    /** The most recent workflows in the journal, newest last, as status lines. */
    public History history(int limit) {
        return Resumption.history(this, limit);
    }

    /** Which orchestrator, how it is reached, where outputs go: the line a session's first use prints. */
    public String where() {
        return Bootstrap.where(this);
    }

    /** {@link #where()} as a value: what {@code token(…)} and {@code baseUrl(…)} answer. */
    public Connection connection() {
        return Bootstrap.connection(this);
    }

    /** {@link #where()} and a line to try. */
    public String banner() {
        return Bootstrap.banner(this);
    }

    /**
     * This session's local webhook receiver, started on first use and stopped with the session:
     * {@code callback(webhooks().url(), "workflow:*")} makes await() finish on the event.
     */
    public synchronized WebhookReceiver webhooks() {
        if (webhooks == null) webhooks = WebhookReceiver.start();
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

    /** Waits for and saves these workflows, then lays their outputs side by side with captions. */
    public Gallery gallery(List<WorkflowHandle> handles) {
        Require.nonNull(handles, "gallery(handles)", "a list of workflow handles");
        return Galleries.of(handles);
    }
}
