package dev.civkit.session;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * A session's Buzz limit. Each submission reserves its price before it is sent and settles to the
 * workflow's real cost after, so concurrent submissions (a sweep) cannot overspend together, and a
 * workflow answered twice (an idempotent resubmission) is counted once. That bookkeeping belongs to
 * the session that submits, so it stays inside this package: TAB after {@code budget().} offers what a
 * person asks of a budget.
 */
public final class Budget {
    private double limit = Double.POSITIVE_INFINITY;
    private double spent;
    private double reserved;
    private final Set<String> charged = new HashSet<>();

    /** What a submission holds between its price check and the server's answer. */
    public static final class Reservation {
        private final double amount;
        private boolean open = true;

        private Reservation(double amount) {
            this.amount = amount;
        }
    }

    public synchronized boolean isSet() {
        return limit != Double.POSITIVE_INFINITY;
    }

    /** Sets the limit for the rest of the session; what was spent so far still counts. */
    public synchronized Budget limit(double buzz) {
        if (!(buzz >= 0) || Double.isInfinite(buzz))
            throw new IllegalArgumentException("budget must be a finite number of Buzz, 0 or more; got " + buzz);
        this.limit = buzz;
        return this;
    }

    public synchronized Budget clear() {
        this.limit = Double.POSITIVE_INFINITY;
        return this;
    }

    public synchronized double limit() {
        return limit;
    }

    public synchronized double spent() {
        return spent;
    }

    public synchronized double remaining() {
        return isSet() ? Math.max(0, limit - spent - reserved) : Double.POSITIVE_INFINITY;
    }

    /** Checks a whole plan at once (a sweep) without holding anything. */
    public synchronized void check(String what, double price) {
        if (isSet() && price > remaining() + 1e-9) throw new BudgetExceededException(what, price, remaining(), limit);
    }

    synchronized Reservation reserve(String what, double price) {
        check(what, price);
        reserved += price;
        return new Reservation(price);
    }

    synchronized void settle(Reservation r, String workflowId, Double actualCost) {
        // Without a limit nothing was reserved, but spending still counts: a limit set later sees it.
        if (r != null && !close(r)) return;
        if (workflowId != null && !charged.add(workflowId)) return;
        spent += actualCost != null ? actualCost : r == null ? 0 : r.amount;
    }

    synchronized void release(Reservation r) {
        close(r);
    }

    private boolean close(Reservation r) {
        if (r == null || !r.open) return false;
        r.open = false;
        reserved -= r.amount;
        return true;
    }

    static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%.2f", v);
    }

    @Override
    public synchronized String toString() {
        if (!isSet()) return "no budget set (spent " + fmt(spent) + " Buzz this session): budget(100) sets one";
        return "budget " + fmt(limit) + " Buzz | " + fmt(spent) + " spent" + (reserved > 0 ? ", " + fmt(reserved) + " in flight" : "")
                + " | " + fmt(remaining()) + " left";
    }
}
