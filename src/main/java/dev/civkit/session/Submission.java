package dev.civkit.session;

import dev.civkit.client.Answer;
import dev.civkit.client.ApiException;
import dev.civkit.client.ClientConfig;
import dev.civkit.client.SubmitOptions;
import dev.civkit.client.Workflow;
import dev.civkit.journal.Entry;
import dev.civkit.journal.Journal;
import dev.civkit.request.Templates;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Sending a workflow: the idempotency key, the budget's hold while it is priced and sent, and the
 * journal entries written around the request; also the journal notes a handle adds later.
 */
final class Submission {
    /** Server ids become folder names: only these characters may. */
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private Submission() {}

    static Quote whatif(Session s, JsonNode template) {
        Templates.check(template);
        return new Quote(s.client().submitWorkflow(template, SubmitOptions.whatIf()).workflow());
    }

    static WorkflowHandle submit(Session s, JsonNode template, int waitSeconds, Double knownPrice) {
        Templates.check(template);
        ObjectNode body = (ObjectNode) template.deepCopy();
        if (!body.path("externalId").isString()) body.put("externalId", newExternalId());
        String key = body.get("externalId").asString();
        Budget budget = s.budget();
        Journal journal = s.journal();
        String baseUrl = s.config().baseUrl();
        Budget.Reservation hold = null;
        if (budget.isSet()) {
            double price = knownPrice != null ? knownPrice : whatif(s, body).total();
            hold = budget.reserve("This workflow", price);
        }
        try {
            warnIfCallbacksWillNotBeCalled(s, body);
            journal.intent(key, baseUrl, body, sandboxState(s));
            Answer a;
            try {
                a = s.client().submitWorkflow(body, SubmitOptions.waiting(waitSeconds));
            } catch (ApiException refused) {
                // A transient fault may have created it after all: the open intent lets resume() ask again.
                if (!refused.isTransient()) journal.rejected(key, baseUrl, refused.status(), refused.title());
                throw refused;
            }
            Workflow w = checked(a.workflow());
            journal.submitted(w.id(), key, baseUrl, w.status());
            budget.settle(hold, w.id(), w.totalCost());
            return new WorkflowHandle(s, w, body);
        } finally {
            budget.release(hold); // no-op once settled
        }
    }

    /** {@code civkit-} and 22 URL-safe random characters: within [A-Za-z0-9_-]{1,128}. */
    static String newExternalId() {
        byte[] b = new byte[16];
        Random.INSTANCE.nextBytes(b);
        return "civkit-" + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }

    /** Whether a server's id may become a folder name. */
    /** Where this session's own sandbox remembers what it is sent (Entry.NO_STATE: nowhere); null when requests go elsewhere. */
    static String sandboxState(Session s) {
        if (s.sandbox() == null || !s.sandbox().baseUrl().equals(s.config().baseUrl())) return null;
        return s.sandbox().stateDir() == null ? Entry.NO_STATE : s.sandbox().stateDir().toString();
    }

    static boolean safeId(String id) {
        return SAFE_ID.matcher(id).matches();
    }

    static Workflow checked(Workflow w) {
        if (w.id() != null && !safeId(w.id()))
            throw new IllegalStateException("the server answered a workflow id that is not safe to use as a folder name ("
                    + w.id().length() + " characters); refusing it");
        return w;
    }

    /**
     * Journals what a handle learned: the session, not the HTTP client, keeps the journal, so a
     * journal that cannot be written is said out loud instead of lost inside a transport callback.
     */
    static void journalTerminal(Session s, Workflow w) {
        if (!w.isTerminal()) return;
        try {
            s.journal().terminal(w.id(), s.config().baseUrl(), w.status());
        } catch (RuntimeException e) {
            s.out().println("warning: could not journal " + w.id() + " as " + w.status() + ": " + e.getMessage()
                    + " (resume() may look at it again; nothing else is affected)");
        }
    }

    static void journalDownloaded(Session s, String workflowId, Path dir, List<Path> files, boolean complete) {
        try {
            s.journal().downloaded(workflowId, s.config().baseUrl(), dir, files, complete);
        } catch (RuntimeException e) {
            s.out().println("warning: could not journal the download of " + workflowId + ": " + e.getMessage()
                    + " (resume() may download it again; the files are saved)");
        }
    }

    /** The real orchestrator calls HTTPS URLs only; a sandbox on this machine calls anything. */
    private static void warnIfCallbacksWillNotBeCalled(Session s, JsonNode body) {
        if (ClientConfig.isLoopback(s.config().baseUrl())) return;
        for (JsonNode cb : body.path("callbacks")) {
            if (cb.path("url").asString("").startsWith("http://")) {
                s.out().println("warning: the Civitai orchestrator only calls https:// callback URLs; an http:// callback will never be called");
                return;
            }
        }
    }

    /** Seeded on the first submission, not when the session starts: SecureRandom's set-up is not free. */
    private static final class Random {
        static final SecureRandom INSTANCE = new SecureRandom();
    }
}
