/**
 * Experiments: one request varied over seeds, prompts or any field ({@link dev.civkit.sweep.Sweep}),
 * priced and capped before it runs ({@link dev.civkit.sweep.SweepPlan}), its results as a table of cells
 * ({@link dev.civkit.sweep.SweepResult}), contact sheets, manifests, and a paged
 * {@link dev.civkit.sweep.Browser} for large ones. A user writes
 * {@code sweep(w).seeds(1, 2, 3).plan().run()} and reads the result.
 */
package dev.civkit.sweep;
