package dev.civkit.bench;

/** One measured line of the benchmark: what, the value, the target, and whether it was met. */
record Result(String name, String measured, String target, boolean met, String note) {
    String row() {
        return "| " + name + " | " + measured + " | " + target + " | " + (met ? "met" : "MISSED") + " | " + (note == null ? "" : note) + " |";
    }
}
