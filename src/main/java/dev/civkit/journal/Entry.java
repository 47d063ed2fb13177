package dev.civkit.journal;

import tools.jackson.databind.JsonNode;

/**
 * One workflow as the journal knows it. {@code id} is null when the submission's answer never
 * arrived; {@code downloadedTo} is null until every output was saved.
 */
public record Entry(String externalId, String id, String baseUrl, JsonNode request, String time, String status,
                    String downloadedTo) {
    public boolean terminal() {
        return status != null && Journal.isTerminal(status);
    }

    /** Still worth picking up: running, or never answered, or succeeded but not saved. */
    public boolean needsResume() {
        return !terminal() || ("succeeded".equals(status) && downloadedTo == null);
    }

    public String describe() {
        return (id == null ? "(no answer; key " + externalId + ")" : id) + " " + (status == null ? "unknown" : status)
                + (time == null ? "" : " | submitted " + time) + (downloadedTo == null ? "" : " | saved in " + downloadedTo);
    }

    static final class Builder {
        String externalId, id, baseUrl, time, status, downloadedTo;
        JsonNode request;

        /** A terminal status is final: a line that says otherwise was written earlier, or raced it. */
        void status(String s) {
            if (s == null || (status != null && Journal.isTerminal(status) && !Journal.isTerminal(s))) return;
            status = s;
        }

        Entry build() {
            return new Entry(externalId, id, baseUrl, request, time, status, downloadedTo);
        }
    }
}
