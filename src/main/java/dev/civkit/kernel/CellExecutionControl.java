package dev.civkit.kernel;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
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
    private static final long INTERRUPT_GRACE_MS = 300;

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

    @Override
    protected String invoke(Method doit) throws Exception {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        // A separate thread so a runaway cell can be stopped without killing the shell handler thread.
        Thread worker = new Thread(() -> {
            try {
                result[0] = doit.invoke(null);
            } catch (Throwable t) {
                failure[0] = t;
            }
        }, "civkit-cell");
        worker.setContextClassLoader(doit.getDeclaringClass().getClassLoader());
        worker.setDaemon(true);
        Thread outer = running.getAndSet(worker);
        try {
            worker.start();
            if (timeoutMs > 0) {
                worker.join(timeoutMs);
                if (worker.isAlive()) {
                    timedOut = true;
                    halt(worker);
                }
            }
            awaitOrAbandon(worker);
        } finally {
            running.set(outer);
        }
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
     * Waits for the cell; once it has been told to stop, waits only a little longer. On Java 20+
     * Thread.stop is gone, so a busy loop that ignores interrupts cannot be killed: the kernel
     * abandons that thread (a daemon) rather than hang with it.
     */
    private void awaitOrAbandon(Thread worker) throws InterruptedException {
        while (worker.isAlive()) {
            worker.join(100);
            if ((stopRequested || timedOut) && worker.isAlive()) {
                worker.join(2 * INTERRUPT_GRACE_MS);
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
        Thread worker = running.get();
        if (worker != null) {
            stopRequested = true;
            halt(worker);
        }
    }

    @SuppressWarnings({"removal", "deprecation"})
    private static void halt(Thread worker) {
        worker.interrupt();
        try {
            worker.join(INTERRUPT_GRACE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            try {
                // Busy loops ignore interrupts; Thread.stop is the only way out on Java 17.
                worker.stop();
            } catch (UnsupportedOperationException ignored) {
                // Newer JDKs refuse; the interrupt above is all we can do.
            }
        }
    }
}
