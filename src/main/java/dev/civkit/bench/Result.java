package dev.civkit.bench;

/** One measured line of the benchmark: what, the value, the target, and whether it was met. */
record Result(String name, String measured, String target, boolean met, String note) {
    /** A measure this run could not take: its target in parentheses (no verdict), why and how to enable it. */
    static Result notMeasured(String name, String target, String why) {
        return new Result(name, "not measured", "(" + target + ")", true, why);
    }

    String row() {
        String verdict = target.startsWith("(") ? "-" : met ? "met" : "MISSED";
        return "| " + name + " | " + measured + " | " + target + " | " + verdict + " | " + (note == null ? "" : note) + " |";
    }
}
