package dev.civkit.session;

/**
 * How a message names what to do next: in JShell or a notebook with civkit's verbs, on the command
 * line with its commands and options. A hint in the other front end's words cannot be typed where
 * the person is (a CLI user told to call {@code baseUrl("…")} has no prompt to call it at).
 */
public enum Hints {
    /** JShell and notebooks: {@code workflow("wf_…").await()}, {@code baseUrl("…")}. */
    PROMPT("workflow(\"%1$s\").await()",
            "workflow(\"%1$s\").download()",
            "baseUrl(\"%2$s\"), then workflow(\"%1$s\")",
            "this session's %2$s"),
    /** {@code java -jar target/civkit.jar …}: {@code get wf_… --wait 300}, {@code CIVITAI_BASE_URL=…}. */
    COMMAND_LINE("java -jar target/civkit.jar get %1$s --wait 300",
            "java -jar target/civkit.jar get %1$s --download DIR",
            "CIVITAI_BASE_URL=%2$s java -jar target/civkit.jar get %1$s",
            "%2$s (where this command sent it)");

    // Each a format of the workflow id (%1$s) and the orchestrator's base URL (%2$s).
    private final String awaitMore;
    private final String downloadLater;
    private final String reach;
    private final String thisOrchestrator;

    Hints(String awaitMore, String downloadLater, String reach, String thisOrchestrator) {
        this.awaitMore = awaitMore;
        this.downloadLater = downloadLater;
        this.reach = reach;
        this.thisOrchestrator = thisOrchestrator;
    }

    /** How to go on waiting for a workflow that is still running. */
    public String awaitMore(String id) {
        return awaitMore.formatted(id, null);
    }

    /** How to fetch outputs the service has not released yet. */
    public String downloadLater(String id) {
        return downloadLater.formatted(id, null);
    }

    /** How to look at a workflow on another orchestrator. */
    public String reach(String id, String baseUrl) {
        return reach.formatted(id, baseUrl);
    }

    /** The orchestrator this front end is talking to, named as its user set it. */
    String thisOrchestrator(String baseUrl) {
        return thisOrchestrator.formatted(null, baseUrl);
    }
}
