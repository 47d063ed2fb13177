/**
 * How results look where a person reads them: status lines and live progress at a prompt
 * ({@link dev.civkit.display.StatusLine}, {@link dev.civkit.display.LiveLine}), pictures in a terminal,
 * cards, galleries and progress in a notebook ({@link dev.civkit.display.WorkflowCard},
 * {@link dev.civkit.display.Gallery}, {@link dev.civkit.display.ProgressView}), and
 * {@link dev.civkit.display.NotebookDisplay}, the bridge to civkit's, JJava's or IJava's kernel. A user
 * writes {@code show()} and {@code gallery(…)}; this package decides how that looks in the front end at hand.
 */
package dev.civkit.display;
