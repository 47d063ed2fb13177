package dev.civkit.client;

/**
 * A workflow answer and whether the server considered it final within the wait: 200 means
 * terminal (or priced, for a whatif), 202 means still in flight.
 */
public record Answer(int httpStatus, Workflow workflow) {
    public boolean inFlight() {
        return httpStatus == 202;
    }
}
