package dev.civkit.wait;

import dev.civkit.client.CivitaiClient;
import dev.civkit.client.SubmitOptions;
import dev.civkit.client.Workflow;
import dev.civkit.webhook.WebhookReceiver;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Waits for a workflow to end. It long-polls GetWorkflow with {@code wait} so completion is seen
 * the moment it happens, in one request per 100 s; a server that answers a held request at once
 * is polled on the documented cadence instead.
 */
public final class Waiter {
    /** Held requests that come back faster than this, unfinished, were not held at all. */
    static final Duration NOT_HELD = Duration.ofMillis(500);
    /** With webhooks, how often to look anyway in case an event was lost. */
    static final Duration SAFETY_POLL = Duration.ofSeconds(30);

    private final CivitaiClient client;

    public Waiter(CivitaiClient client) {
        this.client = client;
    }

    public Workflow await(String id, Workflow current, Duration limit, ProgressListener progress) {
        long deadline = System.nanoTime() + limit.toNanos();
        Workflow w = current;
        boolean holding = true;
        Cadence cadence = new Cadence();
        WebhookReceiver hooks = w == null ? null : WebhookReceiver.serving(w.callbacks());
        ScheduledExecutorService peeker = null;
        try {
            if (hooks != null) return onEvents(id, w, hooks, deadline, limit, progress);
            if (progress.visible() && (w == null || !w.isTerminal())) peeker = peek(id, progress);
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
            if (peeker != null) stop(peeker);
            progress.finish(w);
        }
    }

    /**
     * A held request tells nothing until it returns, so a visible progress display would freeze on
     * the status it started with. While one is shown, unheld reads on the documented cadence
     * (2, 5, 10, 15, then every 30 s) refresh it; the long-poll still sees completion at once.
     */
    private ScheduledExecutorService peek(String id, ProgressListener progress) {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "civkit-progress-peek");
            t.setDaemon(true);
            return t;
        });
        Cadence cadence = new Cadence();
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            try {
                Workflow now = client.getWorkflow(id, 0).workflow();
                if (!now.isTerminal()) progress.update(now);
            } catch (RuntimeException e) {
                // a failed peek only leaves the display as it was; the long-poll decides
            }
            if (!s.isShutdown()) s.schedule(tick[0], cadence.next().toMillis(), TimeUnit.MILLISECONDS);
        };
        s.schedule(tick[0], cadence.next().toMillis(), TimeUnit.MILLISECONDS);
        return s;
    }

    private static void stop(ScheduledExecutorService s) {
        s.shutdownNow();
        try {
            s.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits for the workflow's terminal webhook, then reads it once. A slow safety poll covers a
     * lost event; no long-poll is held meanwhile.
     */
    private Workflow onEvents(String id, Workflow w, WebhookReceiver hooks, long deadline, Duration limit, ProgressListener progress) {
        while (!w.isTerminal()) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) throw new StillRunningException(id, w.status(), limit);
            try {
                hooks.terminal(id).get(Math.min(remaining, SAFETY_POLL.toNanos()), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // no event yet: look for ourselves
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WaitInterruptedException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            w = read(id, 0);
            progress.update(w);
        }
        return w;
    }

    /** Transient faults are retried inside the client, under its {@code RetryPolicy}. */
    private Workflow read(String id, int waitS) {
        return client.getWorkflow(id, waitS).workflow();
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
