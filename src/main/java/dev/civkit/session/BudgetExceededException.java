package dev.civkit.session;

import dev.civkit.request.Frames;

/** A submission (or a whole sweep) that would cross the session's Buzz budget; nothing was sent. */
public final class BudgetExceededException extends RuntimeException {
    private final double price;
    private final double remaining;

    public BudgetExceededException(String what, double price, double remaining, double limit) {
        super(what + " would cost " + Budget.fmt(price) + " Buzz, but the session budget has " + Budget.fmt(remaining)
                + " of " + Budget.fmt(limit) + " Buzz left; nothing was sent. Raise it with budget(" + Budget.fmt(Math.ceil(limit + price - remaining))
                + "), or make the request cheaper (smaller, fewer images, fewer cells).");
        this.price = price;
        this.remaining = remaining;
    }

    public double price() {
        return price;
    }

    public double remaining() {
        return remaining;
    }

    /** None unless frames are asked for: this reads as its message at the prompt ({@code CIVKIT_FRAMES=on} shows them). */
    @Override
    public StackTraceElement[] getStackTrace() {
        return Frames.of(super.getStackTrace());
    }
}
