package dev.civkit;

import dev.civkit.client.ApiToken;
import dev.civkit.client.ClientConfig;
import dev.civkit.dsl.WorkflowBuilder;
import java.nio.file.Path;

/**
 * The entry point for JShell and notebooks: {@code import static dev.civkit.Civkit.*;} then
 * {@code workflow()…}. Holds the session: the real API when CIVITAI_API_TOKEN is set, a local
 * sandbox orchestrator otherwise.
 */
public final class Civkit {
    private static Session session;

    private Civkit() {}

    /** The session, created on first use from the environment. */
    public static synchronized Session session() {
        if (session == null) session = Session.fromEnvironment(System.getenv(), System.out, true);
        return session;
    }

    /** Replaces the session (tests, or a notebook that wants another sandbox). */
    public static synchronized Session use(Session s) {
        Session old = session;
        session = s;
        if (old != null && old != s && old.sandbox() != s.sandbox()) old.close();
        return s;
    }

    /** Starts writing a new workflow. */
    public static WorkflowBuilder workflow() {
        return new WorkflowBuilder(session());
    }

    /** Reattaches to a workflow by id, e.g. after a restart: {@code workflow("wf_…").await()}. */
    public static WorkflowHandle workflow(String workflowId) {
        return session().attach(workflowId);
    }

    /** Uses this API token from now on (it is never printed). */
    public static synchronized String token(String token) {
        ApiToken t = ApiToken.of(token);
        if (t == null) throw new IllegalArgumentException("token must not be blank");
        ClientConfig c = session().client().config();
        String base = session().isSandbox() ? ClientConfig.DEFAULT_BASE_URL : c.baseUrl();
        session = session.with(c.withToken(t).withBaseUrl(base));
        return session.banner();
    }

    /** Talks to another orchestrator URL from now on (keeps the token). */
    public static synchronized String baseUrl(String url) {
        session = session().with(session().client().config().withBaseUrl(url));
        return session.banner();
    }

    /** Saves outputs under this folder from now on (default {@code outputs/}). */
    public static synchronized Path outputDir(String dir) {
        session = session().withOutputRoot(Path.of(dir));
        return session.outputRoot();
    }

    /** Waits for and saves these workflows, then lays their outputs side by side with captions. */
    public static Gallery gallery(WorkflowHandle... handles) {
        return new Gallery(java.util.List.of(handles));
    }

    public static Gallery gallery(java.util.List<WorkflowHandle> handles) {
        return new Gallery(handles);
    }

    /** One line: which orchestrator this session talks to, and how to start. */
    public static String banner() {
        return session().banner();
    }
}
