package dev.civkit.request;

/**
 * Whether civkit's refusals and service errors show their stack frames. They do not by default: such an
 * exception is a message for the person at the prompt (a bad value, the budget, what the service said), and
 * JShell and the notebook would print five to seven frames of civkit's internals under it. JShell reads the
 * frames through {@link Throwable#getStackTrace()}, which these exceptions answer through {@link #of}; the frames
 * are still recorded, and {@code CIVKIT_FRAMES=on} (or the system property {@code civkit.frames=on}, which
 * {@code System.setProperty("civkit.frames", "on")} sets in a running session) shows them.
 */
public final class Frames {
    private static final StackTraceElement[] NONE = new StackTraceElement[0];

    private Frames() {}

    /** {@code recorded} when frames are asked for, else none. */
    public static StackTraceElement[] of(StackTraceElement[] recorded) {
        return shown() ? recorded : NONE;
    }

    static boolean shown() {
        String setting = System.getProperty("civkit.frames");
        if (setting == null) setting = System.getenv("CIVKIT_FRAMES");
        return setting != null && (setting.equalsIgnoreCase("on") || setting.equalsIgnoreCase("true"));
    }
}
