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
                + ", not to " + hints.thisOrchestrator(baseUrl) + ": reach it with " + hints.reach(workflowId, where.baseUrl())
                + (ClientConfig.isLoopback(where.baseUrl())
                        // Which folder that sandbox remembered in (if any) is not journalled: say what holds either way.
                        ? " once that sandbox runs there again (java -jar target/civkit.jar sandbox --port " + URI.create(where.baseUrl()).getPort()
                        + " --state DIR, with the folder it remembered its workflows in; one that kept none forgot them when it stopped)"
                        : " (and the token that server takes)");
        return new ApiException(e.operation(), e.status(), e.problem(), e.retryAfter(), e.rawBody(), advice);
    }
}
