/**
 * A session: where requests go, where results land, and what was sent.
 *
 * <p>{@link dev.civkit.session.Session} holds the parts (the client, the sandbox it may own, the
 * output folder, the journal, the {@link dev.civkit.session.Budget}) and hands each verb to the class
 * for that job: {@link dev.civkit.session.Bootstrap} reads the environment, starts the sandbox and
 * writes the banner; {@link dev.civkit.session.Submission} sends a workflow under an idempotency key,
 * holding the budget and journalling around the request; {@link dev.civkit.session.Recipes} does the
 * same for the per-recipe endpoint; {@link dev.civkit.session.Resumption} picks up from the journal
 * ({@code resume()}, {@code history()}); {@link dev.civkit.session.Galleries} waits for and lays out a
 * set of workflows. What a user holds afterwards: {@link dev.civkit.session.WorkflowHandle} (one
 * workflow), {@link dev.civkit.session.WorkflowList} (a query), {@link dev.civkit.session.Quote} (a
 * whatif), {@link dev.civkit.session.Resumed} and {@link dev.civkit.session.History}.
 */
package dev.civkit.session;
