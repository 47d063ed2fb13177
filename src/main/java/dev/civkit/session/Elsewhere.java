package dev.civkit.session;

import dev.civkit.client.ApiException;
import dev.civkit.client.ClientConfig;
import dev.civkit.journal.Entry;
import dev.civkit.journal.Journal;
import java.net.URI;

/**
 * A workflow id this orchestrator does not know, but the journal does: it was sent to another
 * server. The 404 then says which one and how to reach it, instead of only "not found".
 */
final class Elsewhere {
    private Elsewhere() {}

    /**
     * {@code e} with the way to the workflow's own server, in {@code hints}' words, or {@code e} itself
     * when the journal knows nothing better.
     */
    static ApiException explain(ApiException e, String workflowId, String baseUrl, Journal journal, Hints hints) {
        if (e.status() != 404 || journal == null) return e;
        Entry where;
        try {
            where = journal.entries().stream()
                    .filter(x -> workflowId.equals(x.id()) && x.baseUrl() != null && !x.baseUrl().equals(baseUrl))
                    .reduce((a, b) -> b).orElse(null);
        } catch (RuntimeException unreadable) {
            return e;
        }
        if (where == null) return e;
        String advice = workflowId + " was submitted to " + where.baseUrl() + (where.time() == null ? "" : " on " + History.local(where.time()))
                + ", not to " + hints.thisOrchestrator(baseUrl) + ": " + way(workflowId, where, hints);
        return new ApiException(e.operation(), e.status(), e.problem(), e.retryAfter(), e.rawBody(), advice);
    }

    /** How to reach it, as far as the journal tells what kind of orchestrator took it. */
    private static String way(String workflowId, Entry where, Hints hints) {
        String reach = "reach it with " + hints.reach(workflowId, where.baseUrl());
        if (!ClientConfig.isLoopback(where.baseUrl())) return reach + " (and the token that server takes)";
        String state = where.sandboxState();
        String port = String.valueOf(URI.create(where.baseUrl()).getPort());
        if (Entry.NO_STATE.equals(state))
            return "that was a session's own sandbox that kept no state (CIVKIT_SANDBOX_STATE=off), so the workflow ended with it";
        if (state != null)
            return reach + " once that sandbox runs there again (java -jar target/civkit.jar sandbox --port " + port + " --state " + state
                    + ", the folder it remembered its workflows in)";
        // A sandbox this journal did not start: whether it remembered, and where, is not known here.
        return reach + " once that sandbox runs there again (java -jar target/civkit.jar sandbox --port " + port
                + " --state DIR, with the folder it remembered its workflows in; one that kept none forgot them when it stopped)";
    }
}
