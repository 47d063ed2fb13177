package dev.civkit.session;

import dev.civkit.client.ApiException;
import dev.civkit.client.CallInterruptedException;
import dev.civkit.journal.Entry;
import dev.civkit.request.InvalidRequestException;
import dev.civkit.request.Text;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/** Picking up after a restart from the journal ({@code resume()}), and the journal's recent lines ({@code history()}). */
final class Resumption {
    private Resumption() {}

    static Resumed resume(Session s) {
        List<WorkflowHandle> done = new ArrayList<>();
        List<String> unreachable = new ArrayList<>();
        String here = s.config().baseUrl();
        for (Entry e : s.journal().entries()) {
            if (!e.needsResume()) continue;
            String who = History.who(e);
            String cannot = cannot(s, e);
            if (cannot != null) {
                unreachable.add(who + ": " + cannot);
                continue;
            }
            try {
                WorkflowHandle h;
                if (e.id() != null) {
                    h = s.attach(e.id());
                } else if (e.request() != null && e.request().isObject()) {
                    h = s.submit(e.request(), 0); // same externalId: answers the workflow if it was created
                } else {
                    throw new IllegalStateException("cannot() lets through only entries with an id or a request");
                }
                h.download();
                done.add(h);
            } catch (ApiException ex) {
                // One workflow's refusal must not keep the others from being picked up.
                if (ex.status() == 404) unreachable.add(who + ": " + here + " no longer knows it (a sandbox from an earlier run?)");
                else if (ex.isTransient()) unreachable.add(who + ": HTTP " + ex.status() + ", try again later");
                else unreachable.add(who + ": refused, HTTP " + ex.status() + (ex.title() == null ? "" : " " + ex.title()));
            } catch (UncheckedIOException ex) {
                unreachable.add(who + ": " + Text.firstLine(ex) + "; try again later");
            } catch (InvalidRequestException ex) {
                unreachable.add(who + ": the journalled request is not valid: " + Text.firstLine(ex));
            } catch (RuntimeException ex) {
                // Whatever went wrong with this one (an odd answer, a wait that ran out), the rest still get their turn.
                if (ex instanceof CallInterruptedException || Thread.currentThread().isInterrupted()) throw ex;
                unreachable.add(who + ": " + Text.firstLine(ex));
            }
        }
        return new Resumed(done, unreachable);
    }

    /**
     * Why resume() cannot pick up {@code e} from this session without sending anything, or null
     * when it will try: history() says the same before resume() does it.
     */
    static String cannot(Session s, Entry e) {
        String here = s.config().baseUrl();
        // An entry from before status lines named their orchestrator: this session's is the one to ask.
        if (e.baseUrl() != null && !here.equals(e.baseUrl()))
            return "sent to " + e.baseUrl() + (Entry.NO_STATE.equals(e.sandboxState()) ? ", a sandbox that kept no state: it ended with it"
                    : ", this session talks to " + here);
        if (e.id() != null && !Submission.safeId(e.id()))
            return "an unsafe id (" + e.id().length() + " characters, not [A-Za-z0-9_-]): skipped";
        if (e.id() == null && (e.request() == null || !e.request().isObject())) return "the journal has no request to resend";
        return null;
    }

    /** The last {@code limit} workflows, and what resume() will do with every entry of the journal, shown or not. */
    static History history(Session s, int limit) {
        List<Entry> all = s.journal().entries();
        List<String> picksUp = new ArrayList<>();
        List<String> cannotReach = new ArrayList<>();
        for (Entry e : all) {
            if (!e.needsResume()) continue;
            String cannot = cannot(s, e);
            if (cannot == null) picksUp.add(History.who(e));
            else cannotReach.add(History.who(e) + ": " + cannot);
        }
        return new History(all.subList(Math.max(0, all.size() - limit), all.size()), s.journal().path(), s.outputRoot(),
                picksUp, cannotReach);
    }
}
