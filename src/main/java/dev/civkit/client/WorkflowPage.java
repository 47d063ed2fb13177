package dev.civkit.client;

import java.util.List;

/** One QueryWorkflows answer: the workflows and the cursor for the next page (blank at the end). */
record WorkflowPage(String next, List<Workflow> items) {
    public WorkflowPage {
        items = items == null ? List.of() : List.copyOf(items);
    }

    public boolean hasNext() {
        return next != null && !next.isBlank() && !items.isEmpty();
    }
}
