package dev.civkit.journal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import tools.jackson.databind.JsonNode;

/**
 * One workflow as the journal knows it. {@code id} is null when the submission's answer never
 * arrived; {@code downloadedTo} is null until every output was saved. A submission the server
 * refused has status {@value #REJECTED}, no id, and the refusal in {@code reason}.
 * {@code sandboxState} is where the session's own sandbox that took it remembers its workflows: a
 * folder, {@value #NO_STATE} when it keeps none, null when the journal does not say (any other orchestrator).
 */
public record Entry(String externalId, String id, String baseUrl, JsonNode request, String time, String status,
                    String downloadedTo, String reason, String sandboxState) {
    public static final String REJECTED = "rejected";
    /** The {@code sandboxState} of a sandbox that forgets its workflows when it stops. */
    public static final String NO_STATE = "off";

    public boolean terminal() {
        return status != null && (Journal.isTerminal(status) || REJECTED.equals(status));
    }

    /** Still worth picking up: running, or never answered, or succeeded but not saved. */
    public boolean needsResume() {
        return !terminal() || ("succeeded".equals(status) && downloadedTo == null);
    }

    static final class Builder {
        String externalId, id, baseUrl, time, status, downloadedTo, reason, sandboxState;
        /** The time of the first line naming this workflow: when it was sent, for an entry with no intent. */
        String firstSeen;
        JsonNode request;

        /** When it was sent, as far as the journal tells; null when no line has a readable time. */
        Instant submittedAt() {
            for (String t : new String[] {time, firstSeen}) {
                if (t == null) continue;
                try {
                    return Instant.parse(t);
                } catch (DateTimeParseException e) {
                    // a hand-edited line: try the next
                }
            }
            return null;
        }

        /** A terminal status is final: a line that says otherwise was written earlier, or raced it. */
        void status(String s) {
            if (s == null || (status != null && Journal.isTerminal(status) && !Journal.isTerminal(s))) return;
            status = s;
            reason = null;
        }

        Entry build() {
            return new Entry(externalId, id, baseUrl, request, time, status, downloadedTo, reason, sandboxState);
        }
    }
}
