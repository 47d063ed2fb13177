package dev.civkit.client;

import dev.civkit.request.Frames;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Every error answer of the API, as one unchecked type: the HTTP status, the RFC 7807 title and
 * detail, per-field errors, and a message that says what to do next.
 */
public final class ApiException extends RuntimeException {
    private final int status;
    private final ProblemDetails problem;
    private final String operation;
    private final Duration retryAfter;
    private final String rawBody;

    public ApiException(String operation, int status, ProblemDetails problem) {
        this(operation, status, problem, null);
    }

    public ApiException(String operation, int status, ProblemDetails problem, Duration retryAfter) {
        this(operation, status, problem, retryAfter, null, null);
    }

    /** {@code rawBody} is kept for a closer look but never shown; {@code advice} replaces the status's usual hint. */
    public ApiException(String operation, int status, ProblemDetails problem, Duration retryAfter, String rawBody, String advice) {
        super(describe(operation, status, problem, advice));
        this.operation = operation;
        this.status = status;
        this.problem = problem;
        this.retryAfter = retryAfter;
        this.rawBody = rawBody;
    }

    /** The error answer's body as it came (up to 64 KiB, token scrubbed), or null; never part of the message. */
    public String rawBody() {
        return rawBody;
    }

    /** What the server's Retry-After asked for, or null. */
    public Duration retryAfter() {
        return retryAfter;
    }

    public int status() {
        return status;
    }

    public String operation() {
        return operation;
    }

    /** The server's problem body; an empty one when it sent none. */
    public ProblemDetails problem() {
        return problem;
    }

    public String title() {
        return problem.title();
    }

    public String detail() {
        return problem.detail();
    }

    /** Field path (for example {@code steps[0].input.width}) to what is wrong with it. */
    public Map<String, List<String>> fieldErrors() {
        return problem.errors();
    }

    /** Whether trying again later can help (rate limits and server faults). */
    public boolean isTransient() {
        return status == 408 || status == 429 || (status >= 500 && status != 501 && status != 505);
    }

    private static String describe(String operation, int status, ProblemDetails p, String advice) {
        StringBuilder sb = new StringBuilder(operation).append(" failed: HTTP ").append(status);
        if (p.title() != null) sb.append(' ').append(p.title());
        if (p.detail() != null && !p.detail().equals(p.title())) sb.append(" — ").append(p.detail());
        p.errors().forEach((field, msgs) -> sb.append("\n  ").append(field).append(": ").append(String.join("; ", msgs)));
        String hint = advice != null ? advice : hint(status);
        if (hint != null) sb.append("\n").append(hint);
        return sb.toString();
    }

    private static String hint(int status) {
        return switch (status) {
            case 400 -> "Fix the fields named above and submit again.";
            case 401 -> "The token is missing, expired or malformed: set CIVITAI_API_TOKEN "
                    + "(or call token(\"…\") in the session) to a valid Civitai API token.";
            case 403 -> "The token is valid but your account may not do this (tier, mature content or Buzz currency).";
            case 404 -> "Nothing by that id for this account (workflow, step, blob, resource or service): check the id.";
            case 409 -> "The workflow changed under you (for example a step already started): refetch it and decide again.";
            case 413 -> "The upload is too large: scale or compress the image and send it again.";
            case 415 -> "Upload a PNG, JPEG, WebP or GIF image, with its content type.";
            case 422 -> "The file's bytes are not the image its type claims: re-export it and upload again.";
            case 429 -> "Rate limited: slow down and retry after a pause.";
            default -> status >= 500 ? "The server had a transient fault: retry in a little while." : null;
        };
    }

    /** None unless frames are asked for: this reads as its message at the prompt ({@code CIVKIT_FRAMES=on} shows them). */
    @Override
    public StackTraceElement[] getStackTrace() {
        return Frames.of(super.getStackTrace());
    }
}
