/**
 * The durable record of what this machine submitted: {@link dev.civkit.journal.Journal} appends one
 * fsync'd JSON line per intent, submission, refusal and status, so {@code resume()} and
 * {@code history()} can pick up after JShell or a kernel restarts. A user reads its
 * {@link dev.civkit.journal.Entry} values through {@code history()}; the session does the writing.
 */
package dev.civkit.journal;
