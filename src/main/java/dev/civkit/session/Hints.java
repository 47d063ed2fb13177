package dev.civkit.session;

/**
 * How a message names what to do next: in JShell or a notebook with civkit's verbs, on the command
 * line with its commands and options. A hint in the other front end's words cannot be typed where
 * the person is (a CLI user told to call {@code baseUrl("…")} has no prompt to call it at).
 */
public enum Hints {
    /** JShell and notebooks: {@code workflow("wf_…").await()}, {@code baseUrl("…")}. */
    PROMPT {
        @Override
        public String awaitMore(String id) {
            return "workflow(\"" + id + "\").await()";
        }

        @Override
        public String downloadLater(String id) {
            return "workflow(\"" + id + "\").download()";
        }

        @Override
        public String reach(String id, String baseUrl) {
            return "baseUrl(\"" + baseUrl + "\"), then workflow(\"" + id + "\")";
        }

        @Override
        String thisOrchestrator(String baseUrl) {
            return "this session's " + baseUrl;
        }
    },
    /** {@code java -jar target/civkit.jar …}: {@code get wf_… --wait 300}, {@code CIVITAI_BASE_URL=…}. */
    COMMAND_LINE {
        @Override
        public String awaitMore(String id) {
            return "java -jar target/civkit.jar get " + id + " --wait 300";
        }

        @Override
        public String downloadLater(String id) {
            return "java -jar target/civkit.jar get " + id + " --download DIR";
        }

        @Override
        public String reach(String id, String baseUrl) {
            return "CIVITAI_BASE_URL=" + baseUrl + " java -jar target/civkit.jar get " + id;
        }

        @Override
        String thisOrchestrator(String baseUrl) {
            return baseUrl + " (where this command sent it)";
        }
    };

    /** How to go on waiting for a workflow that is still running. */
    public abstract String awaitMore(String id);

    /** How to fetch outputs the service has not released yet. */
    public abstract String downloadLater(String id);

    /** How to look at a workflow on another orchestrator. */
    public abstract String reach(String id, String baseUrl);

    /** The orchestrator this front end is talking to, named as its user set it. */
    abstract String thisOrchestrator(String baseUrl);
}
