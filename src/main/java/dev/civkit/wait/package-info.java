/**
 * Waiting for a workflow to end by a deadline, whatever the server does: long-polls, the documented
 * cadence when a gateway cuts them, one read schedule ({@link dev.civkit.wait.Waiter}). A user writes
 * {@code handle.await()} rather than this package; a {@link dev.civkit.wait.ProgressListener} is told of
 * every fresh view, and a {@link dev.civkit.wait.StillRunningException} says a wait ran out first.
 */
package dev.civkit.wait;
