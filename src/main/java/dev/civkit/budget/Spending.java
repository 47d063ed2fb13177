package dev.civkit.budget;

/** How a submission spends from a {@link Budget}: reserve the price first, then settle or release. */
public final class Spending {
    private Spending() {}

    /** Holds the price, or refuses with {@link BudgetExceededException} when it would cross the limit. */
    public static Budget.Reservation reserve(Budget budget, String what, double price) {
        return budget.reserve(what, price);
    }

    /** The workflow exists: counts its real cost (or the price, when the server gave none) once. */
    public static void settle(Budget budget, Budget.Reservation held, String workflowId, Double actualCost) {
        budget.settle(held, workflowId, actualCost);
    }

    /** Nothing was created: gives the reservation back; nothing happens once settled. */
    public static void release(Budget budget, Budget.Reservation held) {
        budget.release(held);
    }
}
