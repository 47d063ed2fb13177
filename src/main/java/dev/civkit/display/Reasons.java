package dev.civkit.display;

/** What a person can do about each documented job failure reason. */
public final class Reasons {
    private Reasons() {}

    public static String advice(String reason) {
        if (reason == null) return "see the workflow's json() for details";
        return switch (reason) {
            case "no_provider_available" -> "no worker can run this right now: try again later or another engine/model";
            case "blocked" -> "the content was blocked by moderation: change the prompt or inputs";
            case "timeout" -> "the job took too long: retry, or ask for fewer or smaller outputs";
            case "expired" -> "it waited too long in the queue: submit again";
            case "canceled" -> "it was canceled";
            default -> "see the workflow's json() for details";
        };
    }
}
