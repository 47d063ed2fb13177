package dev.civkit.kernel;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dflib.jjava.jupyter.channels.JupyterSocket;
import org.dflib.jjava.jupyter.channels.ReplyEnvironment;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.messages.Message;
import org.dflib.jjava.jupyter.messages.MessageContext;
import org.dflib.jjava.jupyter.messages.request.CommInfoRequest;

/**
 * JJava's comm manager with what the widget protocol needs of it: the iopub socket and the running
 * request (so a comm message can carry metadata, buffers or another parent), and word of a
 * comm_info_request for the widget target (a widget manager asking which widgets exist).
 */
final class WidgetCommManager extends CommManager {
    private volatile WidgetComms widgets;

    WidgetCommManager() {
        // widgets open comms from the cell thread while the shell thread looks comms up
        comms = new ConcurrentHashMap<>();
        targets = new ConcurrentHashMap<>();
    }

    void widgets(WidgetComms w) {
        widgets = w;
    }

    JupyterSocket iopub() {
        return iopub;
    }

    MessageContext context() {
        return context;
    }

    @Override
    public void handleCommInfoRequest(ReplyEnvironment env, Message<CommInfoRequest> message) {
        // As the base manager answers, with the status the message spec requires of every reply.
        env.setBusyDeferIdle();
        String target = message.getContent().getTargetName();
        Map<String, Map<String, String>> open = new LinkedHashMap<>();
        forEach(comm -> {
            if (target == null || target.equals(comm.getTargetName())) open.put(comm.getID(), Map.of("target_name", comm.getTargetName()));
        });
        env.reply(new ProtocolReplies.CommInfo(open));
        WidgetComms w = widgets;
        if (w != null) w.commInfoAnswered(target);
    }
}
