package dev.civkit.client;

import dev.civkit.request.InvalidRequestException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What QueryWorkflows filters on. Immutable; {@code take} is the page size the server is asked
 * for, {@code limit} how many workflows the stream yields at most (null = all that match).
 *
 * <pre>{@code
 * WorkflowQuery.all().tagged("portraits").from(Instant.parse("2025-01-01T00:00:00Z")).withoutFailed().limit(50)
 * }</pre>
 */
public record WorkflowQuery(List<String> tags, String query, Instant fromDate, Instant toDate, boolean ascending,
                            boolean excludeFailed, Boolean hideMatureContent, int take, Integer limit) {
    public static final int DEFAULT_TAKE = 20;

    public WorkflowQuery {
        tags = tags == null ? List.of() : List.copyOf(tags);
        if (take < 1) throw new IllegalArgumentException("take (the page size) must be at least 1, got " + take);
        if (limit != null && limit < 0) throw new InvalidRequestException("take(n)", "how many workflows to list: 0 or more, got " + limit);
        if (fromDate != null && toDate != null && fromDate.isAfter(toDate))
            throw new IllegalArgumentException("fromDate " + fromDate + " is after toDate " + toDate);
        for (String t : tags) if (t == null || t.isBlank()) throw new IllegalArgumentException("a tag must not be blank");
    }

    /** Every workflow of the account, newest first, 20 a page. */
    public static WorkflowQuery all() {
        return new WorkflowQuery(List.of(), null, null, null, false, false, null, DEFAULT_TAKE, null);
    }

    /** Only workflows carrying this tag too (tags add up: all must be present). */
    public WorkflowQuery tagged(String tag) {
        List<String> t = new ArrayList<>(tags);
        t.add(tag);
        return new WorkflowQuery(t, query, fromDate, toDate, ascending, excludeFailed, hideMatureContent, take, limit);
    }

    /** Free text the server matches against workflow metadata. */
    public WorkflowQuery matching(String text) {
        return new WorkflowQuery(tags, text, fromDate, toDate, ascending, excludeFailed, hideMatureContent, take, limit);
    }

    public WorkflowQuery from(Instant from) {
        return new WorkflowQuery(tags, query, from, toDate, ascending, excludeFailed, hideMatureContent, take, limit);
    }

    public WorkflowQuery to(Instant to) {
        return new WorkflowQuery(tags, query, fromDate, to, ascending, excludeFailed, hideMatureContent, take, limit);
    }

    /** Oldest first. */
    public WorkflowQuery oldestFirst() {
        return new WorkflowQuery(tags, query, fromDate, toDate, true, excludeFailed, hideMatureContent, take, limit);
    }

    /** Leaves out failed, expired and canceled workflows. */
    public WorkflowQuery withoutFailed() {
        return new WorkflowQuery(tags, query, fromDate, toDate, ascending, true, hideMatureContent, take, limit);
    }

    public WorkflowQuery hideMatureContent(boolean hide) {
        return new WorkflowQuery(tags, query, fromDate, toDate, ascending, excludeFailed, hide, take, limit);
    }

    /** How many workflows each request asks for. */
    public WorkflowQuery pageSize(int take) {
        return new WorkflowQuery(tags, query, fromDate, toDate, ascending, excludeFailed, hideMatureContent, take, limit);
    }

    /** Stops after this many workflows; a smaller page size is asked for when that saves a request. */
    public WorkflowQuery limit(int n) {
        return new WorkflowQuery(tags, query, fromDate, toDate, ascending, excludeFailed, hideMatureContent,
                n > 0 ? Math.min(take, n) : take, n);
    }
}
