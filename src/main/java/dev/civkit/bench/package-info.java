/**
 * The benchmark: {@code java -jar target/civkit.jar bench} ({@link dev.civkit.bench.Bench}) measures the
 * kit's speed targets as ratios on this machine and writes them with a description of the machine to
 * bench/RESULTS.md. A user runs it from the command line; nothing here is called from JShell.
 */
package dev.civkit.bench;
