package dev.civkit.client;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * The workflows a query matches, fetched a page at a time and only when iteration reaches the
 * end of the page in hand: {@code stream().limit(5)} costs one request, never a scan of the
 * whole history. Each iteration starts again from the first page.
 */
final class WorkflowStream implements Iterable<Workflow> {
    private final WorkflowQuery query;
    private final BiFunction<WorkflowQuery, String, WorkflowPage> fetch;

    WorkflowStream(WorkflowQuery query, BiFunction<WorkflowQuery, String, WorkflowPage> fetch) {
        this.query = query;
        this.fetch = fetch;
    }

    public WorkflowQuery query() {
        return query;
    }

    public Stream<Workflow> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL), false);
    }

    @Override
    public Iterator<Workflow> iterator() {
        return new Iterator<>() {
            private Iterator<Workflow> page = Collections.emptyIterator();
            private String cursor;
            private boolean started, exhausted;
            private int yielded;

            @Override
            public boolean hasNext() {
                if (query.limit() != null && yielded >= query.limit()) return false;
                while (!page.hasNext()) {
                    if (exhausted) return false;
                    WorkflowPage p = fetch.apply(query, started ? cursor : null);
                    started = true;
                    page = p.items().iterator();
                    cursor = p.next();
                    exhausted = !p.hasNext();
                }
                return true;
            }

            @Override
            public Workflow next() {
                if (!hasNext()) throw new NoSuchElementException();
                yielded++;
                return page.next();
            }
        };
    }

    @Override
    public String toString() {
        return "WorkflowStream[" + query + "]";
    }
}
