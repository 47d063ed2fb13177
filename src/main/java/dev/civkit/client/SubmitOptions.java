package dev.civkit.client;

import dev.civkit.request.InvalidRequestException;

/**
 * Query options of SubmitWorkflow. {@code waitSeconds} 0 returns at once; the server caps it at
 * 100.
 */
public record SubmitOptions(boolean whatif, int waitSeconds, Boolean hideMatureContent) {
    public static final int MAX_WAIT_SECONDS = 100;

    public SubmitOptions {
        if (waitSeconds < 0 || waitSeconds > MAX_WAIT_SECONDS)
            throw new InvalidRequestException("submit(waitSeconds)", "the service holds a submission 0 to " + MAX_WAIT_SECONDS
                    + " seconds (await() waits longer), got " + waitSeconds);
    }

    public static SubmitOptions now() {
        return new SubmitOptions(false, 0, null);
    }

    public static SubmitOptions waiting(int seconds) {
        return new SubmitOptions(false, seconds, null);
    }

    public static SubmitOptions whatIf() {
        return new SubmitOptions(true, 0, null);
    }
}
