package dev.civkit.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Runs snippets inside the kernel JVM so that notebook calls such as {@code display(...)} reach the
 * running kernel. Unlike JShell's stock local engine it keeps the raw value of the last invocation
 * (the kernel renders objects, not their {@code toString}) and the raw user exception (so errors
 * can be reported with their real type and a trimmed stack).
 */
final class CellExecutionControl extends DirectExecutionControl {

    /** How long an interrupted cell gets to react to {@link Thread#interrupt()} before it is stopped. */
    private static final long INTERRUPT_GRACE_MS = 1000;

    /** Whether the thread is running the cell's own code (not the JDK's, the kit's or a library's on its behalf). */
    private static boolean inCellCode(Thread t) {
        for (StackTraceElement f : t.getStackTrace()) {
            String c = f.getClassName();
            if (c.startsWith("java.") || c.startsWith("jdk.") || c.startsWith("sun.")) continue;
            return c.startsWith("REPL.");
        }
        return false;
    }

    /** How long cell code gets to answer an interrupt before it is stopped outright (the busy-loop case). */
    private static final long STOP_AFTER_MS = 40;

    private final long timeoutMs;
    private final AtomicReference<Thread> running = new AtomicReference<>();
    private volatile Object lastValue;
    private volatile Throwable lastFailure;
    private volatile boolean stopRequested;
    private volatile boolean timedOut;

    CellExecutionControl(long timeoutMs) {
        this.timeoutMs = timeoutMs;
    }

    static ExecutionControlProvider provider(CellExecutionControl control) {
        return new ExecutionControlProvider() {
            @Override
            public String name() {
                return "civkit-local";
            }

            @Override
            public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) {
                return control;
            }
        };
    }

    /** Clears per-cell state; called by the kernel before each snippet. */
    void reset() {
        lastValue = null;
        lastFailure = null;
        stopRequested = false;
        timedOut = false;
    }

    Object lastValue() {
        return lastValue;
    }

    Throwable lastFailure() {
        return lastFailure;
    }

    boolean wasStopped() {
        return stopRequested;
    }

    boolean timedOut() {
        return timedOut;
    }

    /**
     * One thread runs every cell of the session, so a ThreadLocal set in one statement is there in the
     * next, as thread-bound libraries expect. It is replaced only when a cell that could not be stopped
     * is abandoned.
     */
    private volatile ExecutorService cells = newCellThread();

    private static ExecutorService newCellThread() {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "civkit-cell");
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    protected String invoke(Method doit) throws Exception {
        if (running.get() == Thread.currentThread()) {
            // eval(…) from inside a cell: already on the cell thread, so run here rather than queue behind ourselves.
            Object value = doit.invoke(null);
            lastValue = value;
            return valueString(value);
        }
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        CountDownLatch started = new CountDownLatch(1);
        Thread[] worker = new Thread[1];
        Future<?> done = cells.submit(() -> {
            Thread.interrupted(); // an interrupt aimed at the previous cell must not hit this one
            worker[0] = Thread.currentThread();
            worker[0].setContextClassLoader(doit.getDeclaringClass().getClassLoader());
            Thread outer = running.getAndSet(worker[0]);
            started.countDown();
            try {
                // An interrupt that came while the snippet compiled found no thread to stop: it stops the snippet here.
                if (!stopRequested) result[0] = doit.invoke(null);
            } catch (Throwable t) { // ThreadDeath from a stop lands here too, and the thread lives on
                failure[0] = t;
            } finally {
                running.set(outer);
            }
        });
        started.await();
        if (timeoutMs > 0) {
            try {
                done.get(timeoutMs, TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                timedOut = true;
                halt(worker[0]);
            } catch (ExecutionException ignored) {
                // failures are recorded by the task itself
            }
        }
        awaitOrAbandon(done);
        if (stopRequested || timedOut) {
            throw new ExecutionControl.StoppedException();
        }
        if (failure[0] != null) {
            if (failure[0] instanceof InvocationTargetException) {
                throw (InvocationTargetException) failure[0];
            }
            throw new InvocationTargetException(failure[0]);
        }
        lastValue = result[0];
        return valueString(result[0]);
    }

    /**
     * Runs a widget callback as a cell runs: on the cell thread, after the running cell, stopped by
     * {@link #stop()} as a cell is. Code already on the cell thread (a value set by a cell fires its
     * listeners) runs in place. Failures are the callback's own to report; this returns when it ended.
     */
    void runCallback(Runnable callback) {
        if (running.get() == Thread.currentThread()) {
            callback.run();
            return;
        }
        stopRequested = false;
        timedOut = false;
        Future<?> done = cells.submit(() -> {
            Thread.interrupted(); // an interrupt aimed at an earlier cell must not hit this callback
            Thread worker = Thread.currentThread();
            worker.setContextClassLoader(callback.getClass().getClassLoader());
            Thread outer = running.getAndSet(worker);
            try {
                callback.run();
            } catch (Throwable t) { // the callback reports its own failures; a stop lands here
                // nothing left to tell
            } finally {
                running.set(outer);
            }
        });
        try {
            awaitOrAbandon(done);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * Waits for the cell; once it has been told to stop, waits only a little longer. On Java 20+
     * Thread.stop is gone, so a busy loop that ignores interrupts cannot be killed: the kernel
     * abandons that thread (a daemon) and gives later cells a new one rather than hang with it.
     */
    private void awaitOrAbandon(Future<?> done) throws InterruptedException {
        while (!done.isDone()) {
            try {
                done.get(20, TimeUnit.MILLISECONDS);
            } catch (TimeoutException | ExecutionException e) {
                // still running, or failed (recorded by the task)
            }
            if ((stopRequested || timedOut) && !done.isDone()) {
                try {
                    done.get(2 * INTERRUPT_GRACE_MS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    ExecutorService stuck = cells;
                    cells = newCellThread();
                    stuck.shutdownNow();
                } catch (ExecutionException ignored) {
                    // recorded by the task
                }
                return;
            }
        }
    }

    @Override
    protected String throwConvertedInvocationException(Throwable cause)
            throws ExecutionControl.RunException, ExecutionControl.InternalException {
        lastFailure = cause;
        return super.throwConvertedInvocationException(cause);
    }

    @Override
    public void stop() {
        stopRequested = true; // also when no snippet runs yet: the next one of this cell does not start
        Thread worker = running.get();
        if (worker != null) halt(worker);
    }

    /**
     * Interrupts the cell. Cell code that keeps running its own loop (a busy loop ignores interrupts)
     * is stopped outright after a short grace; code of the kit's or a library's that is answering the
     * interrupt (closing a connection, replacing a progress display with a "stopped" card) gets the
     * full grace, so its clean-up is not cut off half way.
     */
    @SuppressWarnings({"removal", "deprecation"})
    private void halt(Thread worker) {
        if (worker == null) return;
        worker.interrupt();
        long start = System.nanoTime();
        long userDeadline = start + TimeUnit.MILLISECONDS.toNanos(STOP_AFTER_MS);
        long deadline = start + TimeUnit.MILLISECONDS.toNanos(INTERRUPT_GRACE_MS);
        while (running.get() == worker && System.nanoTime() < deadline) {
            if (System.nanoTime() > userDeadline && inCellCode(worker)) break;
            try {
                Thread.sleep(2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        if (running.get() == worker) {
            try {
                // Busy loops ignore interrupts; Thread.stop is the only way out on Java 17.
                worker.stop();
            } catch (UnsupportedOperationException ignored) {
                // Newer JDKs refuse; the interrupt above is all we can do.
            }
        }
    }
}
