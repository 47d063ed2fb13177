/**
 * The Jupyter side: civkit's own kernel (magics, completion, inspection, widgets over comms), the
 * {@link dev.civkit.kernel.JJavaExtension} that lets a stock JJava kernel load civkit, the
 * {@link dev.civkit.kernel.JShellDocsAgent} that gives plain JShell civkit's javadoc on TAB TAB, and
 * {@link dev.civkit.kernel.KernelCommand} ({@code java -jar civkit.jar kernel install | notebook}). In a
 * cell a user writes {@link dev.civkit.kernel.Notebook}'s {@code display(…)}, {@code clearOutput()} and the
 * {@code %maven}/{@code %classpath} magics.
 */
package dev.civkit.kernel;
