package dev.civkit.session;

import dev.civkit.client.Timestamps;
import dev.civkit.client.Workflow;
import dev.civkit.client.WorkflowQuery;
import dev.civkit.display.StatusLine;
import dev.civkit.request.Require;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Your workflows on the server, filtered as you chain: {@code workflows().tagged("cats").since("2025-06-01").take(20)}.
 * Nothing is fetched until it is printed, streamed or listed, and then only the pages needed.
 * Printed, it is one status line per workflow (the first {@value #SHOWN} unless {@code take} says).
 */
public final class WorkflowList {
    static final int SHOWN = 20;
    private final Session session;
    private final WorkflowQuery query;

    WorkflowList(Session session, WorkflowQuery query) {
        this.session = session;
        this.query = query;
    }

    public WorkflowList tagged(String tag) {
        return with(query.tagged(Require.nonBlank(tag, "tagged(tag)", "a tag such as \"cats\"")));
    }

    /** Free text matched against metadata. */
    public WorkflowList matching(String text) { return with(query.matching(text)); }

    /** Created at or after: an ISO instant ({@code 2025-06-01T00:00:00Z}) or a date ({@code 2025-06-01}, UTC). */
    public WorkflowList since(String when) { return since(instant(when)); }

    public WorkflowList since(Instant when) {
        return with(query.from(Require.nonNull(when, "since(when)", "an Instant, a date such as \"2025-06-01\" or a Duration")));
    }

    /** Created in the last {@code d}: {@code since(Duration.ofHours(1))}. */
    public WorkflowList since(Duration d) {
        return since(Instant.now().minus(Require.nonNull(d, "since(d)", "a Duration such as Duration.ofHours(1)")));
    }

    public WorkflowList until(String when) { return until(instant(when)); }

    public WorkflowList until(Instant when) {
        return with(query.to(Require.nonNull(when, "until(when)", "an Instant or a date such as \"2025-06-01\"")));
    }

    public WorkflowList oldestFirst() { return with(query.oldestFirst()); }

    /** Leaves out failed, expired and canceled ones. */
    public WorkflowList succeededOrRunning() { return with(query.withoutFailed()); }

    /** At most this many, fetched in as few pages as possible. */
    public WorkflowList take(int n) { return with(query.limit(n)); }

    public WorkflowQuery query() { return query; }

    /** The matching workflows, pages fetched as the stream is consumed. */
    public Stream<Workflow> stream() { return session.client().queryWorkflows(query); }

    /** Handles on the matching workflows, to await, show, tag or delete. */
    public List<WorkflowHandle> handles() {
        return stream().map(w -> new WorkflowHandle(session, w, null)).toList();
    }

    private WorkflowList with(WorkflowQuery q) { return new WorkflowList(session, q); }

    private static Instant instant(String s) {
        Require.nonNull(s, "since/until(when)", "a date such as \"2025-06-01\" or \"2025-06-01T12:00:00Z\"");
        Instant at = Timestamps.parse(s);
        if (at != null) return at;
        try {
            return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("expected 2025-06-01 or 2025-06-01T12:00:00Z, got \"" + s + "\"");
        }
    }

    /**
     * Fetches the matching workflows and answers one status line each (the first {@value #SHOWN}
     * unless {@code take} says): what {@link #print()} prints.
     */
    public String listing() {
        WorkflowQuery shown = query.limit() == null ? query.limit(SHOWN) : query;
        List<Workflow> ws = session.client().queryWorkflows(shown).toList();
        if (ws.isEmpty()) return "(no workflows match)";
        StringBuilder sb = new StringBuilder();
        for (Workflow w : ws) sb.append(StatusLine.of(w)).append('\n');
        if (query.limit() == null && ws.size() == SHOWN) sb.append("… first ").append(SHOWN).append(" shown; take(n) or stream() for more\n");
        return sb.toString().stripTrailing();
    }

    /** Fetches and prints the matching workflows, one status line each. */
    public void print() {
        session.out().println(listing());
    }

    /** In a notebook the cell's value shows the listing: rendering is the moment to fetch, printing a value is not. */
    public Map<String, Object> toMimeBundle() {
        return Map.of("text/plain", listing());
    }

    /** What is asked for, without asking the server: printing a value never sends a request. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder("workflows");
        query.tags().forEach(t -> b.append(" tagged ").append(t));
        if (query.query() != null) b.append(" matching \"").append(query.query()).append('"');
        if (query.fromDate() != null) b.append(" since ").append(query.fromDate());
        if (query.toDate() != null) b.append(" until ").append(query.toDate());
        if (query.excludeFailed()) b.append(", failed ones left out");
        b.append(query.ascending() ? ", oldest first" : ", newest first");
        b.append(query.limit() == null ? ", first " + SHOWN : ", at most " + query.limit());
        return b.append(" | print() lists them, handles() attaches, stream() reads on").toString();
    }
}
