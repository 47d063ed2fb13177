package dev.civkit.widget;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

/**
 * The kernel side of the Jupyter widget protocol as this package needs it: comms to open and message,
 * and the session's cell thread to run callbacks on. civkit's kernel (and a stock JJava kernel with
 * civkit's extension) provide one as a service, so this package names no kernel; null outside one.
 */
public interface WidgetKernel {

    /** Registered in {@code META-INF/services/dev.civkit.widget.WidgetKernel$Provider}. */
    interface Provider {
        /** The running kernel's widget side, or null. */
        WidgetKernel current();
    }

    /** One model's end of its comm: what the kernel hands incoming messages to. */
    interface Endpoint {
        String id();

        /** {@code {state, buffer_paths}} with the binary values taken out as buffers. */
        Encoded fullState();

        /** A comm_msg from a front end; {@code parent} is the message itself, for replies that must name it. */
        void onMessage(Map<String, Object> data, List<byte[]> buffers, Object parent);

        /** The front end closed the comm. */
        void onClose();

        /** {@code {model_name, model_module, model_module_version, state}}, for a front end restoring every widget. */
        Map<String, Object> described();
    }

    /** JSON-ready data and the binary buffers its buffer_paths point at. */
    record Encoded(Map<String, Object> data, List<byte[]> buffers) {}

    /** An open comm. */
    interface Channel {
        /** Sends a comm_msg; {@code parent} (a message handed to an endpoint) or null for the running request. */
        void send(Map<String, Object> data, List<byte[]> buffers, Object parent);

        void end();

        boolean closed();
    }

    /** Where MIME bundles go: for a callback, its Output area. */
    interface Sink {
        /** Publishes display_data under {@code displayId}. */
        void display(String displayId, Map<String, Object> bundle);

        /** Replaces the output published under {@code displayId} (update_display_data). */
        void update(String displayId, Map<String, Object> bundle);
    }

    /** Opens a {@code jupyter.widget} comm for {@code endpoint} with {@code state} (metadata version 2.1.0). */
    Channel open(Endpoint endpoint, Encoded state);

    /**
     * Runs {@code callback} as user code runs: on the session's cell thread, after a running cell,
     * interruptible as a cell is. Returns when it has ended.
     */
    void callback(Runnable callback);

    /** Whether a front end with the widget manager has connected (so widgets are seen, not only saved). */
    boolean rendering();

    /**
     * Runs {@code action} once a front end's widget manager has announced itself: now if one has, else
     * when the first does (after the kernel has answered it), on the kernel's message thread.
     */
    void whenRendering(Runnable action);

    /** Replaces the display {@code displayId} wherever a front end shows it, outside any cell. */
    void updateDisplay(String displayId, Map<String, Object> bundle);

    /** The Output area a running callback writes to, or null. */
    Sink capturing();

    /** Sets (or with null clears) where a running callback's displays go. */
    void capturing(Sink sink);

    /** A stack trace as the kernel shows errors. */
    List<String> formatError(Throwable t);

    /**
     * The answer to a front end's {@code request_states} on the {@code jupyter.widget.control} comm:
     * {@code {method: update_states, states, buffer_paths}} (each path starts with the model id).
     */
    static Encoded states(Collection<? extends Endpoint> endpoints) {
        Map<String, Object> states = new LinkedHashMap<>();
        for (Endpoint e : endpoints) states.put(e.id(), e.described());
        return Codec.encodeStates(states);
    }

    /** The kernel running this JVM, if it can carry widgets; else null. */
    static WidgetKernel current() {
        for (Provider p : Providers.ALL) {
            try {
                WidgetKernel k = p.current();
                if (k != null) return k;
            } catch (RuntimeException | LinkageError notRunning) {
                // JJava's notebookKernel() throws rather than answer null when no kernel runs
            }
        }
        return null;
    }

    /** Loaded once, on first use: JShell pays nothing at start. */
    final class Providers {
        static final List<Provider> ALL = load();

        private Providers() {}

        private static List<Provider> load() {
            try {
                return ServiceLoader.load(Provider.class, WidgetKernel.class.getClassLoader()).stream()
                        .map(ServiceLoader.Provider::get).toList();
            } catch (ServiceConfigurationError | LinkageError e) {
                return List.of();
            }
        }
    }
}
