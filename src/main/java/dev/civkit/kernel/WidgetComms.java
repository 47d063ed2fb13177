package dev.civkit.kernel;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import dev.civkit.widget.WidgetKernel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.comm.Comm;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.comm.CommCloseCommand;
import org.dflib.jjava.jupyter.messages.comm.CommMsgCommand;
import org.dflib.jjava.jupyter.messages.comm.CommOpenCommand;
import org.dflib.jjava.jupyter.messages.publish.PublishUpdateDisplayData;

/**
 * The widget protocol (2.1.0) on JJava's comm layer: one {@code jupyter.widget} comm per model, opened
 * with its state and metadata version; binary values as ZeroMQ frames after the content (JJava's
 * socket sends a message's blobs so); replies that must name their request (echo_update, an answer
 * to request_state) sent with that request as parent; the {@code jupyter.widget.control} comm a
 * widget manager opens to restore every widget after a page reload, which is also the sign that a
 * front end draws widgets.
 */
final class WidgetComms implements WidgetKernel {
    static final String TARGET = "jupyter.widget";
    static final String CONTROL = "jupyter.widget.control";
    private static final Map<String, Object> OPEN_METADATA = Map.of("version", "2.1.0");
    /** Nulls are state too: a trait set back to null must reach the front end. */
    private static final Gson GSON = new GsonBuilder().serializeNulls().create();

    private final CommManager manager;
    private final Supplier<JupyterSocket> iopub;
    private final Supplier<MessageContext> context;
    private final Consumer<Runnable> cellThread;
    private final Function<Throwable, List<String>> errors;
    private final Map<String, Endpoint> endpoints = new ConcurrentHashMap<>();
    private volatile boolean rendering;
    /** What waits for a widget manager: views shown as cards before one announced itself. */
    private final List<Runnable> onRendering = new ArrayList<>();
    private volatile Sink capturing;

    WidgetComms(CommManager manager, Supplier<JupyterSocket> iopub, Supplier<MessageContext> context,
                Consumer<Runnable> cellThread, Function<Throwable, List<String>> errors) {
        this.manager = manager;
        this.iopub = iopub;
        this.context = context;
        this.cellThread = cellThread;
        this.errors = errors;
        manager.registerTarget(TARGET, (m, id, target, msg) -> {
            // A front end that restores widgets one by one (before the control comm) reopens a known id.
            Endpoint known = endpoints.get(id);
            return known != null ? new WidgetComm(id, known) : new Inert(m, id, target);
        });
        manager.registerTarget(CONTROL, (m, id, target, msg) -> {
            rendering = true;
            return new ControlComm(m, id, target);
        });
    }

    /**
     * A comm_info_request for the widget target comes from a widget manager; called once the kernel has
     * answered it, so views swapped in now reach the manager as new widgets, not in its list of old ones.
     */
    void commInfoAnswered(String targetName) {
        if (TARGET.equals(targetName)) announced();
    }

    /** A widget manager is there: it draws widgets from now on, and what waited for one runs. */
    private void announced() {
        List<Runnable> waiting;
        synchronized (onRendering) {
            rendering = true;
            waiting = List.copyOf(onRendering);
            onRendering.clear();
        }
        for (Runnable r : waiting) {
            try {
                r.run();
            } catch (RuntimeException | LinkageError e) {
                // a view that cannot draw itself keeps its card; the next one still gets its widgets
            }
        }
    }

    @Override
    public void whenRendering(Runnable action) {
        synchronized (onRendering) {
            if (!rendering) {
                onRendering.add(action);
                return;
            }
        }
        action.run();
    }

    @Override
    public void updateDisplay(String displayId, Map<String, Object> bundle) {
        JupyterSocket socket = iopub.get();
        if (socket == null) return;
        PublishUpdateDisplayData content = new PublishUpdateDisplayData(KernelDisplays.data(displayId, bundle));
        socket.sendMessage(new Message<>(context.get(), PublishUpdateDisplayData.MESSAGE_TYPE, content));
    }

    @Override
    public Channel open(Endpoint endpoint, Encoded state) {
        JupyterSocket socket = iopub.get();
        WidgetComm comm = new WidgetComm(endpoint.id(), endpoint);
        if (socket == null) return comm.closedAlready();
        CommOpenCommand content = new CommOpenCommand(endpoint.id(), TARGET, json(state.data()));
        synchronized (manager) {
            manager.registerComm(comm);
        }
        endpoints.put(endpoint.id(), endpoint);
        socket.sendMessage(new Message<>(context.get(), CommOpenCommand.MESSAGE_TYPE, content, blobs(state.buffers()), OPEN_METADATA));
        return comm;
    }

    @Override
    public void callback(Runnable callback) {
        cellThread.accept(callback);
    }

    @Override
    public boolean rendering() {
        return rendering;
    }

    @Override
    public Sink capturing() {
        return capturing;
    }

    @Override
    public void capturing(Sink sink) {
        capturing = sink;
    }

    @Override
    public List<String> formatError(Throwable t) {
        return errors.apply(t);
    }

    int openComms() {
        return endpoints.size();
    }

    private void send(String commId, Map<String, Object> data, List<byte[]> buffers, Object parent) {
        JupyterSocket socket = iopub.get();
        if (socket == null) return;
        MessageContext ctx = parent instanceof MessageContext m ? m : context.get();
        socket.sendMessage(new Message<>(ctx, CommMsgCommand.MESSAGE_TYPE, new CommMsgCommand(commId, json(data)), blobs(buffers), null));
    }

    private static JsonObject json(Map<String, Object> data) {
        return GSON.toJsonTree(data).getAsJsonObject();
    }

    private static List<byte[]> blobs(List<byte[]> buffers) {
        return buffers == null || buffers.isEmpty() ? null : buffers;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(JsonObject data) {
        return data == null ? Map.of() : GSON.fromJson(data, Map.class);
    }

    /** One model's comm. */
    private final class WidgetComm extends Comm implements Channel {
        private final Endpoint endpoint;
        private volatile boolean gone;

        WidgetComm(String id, Endpoint endpoint) {
            super(manager, id, TARGET);
            this.endpoint = endpoint;
        }

        WidgetComm closedAlready() {
            gone = true;
            return this;
        }

        @Override
        protected void onMessage(Message<CommMsgCommand> message) {
            endpoint.onMessage(map(message.getContent().getData()), message.getBlobs(), message);
        }

        @Override
        protected void onClose(Message<CommCloseCommand> closeMessage, boolean sending) {
            gone = true;
            endpoints.remove(getID(), endpoint);
            if (!sending) endpoint.onClose();
        }

        @Override
        public void send(Map<String, Object> data, List<byte[]> buffers, Object parent) {
            if (!gone) WidgetComms.this.send(getID(), data, buffers, parent);
        }

        @Override
        public void end() {
            if (gone) return;
            gone = true;
            endpoints.remove(getID(), endpoint);
            if (iopub.get() == null) return;
            synchronized (manager) {
                close();
            }
        }

        @Override
        public boolean closed() {
            return gone;
        }
    }

    /** The widget manager's control comm: answers request_states with every live model's state. */
    private final class ControlComm extends Comm {
        ControlComm(CommManager m, String id, String target) {
            super(m, id, target);
        }

        @Override
        protected void onMessage(Message<CommMsgCommand> message) {
            if ("request_states".equals(map(message.getContent().getData()).get("method"))) {
                Encoded all = WidgetKernel.states(endpoints.values());
                WidgetComms.this.send(getID(), all.data(), all.buffers(), message);
                announced();
            }
        }

        @Override
        protected void onClose(Message<CommCloseCommand> closeMessage, boolean sending) {
            // the manager closes it once it has the states
        }
    }

    /** A comm a front end opened for a model this kernel does not have: nothing to say to it. */
    private static final class Inert extends Comm {
        Inert(CommManager m, String id, String target) {
            super(m, id, target);
        }

        @Override
        protected void onMessage(Message<CommMsgCommand> message) {}

        @Override
        protected void onClose(Message<CommCloseCommand> closeMessage, boolean sending) {}
    }

    /** Registered as a service: widgets find civkit's kernel, or stock JJava with civkit's extension, through it. */
    public static final class Source implements WidgetKernel.Provider {
        @Override
        public WidgetKernel current() {
            BaseKernel k = BaseKernel.notebookKernel();
            if (k instanceof CivkitKernel civkit) return civkit.widgets();
            JJavaExtension extension = JJavaExtension.installedIn(k);
            return extension == null ? null : extension.widgets(k);
        }
    }
}
