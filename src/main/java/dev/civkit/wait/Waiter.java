package dev.civkit.wait;

import dev.civkit.client.Answer;
import dev.civkit.client.ApiException;
import dev.civkit.client.CivitaiClient;
import dev.civkit.client.SubmitOptions;
import dev.civkit.client.Workflow;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * Waits for a workflow to end. It long-polls GetWorkflow with {@code wait} so completion is seen
 * the moment it happens, in one request per 100 s; a server that answers a held request at once
 * is polled on the documented cadence instead. Transient faults while reading are retried: a
 * read is always safe to repeat.
 */
public final class Waiter {
    /** Held requests that come back faster than this, unfinished, were not held at all. */
    static final Duration NOT_HELD = Duration.ofMillis(500);
    private static final int READ_TRIES = 5;

    private final CivitaiClient client;

    public Waiter(CivitaiClient client) {
        this.client = client;
    }

    public Workflow await(String id, Workflow current, Duration limit, ProgressListener progress) {
        long deadline = System.nanoTime() + limit.toNanos();
        Workflow w = current;
        boolean holding = true;
        Cadence cadence = new Cadence();
        try {
            while (w == null || !w.isTerminal()) {
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) throw new StillRunningException(id, w == null ? "unknown" : w.status(), limit);
                if (holding) {
                    int waitS = (int) Math.max(1, Math.min(SubmitOptions.MAX_WAIT_SECONDS, Duration.ofNanos(remaining).toSeconds()));
                    long t0 = System.nanoTime();
                    w = read(id, waitS);
                    boolean answeredEarly = System.nanoTime() - t0 < NOT_HELD.toNanos();
                    if (!w.isTerminal() && waitS > 1 && answeredEarly) holding = false;
                } else {
                    sleep(Math.min(cadence.next().toNanos(), remaining));
                    w = read(id, 0);
                }
                progress.update(w);
            }
            return w;
        } finally {
            progress.finish(w);
        }
    }

    private Workflow read(String id, int waitS) {
        RuntimeException last = null;
        for (int attempt = 0; attempt < READ_TRIES; attempt++) {
            try {
                Answer a = client.getWorkflow(id, waitS);
                return a.workflow();
            } catch (ApiException e) {
                if (!e.isTransient()) throw e;
                last = e;
            } catch (UncheckedIOException e) {
                last = e;
            }
            sleep(Duration.ofMillis(Math.min(30_000, 500L << attempt)).toNanos());
        }
        throw last;
    }

    private static void sleep(long nanos) {
        try {
            Thread.sleep(Math.max(0, nanos / 1_000_000), (int) Math.max(0, nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WaitInterruptedException(e);
        }
    }

    /** The waiting thread was interrupted; the workflow itself goes on. */
    public static final class WaitInterruptedException extends RuntimeException {
        WaitInterruptedException(InterruptedException cause) {
            super("interrupted while waiting", cause);
        }
    }
}
