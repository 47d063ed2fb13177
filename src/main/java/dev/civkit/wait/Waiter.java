package dev.civkit.wait;

import dev.civkit.client.ApiException;
import dev.civkit.client.Cadence;
import dev.civkit.client.CivitaiClient;
import dev.civkit.client.Clock;
import dev.civkit.client.Deadline;
import dev.civkit.client.SubmitOptions;
import dev.civkit.client.UnreadableAnswerException;
import dev.civkit.client.Workflow;
import dev.civkit.request.Text;
import dev.civkit.webhook.WebhookReceiver;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Waits for a workflow to end, by its deadline whatever the server does. It long-polls
 * GetWorkflow with {@code wait} so completion is seen the moment it happens, in one request per
 * 100 s. A server that answers a held request at once is polled on the documented cadence
 * instead; a held request cut by a gateway (a 502/503/504, an empty or HTML body, a closed
 * connection) switches to the cadence for a while and long-polls again later. Transient faults
 * never end the wait early; only the deadline, a refusal (401, 404…) or an interrupt do.
 */
public final class Waiter {
    /** Held requests that come back faster than this, unfinished, were not held at all. */
    static final Duration NOT_HELD = Duration.ofMillis(500);
    /** With webhooks, how often to look anyway in case an event was lost. */
    static final Duration SAFETY_POLL = Duration.ofSeconds(30);
    /** After a gateway cut a held request, how long to poll before holding one again. */
    static final Duration HOLD_AGAIN_AFTER = Duration.ofSeconds(60);

    private final WorkflowReader reader;
    private final Clock clock;

    public Waiter(CivitaiClient client) {
        this((id, waitS, d) -> client.getWorkflow(id, waitS, d).workflow(), client.clock());
    }

    /** Waits through {@code reader}, on {@code clock}: unit tests pass a script and a clock that needs no real time. */
    public Waiter(WorkflowReader reader, Clock clock) {
        this.reader = reader;
        this.clock = clock;
    }

    private enum Mode { HOLD, POLL_FOR_GOOD, POLL_FOR_NOW }

    public Workflow await(String id, Workflow current, Duration limit, ProgressListener progress) {
        Deadline deadline = clock.after(limit);
        Workflow w = current;
        Mode mode = Mode.HOLD;
        long holdAgainAt = 0;
        Cadence cadence = new Cadence();
        String trouble = null;
        ReadSchedule schedule = new ReadSchedule(clock);
        AtomicBoolean holding = new AtomicBoolean();
        WebhookReceiver hooks = w == null ? null : WebhookReceiver.serving(w.callbacks());
        ScheduledExecutorService peeker = null;
        try {
            if (hooks != null) return onEvents(id, w, hooks, deadline, limit, progress, schedule);
            if (progress.visible() && (w == null || !w.isTerminal())) peeker = peek(id, progress, schedule, holding);
            while (w == null || !w.isTerminal()) {
                if (deadline.passed()) throw new StillRunningException(id, w == null ? "unknown" : w.status(), limit, trouble);
                if (mode == Mode.POLL_FOR_NOW && clock.nanoTime() - holdAgainAt >= 0) mode = Mode.HOLD;
                Duration pause = Duration.ZERO;
                try {
                    if (mode == Mode.HOLD) {
                        int waitS = (int) Math.max(1, Math.min(SubmitOptions.MAX_WAIT_SECONDS, deadline.remaining().toSeconds() - 1));
                        long t0 = clock.nanoTime();
                        holding.set(true);
                        try {
                            w = read(id, waitS, deadline, schedule);
                        } finally {
                            holding.set(false);
                        }
                        boolean answeredEarly = clock.nanoTime() - t0 < NOT_HELD.toNanos();
                        if (!w.isTerminal() && waitS > 1 && answeredEarly) mode = Mode.POLL_FOR_GOOD;
                    } else {
                        sleep(min(cadence.next(), deadline.remaining()));
                        if (deadline.passed()) continue;
                        w = read(id, 0, deadline, schedule);
                    }
                    trouble = null;
                    progress.update(w);
                } catch (ApiException e) {
                    if (!e.isTransient()) throw e;
                    trouble = "The last read failed: " + Text.firstLine(e);
                    if (e.retryAfter() != null) {
                        // Honoured at any length; one that outlasts the deadline ends the wait now, saying so.
                        if (e.retryAfter().compareTo(deadline.remaining()) > 0)
                            throw new StillRunningException(id, w == null ? "unknown" : w.status(), limit,
                                    "The service asks to wait " + e.retryAfter().toSeconds() + " s before the next read, past this wait's deadline.");
                        pause = e.retryAfter();
                    }
                    if (mode == Mode.HOLD) {
                        mode = Mode.POLL_FOR_NOW;
                        holdAgainAt = clock.nanoTime() + HOLD_AGAIN_AFTER.toNanos();
                        cadence = new Cadence();
                    }
                } catch (UnreadableAnswerException | UncheckedIOException e) {
                    if (e instanceof UncheckedIOException && Thread.currentThread().isInterrupted()) throw e;
                    trouble = "The last read failed: " + Text.firstLine(e);
                    if (mode == Mode.HOLD) {
                        mode = Mode.POLL_FOR_NOW;
                        holdAgainAt = clock.nanoTime() + HOLD_AGAIN_AFTER.toNanos();
                        cadence = new Cadence();
                    }
                }
                if (!pause.isZero()) sleep(min(pause, deadline.remaining()));
            }
            return w;
        } finally {
            if (peeker != null) stop(peeker);
            progress.finish(w);
        }
    }

    /**
     * A held request tells nothing until it returns, so a visible progress display would freeze on
     * the status it started with. While a long-poll is held, unheld reads refresh it: a few in the
     * first seconds (a quick start ends within two, and a display that only ever showed its first
     * answer looked stuck), then the documented cadence (5, 10, 15, then every 30 s), so a long job
     * costs four reads more than polling would. While the waiter polls, its own reads refresh the
     * display and the peeks stand aside, so there is one schedule of reads.
     */
    private ScheduledExecutorService peek(String id, ProgressListener progress, ReadSchedule schedule, AtomicBoolean holding) {
        ScheduledExecutorService s = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "civkit-progress-peek");
            t.setDaemon(true);
            return t;
        });
        PeekCadence cadence = new PeekCadence();
        Runnable[] tick = new Runnable[1];
        tick[0] = () -> {
            try {
                if (holding.get()) {
                    schedule.beforeRead();
                    Workflow now = reader.read(id, 0, clock.after(SAFETY_POLL));
                    if (!now.isTerminal()) progress.update(now);
                }
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                // a failed peek only leaves the display as it was; the long-poll decides
            }
            if (!s.isShutdown()) s.schedule(tick[0], cadence.next().toMillis(), TimeUnit.MILLISECONDS);
        };
        s.schedule(tick[0], cadence.next().toMillis(), TimeUnit.MILLISECONDS);
        return s;
    }

    /** When a watched wait peeks: 0.5, 1, 1, 2 and 2 s apart, then 5, 10, 15 and every 30 s. */
    static final class PeekCadence {
        private static final long[] FIRST_MS = {500, 1000, 1000, 2000, 2000};
        private final Cadence documented = new Cadence();
        private int next;

        Duration next() {
            if (next < FIRST_MS.length) return Duration.ofMillis(FIRST_MS[next++]);
            Duration d = documented.next();
            // The documented rhythm starts at 2 s; the first seconds above already cover that.
            return d.toSeconds() <= 2 ? documented.next() : d;
        }
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
    private Workflow onEvents(String id, Workflow w, WebhookReceiver hooks, Deadline deadline, Duration limit,
                              ProgressListener progress, ReadSchedule schedule) {
        while (!w.isTerminal()) {
            Duration remaining = deadline.remaining();
            if (remaining.isZero()) throw new StillRunningException(id, w.status(), limit);
            try {
                hooks.terminal(id).get(min(remaining, SAFETY_POLL).toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                // no event yet: look for ourselves
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WaitInterruptedException(e);
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
            try {
                w = read(id, 0, deadline, schedule);
                progress.update(w);
            } catch (UnreadableAnswerException | UncheckedIOException e) {
                // the next event or safety poll looks again
            } catch (ApiException e) {
                if (!e.isTransient()) throw e;
            }
        }
        return w;
    }

    private Workflow read(String id, int waitS, Deadline deadline, ReadSchedule schedule) {
        try {
            schedule.beforeRead();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WaitInterruptedException(e);
        }
        return reader.read(id, waitS, deadline);
    }

    private void sleep(Duration d) {
        try {
            clock.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new WaitInterruptedException(e);
        }
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    /** The waiting thread was interrupted; the workflow itself goes on. */
    public static final class WaitInterruptedException extends RuntimeException {
        WaitInterruptedException(InterruptedException cause) {
            super("interrupted while waiting", cause);
        }
    }
}
