package dev.civkit.bench;

/** One measured line of the benchmark: what, the value, the target, and whether it was met. */
record Result(String name, String measured, String target, boolean met, String note) {
    String row() {
        String verdict = target.startsWith("(") ? "-" : met ? "met" : "MISSED";
        return "| " + name + " | " + measured + " | " + target + " | " + verdict + " | " + (note == null ? "" : note) + " |";
    }
}
