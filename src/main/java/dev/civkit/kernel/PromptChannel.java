package dev.civkit.kernel;

import java.lang.reflect.Field;
import java.security.GeneralSecurityException;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.dflib.jjava.jupyter.channels.JupyterConnection;
import org.dflib.jjava.jupyter.channels.ShellChannel;
import org.dflib.jjava.jupyter.channels.ShellHandler;
import org.dflib.jjava.jupyter.channels.ShellReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.KernelConnectionProperties;
import org.dflib.jjava.jupyter.messages.HMACGenerator;
import org.dflib.jjava.jupyter.messages.Message;
import org.zeromq.ZMQ;
import org.zeromq.ZMQException;

/**
 * A shell or control channel that handles each request the moment it arrives. jjava-jupyter's
 * channels look once, handle at most one request, then sleep 50 ms: a widget front end sends a
 * request per slider step, click and sync (ipywidgets holds a model's next change until the kernel
 * answers its last), so every interaction paid up to 50 ms a message, and a burst (a page restoring
 * fifty widgets) queued for seconds. Here the loop blocks in the poller instead, so an idle kernel
 * does not wake at all and a busy one drains its queue back to back. A request that cannot be read
 * (a bad signature, broken JSON) is logged and skipped rather than ending the channel.
 */
final class PromptChannel extends ShellChannel {
    /** How long the loop may block before it looks whether the channel was closed. */
    private static final long WAKE_MS = 100;

    private final boolean control;
    private final JupyterConnection connection;
    private volatile Thread loop;
    private volatile boolean running;
    /** Work for a quiet moment, run on this channel's thread so it never meets a request's use of JShell. */
    private final ConcurrentLinkedQueue<Runnable> quietWork = new ConcurrentLinkedQueue<>();

    PromptChannel(ZMQ.Context context, HMACGenerator hmac, boolean control, JupyterConnection connection) {
        super(context, hmac, control, connection);
        this.control = control;
        this.connection = connection;
    }

    /**
     * Puts prompt channels in place of {@code connection}'s shell and control channels, before it binds.
     * jjava-jupyter 1.0-a6 makes both itself in final fields with no way to pass others in, so they are
     * replaced by reflection; a jjava-jupyter without those fields keeps its own (null), nothing breaks. Answers the shell channel.
     */
    static PromptChannel installIn(JupyterConnection connection, KernelConnectionProperties props) {
        try {
            Field ctx = JupyterConnection.class.getDeclaredField("ctx");
            Field shell = JupyterConnection.class.getDeclaredField("shell");
            Field control = JupyterConnection.class.getDeclaredField("control");
            for (Field f : new Field[] {ctx, shell, control}) f.setAccessible(true);
            ZMQ.Context context = (ZMQ.Context) ctx.get(connection);
            HMACGenerator hmac = props.createHMACGenerator();
            PromptChannel newShell = new PromptChannel(context, hmac, false, connection);
            PromptChannel newControl = new PromptChannel(context, hmac, true, connection);
            ShellChannel oldShell = (ShellChannel) shell.get(connection);
            ShellChannel oldControl = (ShellChannel) control.get(connection);
            shell.set(connection, newShell);
            control.set(connection, newControl);
            oldShell.close(); // never bound: closing them only frees their sockets
            oldControl.close();
            return newShell;
        } catch (ReflectiveOperationException | RuntimeException | GeneralSecurityException otherVersion) {
            return null;
        }
    }

    @Override
    public void bind(KernelConnectionProperties props) {
        if (loop != null) throw new IllegalStateException((control ? "control" : "shell") + " channel already bound");
        bind(formatAddress(props.getTransport(), props.getIp(), control ? props.getControlPort() : props.getShellPort()));
        ZMQ.Poller poller = ctx.poller(1);
        poller.register(this, ZMQ.Poller.POLLIN);
        running = true;
        Thread t = new Thread(() -> serve(poller), control ? "civkit-control" : "civkit-shell");
        loop = t;
        t.start();
    }

    private void serve(ZMQ.Poller poller) {
        try {
            while (running) {
                if (poller.poll(WAKE_MS) > 0) {
                    if (running) handleOne();
                } else {
                    runQuietWork();
                }
            }
        } catch (ZMQException | IllegalStateException closedUnderUs) {
            // the connection closed the context while this loop waited: nothing left to serve
        } finally {
            try {
                poller.close();
            } catch (RuntimeException alreadyGone) {
                // the context went first
            }
        }
    }

    /** Runs {@code work} on this channel's thread once no request has come for a moment. */
    void whenQuiet(Runnable work) {
        quietWork.add(work);
    }

    /** One piece at a time: a request that came meanwhile is answered before the next piece. */
    private void runQuietWork() {
        Runnable work = running ? quietWork.poll() : null;
        if (work == null) return;
        try {
            work.run();
        } catch (RuntimeException | LinkageError e) {
            logger.warn("quiet-time work failed: {}", e.toString());
        }
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private void handleOne() {
        Message<?> message;
        try {
            message = readMessage();
        } catch (RuntimeException unreadable) {
            logger.warn("skipped a request that could not be read: {}", unreadable.toString());
            return;
        }
        ShellHandler handler = connection.getHandler(message.getHeader().getType());
        if (handler == null) {
            logger.warn("no handler for {}", message.getHeader().getType().getName());
            return;
        }
        ShellReplyEnvironment env = connection.prepareReplyEnv(this, message);
        try {
            handler.handle(env, message);
        } catch (Exception e) {
            logger.warn("{} failed: {}", message.getHeader().getType().getName(), e.toString());
        } finally {
            env.resolveDeferrals();
        }
        if (env.isMarkedForShutdown()) connection.close();
    }

    @Override
    public void close() {
        running = false;
        Thread t = loop;
        if (t != null && t != Thread.currentThread()) {
            try {
                t.join(WAKE_MS * 10);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        super.close();
    }

    @Override
    public void waitUntilClose() {
        Thread t = loop;
        if (t == null) return;
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
