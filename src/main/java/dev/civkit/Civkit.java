package dev.civkit;

import dev.civkit.air.Air;
import dev.civkit.client.Blob;
import dev.civkit.client.JsonPatch;
import dev.civkit.client.ResourceInfo;
import dev.civkit.client.Service;
import dev.civkit.client.ServicePage;
import dev.civkit.client.ServiceQuery;
import dev.civkit.display.TerminalImages;
import dev.civkit.dsl.TypedStep;
import dev.civkit.journal.Journal;
import dev.civkit.play.Playground;
import dev.civkit.request.Callbacks;
import dev.civkit.request.InvalidRequestException;
import dev.civkit.request.LocalFiles;
import dev.civkit.session.Session;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.session.WorkflowList;
import dev.civkit.session.Resumed;
import dev.civkit.session.History;
import dev.civkit.display.Gallery;
import dev.civkit.session.Budget;
import dev.civkit.session.Connection;
import dev.civkit.client.ApiToken;
import dev.civkit.client.ClientConfig;
import dev.civkit.dsl.WorkflowBuilder;
import dev.civkit.request.Require;
import dev.civkit.sweep.ContactSheet;
import dev.civkit.sweep.Sweep;
import dev.civkit.sweep.SweepResult;
import dev.civkit.webhook.WebhookReceiver;
import java.awt.image.RenderedImage;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The entry point for JShell and notebooks: {@code import static dev.civkit.Civkit.*;} then
 * {@code workflow()…}. Holds the session: the real API when CIVITAI_API_TOKEN is set, a local
 * sandbox orchestrator otherwise.
 */
public final class Civkit {
    private static Session session;

    /**
     * Whatever System.out is at the time of printing: a notebook kernel swaps System.out per cell,
     * and a session created during one cell (or the kernel's start-up) must print into the next.
     */
    private static final PrintStream CURRENT_OUT = new PrintStream(new OutputStream() {
        @Override
        public void write(int b) {
            System.out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            System.out.write(b, off, len);
        }

        @Override
        public void flush() {
            System.out.flush();
        }
    }, true);

    /**
     * The verbs, on the JVM-wide session: every static verb below is this, on {@link #session()}. Their
     * documentation lives here, where JShell's TAB TAB shows it; {@link WithCivkit}'s methods point back.
     */
    private static final WithCivkit DEFAULT = Civkit::session;

    private Civkit() {}

    /** civkit's verbs on {@code session} alone, for code that keeps more than one: {@code on(mine).workflow()…}. */
    public static WithCivkit on(Session session) {
        Require.nonNull(session, "on(session)", "a Session, e.g. Session.builder()…build()");
        return () -> session;
    }

    /**
     * The session, created on first use from the environment; that first use prints one line saying
     * where requests go (sandbox or real API), in JShell and in a notebook alike: in the cell that first
     * uses civkit, never at start-up nor in a cell that does not use it.
     */
    public static Session session() {
        return session(true);
    }

    /** The session; when this call creates it and {@code announce} is set, prints where requests go. */
    static synchronized Session session(boolean announce) {
        if (session == null) {
            session = Session.fromEnvironment(System.getenv(), CURRENT_OUT, true);
            if (announce) CURRENT_OUT.println(session.where());
        }
        return session;
    }

    /** Replaces the session (tests, or a notebook that wants another sandbox). */
    public static synchronized Session use(Session s) {
        Require.nonNull(s, "use(session)", "a Session, e.g. Session.builder()…build()");
        Session old = session;
        session = s;
        // The old session's connections go with it; its sandbox only if the new one does not talk to it.
        if (old != null && old != s) {
            if (old.sandbox() != s.sandbox()) old.close();
            else old.closeConnections();
        }
        return s;
    }

    /** Starts writing a new workflow. */
    public static WorkflowBuilder workflow() {
        return DEFAULT.workflow();
    }

    /**
     * A workflow from a pasted request body (any example from the docs), kept field for field:
     * {@code workflowFromJson(text).whatif()}, {@code .submit()}, {@code .toJson()}.
     */
    public static WorkflowBuilder workflowFromJson(String text) {
        return DEFAULT.workflowFromJson(text);
    }

    /** A recipe body (the input {@code POST /v2/consumer/recipes/{type}} takes) as a one-step workflow. */
    public static WorkflowBuilder workflowFromRecipe(String type, String inputJson) {
        return DEFAULT.workflowFromRecipe(type, inputJson);
    }

    /**
     * Reattaches to a workflow by id, e.g. after a restart: {@code workflow("wf_…").await()}.
     *
     * @param workflowId the id {@code submit()} printed, as {@code wf_…}
     * @return a handle holding the workflow's current state (fetched once, no waiting)
     */
    public static WorkflowHandle workflow(String workflowId) {
        return DEFAULT.workflow(workflowId);
    }

    /**
     * Your workflows on the server, newest first, fetched lazily and printed one status line each:
     * {@code workflows().tagged("cats").since("2025-06-01").take(20)}.
     */
    public static WorkflowList workflows() {
        return DEFAULT.workflows();
    }

    /**
     * Runs one step through {@code POST /v2/consumer/recipes/{type}}: {@code input} is the step's
     * input as JSON text, a JsonNode, a Map, or a typed builder's {@code toJson()} text.
     * {@code recipe("convertImage", "{\"image\":\"https://…\",\"output\":{\"format\":\"png\"}}").await()}
     *
     * @param type the step's {@code $type}, such as {@code "convertImage"}
     * @param input the step's input
     * @return a handle to the one-step workflow the recipe started
     */
    public static WorkflowHandle recipe(String type, Object input) {
        return DEFAULT.recipe(type, input);
    }

    /** Uploads a PNG, JPEG, WebP or GIF so a step can use it: {@code i.image(upload("cat.png").url())}. */
    public static Blob upload(String file) {
        return DEFAULT.upload(file);
    }

    /** Uploads an image made in the session (sent as PNG). */
    public static Blob upload(RenderedImage image) {
        return DEFAULT.upload(image);
    }

    /** Parses and checks an AIR ({@code urn:air:sdxl:checkpoint:civitai:101055@128078}), saying what is wrong if it is not one. */
    public static Air air(String text) {
        return DEFAULT.air(text);
    }

    /** A JSON Patch to build for {@code h.patch(…)} or {@code h.patchStep(…)}: {@code jsonPatch().remove("/tags/0")}. */
    public static JsonPatch jsonPatch() {
        return DEFAULT.jsonPatch();
    }

    /** What an AIR names: {@code resource("urn:air:sdxl:checkpoint:civitai:101055@128078")}. A malformed AIR is explained, not sent. */
    public static ResourceInfo resource(String air) {
        return DEFAULT.resource(air);
    }

    /** The service catalogue with each service's status, one a line. */
    public static ServicePage services() {
        return DEFAULT.services();
    }

    public static ServicePage services(ServiceQuery query) {
        return DEFAULT.services(query);
    }

    /** One service and its recent metrics, e.g. {@code service("image/flux2/klein/createImage/9b")}. */
    public static Service service(String id) {
        return DEFAULT.service(id);
    }

    /** Uses this API token from now on (it is never printed): answers where requests go now, the token masked. */
    public static synchronized Connection token(String token) {
        ApiToken t = ApiToken.of(token, "token(value)");
        if (t == null) throw new InvalidRequestException("token(value)", "must not be blank: pass your API token from civitai.com/user/account");
        // Quietly: the answer below says where requests go from now on.
        ClientConfig c = session(false).config();
        // A token means the real API: leave the sandbox (stopping it) unless a URL was chosen.
        String base = session.isSandbox() ? ClientConfig.DEFAULT_BASE_URL : c.baseUrl();
        return use(session.with(c.withToken(t).withBaseUrl(base))).connection();
    }

    /** Talks to another orchestrator URL from now on (keeps the token): answers where requests go now. */
    public static synchronized Connection baseUrl(String url) {
        Callbacks.url("baseUrl(url)", url);
        Session s = session(false);
        return use(s.with(s.config().withBaseUrl(url))).connection();
    }

    /** Saves outputs under this folder from now on (default {@code outputs/}). */
    public static synchronized Path outputDir(String dir) {
        Path p = LocalFiles.outputFolder(LocalFiles.path(dir, "outputDir(dir)"), "outputDir(dir)");
        return use(session().withOutputRoot(p)).outputRoot();
    }

    /**
     * Limits what this session may spend, in Buzz: every submission is priced first and refused
     * when it would cross the limit; sweeps check their whole plan before starting.
     */
    public static Budget budget(double buzz) {
        return DEFAULT.budget(buzz);
    }

    /** The session's budget: limit, spent, left. */
    public static Budget budget() {
        return DEFAULT.budget();
    }

    /**
     * Plans a grid of variations of a workflow:
     * {@code sweep(workflow().imageGen(i -> i.engine("flux").size(512, 512))).prompts("a cat", "a dog").seeds(1, 2).plan()}.
     */
    public static Sweep sweep(WorkflowBuilder template) {
        return DEFAULT.sweep(template);
    }

    /** Runs a sweep again from its manifest; cells that already succeeded are answered, not paid again. */
    /**
     * A prompt playground on the workflow's first step: a form read from its builder (prompt, size,
     * steps, cfg scale, sampler, seed…), the price as values change, Generate, and the DSL line that
     * makes the same request. {@code play(workflow().imageGen(i -> i.engine("flux").prompt("a fox")))}
     */
    public static Playground play(WorkflowBuilder workflow) {
        return DEFAULT.play(workflow);
    }

    /** As {@link #play(WorkflowBuilder)}, from a typed step: {@code play(workflow().imageGen().flux2().klein().createImage().prompt("a fox"))}. */
    public static Playground play(TypedStep<?> step) {
        return DEFAULT.play(step);
    }

    public static SweepResult replay(String manifest) {
        return DEFAULT.replay(manifest);
    }

    /** A few results side by side in one picture, captioned with prompt and seed. */
    public static ContactSheet compare(WorkflowHandle... handles) {
        return DEFAULT.compare(handles);
    }

    /**
     * After a JShell or kernel restart: waits for and downloads every journalled workflow of this
     * orchestrator that is unfinished or not yet saved.
     */
    public static Resumed resume() {
        return DEFAULT.resume();
    }

    /** The last 20 workflows in the journal, one line each. */
    public static History history() {
        return DEFAULT.history();
    }

    /** Journals to this file from now on (default $CIVKIT_JOURNAL, else ~/.civkit/journal.jsonl). */
    public static synchronized Path journal(String file) {
        Path p = LocalFiles.path(file, "journal(file)");
        if (Files.isDirectory(p))
            throw new InvalidRequestException("journal(file)", "is a folder; name a file such as \"journal.jsonl\": " + p);
        return use(session().withJournal(Journal.at(p))).journal().path();
    }

    /**
     * A local webhook receiver: {@code callback(webhooks().url(), "workflow:*")} makes await()
     * finish on the event instead of polling. The real orchestrator calls HTTPS URLs only.
     */
    public static WebhookReceiver webhooks() {
        return DEFAULT.webhooks();
    }

    /** Waits for and saves these workflows, then lays their outputs side by side with captions. */
    public static Gallery gallery(WorkflowHandle... handles) {
        return DEFAULT.gallery(handles);
    }

    public static Gallery gallery(List<WorkflowHandle> handles) {
        return DEFAULT.gallery(handles);
    }

    /** Prints one line: which orchestrator this session talks to, where outputs go, and how to start. */
    public static void banner() {
        CURRENT_OUT.println(session(false).banner());
    }

    /**
     * How show(), compare() and contact sheets draw pictures in this terminal: {@code "auto"} (the
     * default: only when the output is a terminal, the best way it announces), {@code "off"},
     * {@code "kitty"}, {@code "iterm"}, {@code "sixel"} or {@code "blocks"} (24-bit colour half blocks).
     */
    public static String terminalImages(String mode) {
        TerminalImages.Mode m;
        try {
            m = TerminalImages.Mode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("terminalImages(mode)", e.getMessage());
        }
        var images = session().terminalImages();
        images.set(m);
        return images.toString();
    }

    /** Prints the main verbs, one example each, and where to read more. */
    public static void help() {
        CURRENT_OUT.println(Help.text(""));
    }

    /** Prints the verbs of one topic, e.g. {@code help("sweep")}; an unknown topic lists the topics. */
    public static void help(String topic) {
        CURRENT_OUT.println(Help.text(topic));
    }
}
