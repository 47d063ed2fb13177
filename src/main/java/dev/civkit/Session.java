package dev.civkit;

import dev.civkit.client.Answer;
import dev.civkit.client.CivitaiClient;
import dev.civkit.client.ClientConfig;
import dev.civkit.client.SubmitOptions;
import dev.civkit.client.Workflow;
import dev.civkit.sandbox.Sandbox;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Where requests go and where results land: one client, the sandbox it may have started, the
 * output folder. {@link Civkit} keeps one for the JShell or notebook session.
 */
public final class Session implements AutoCloseable {
    public static final String VERSION = "0.1.0";

    private final CivitaiClient client;
    private final Sandbox sandbox;
    private final Path outputRoot;
    private final PrintStream out;
    private final boolean progressInPlace;

    public Session(ClientConfig config, Sandbox sandbox, Path outputRoot, PrintStream out, boolean progressInPlace) {
        this.client = new CivitaiClient(config);
        this.sandbox = sandbox;
        this.outputRoot = outputRoot;
        this.out = out;
        this.progressInPlace = progressInPlace;
    }

    /**
     * The real API when CIVITAI_API_TOKEN is set; otherwise CIVITAI_BASE_URL if set (your own
     * sandbox), else a sandbox started here on a free loopback port.
     */
    public static Session fromEnvironment(Map<String, String> env, PrintStream out, boolean progressInPlace) {
        ClientConfig config = ClientConfig.fromEnvironment(env);
        Path outputs = Path.of(env.getOrDefault("CIVKIT_OUTPUT_DIR", "outputs"));
        if (config.token() != null || env.get(ClientConfig.BASE_URL_ENV) != null)
            return new Session(config, null, outputs, out, progressInPlace);
        Sandbox sandbox = Sandbox.start();
        return new Session(config.withBaseUrl(sandbox.baseUrl()), sandbox, outputs, out, progressInPlace);
    }

    /** A session on a sandbox the caller started (tests, demos, the CLI). */
    public static Session onSandbox(Sandbox sandbox, Path outputRoot, PrintStream out) {
        return new Session(ClientConfig.of(sandbox.baseUrl(), null), null, outputRoot, out, false);
    }

    public CivitaiClient client() {
        return client;
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
        return new Session(config, sandbox, outputRoot, out, progressInPlace);
    }

    public Session withOutputRoot(Path root) {
        return new Session(client.config(), sandbox, root, out, progressInPlace);
    }

    public Quote whatif(JsonNode template) {
        return new Quote(client.submitWorkflow(template, SubmitOptions.whatIf()).workflow());
    }

    public WorkflowHandle submit(JsonNode template, int waitSeconds) {
        Answer a = client.submitWorkflow(template, SubmitOptions.waiting(waitSeconds));
        return new WorkflowHandle(this, a.workflow(), template.deepCopy());
    }

    /** A handle on a workflow submitted earlier, from here or elsewhere. */
    public WorkflowHandle attach(String workflowId) {
        Workflow w = client.getWorkflow(workflowId, 0).workflow();
        return new WorkflowHandle(this, w, null);
    }

    public String banner() {
        ClientConfig c = client.config();
        String where = sandbox != null
                ? "sandbox orchestrator at " + c.baseUrl() + " (no CIVITAI_API_TOKEN set; media is synthetic, Buzz is pretend)"
                : c.token() == null ? "orchestrator at " + c.baseUrl() + " without a token"
                : "Civitai API at " + c.baseUrl() + " with token " + c.token().masked();
        return "civkit " + VERSION + " | " + where + " | outputs in " + outputRoot + "/ | try: "
                + "workflow().imageGen(i -> i.engine(\"flux\").prompt(\"A cat astronaut\").size(1024, 1024)).submit().await().show()";
    }

    @Override
    public void close() {
        client.close();
        if (sandbox != null) sandbox.close();
    }

    @Override
    public String toString() {
        return "Session[" + client.config() + (sandbox != null ? ", sandbox" : "") + ", outputs " + outputRoot + "]";
    }

}
