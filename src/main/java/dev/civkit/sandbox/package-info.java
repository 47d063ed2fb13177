/**
 * The local orchestrator: the Civitai consumer API over real HTTP, with synthetic media and pretend
 * Buzz, sharing nothing with the client side.
 *
 * <p>A request meets, in order: {@link dev.civkit.sandbox.ProblemFilter} (counts it, turns what is
 * thrown behind it into problem details), {@link dev.civkit.sandbox.FaultFilter} (the fault plan's
 * HTTP faults), {@link dev.civkit.sandbox.AuthFilter} (the bearer token, or a signature in its place),
 * then {@link dev.civkit.sandbox.Router}, which hands it to {@link dev.civkit.sandbox.WorkflowEndpoints}
 * (submit, the held long-poll, cancel, queries, tags, steps), {@link dev.civkit.sandbox.BlobEndpoints}
 * (GetBlob's redirect, signed content, uploads) or {@link dev.civkit.sandbox.Catalogue}.
 * Behind the endpoints: {@link dev.civkit.sandbox.WorkflowStore} and
 * {@link dev.civkit.sandbox.WorkflowState} hold workflows, {@link dev.civkit.sandbox.Lifecycle} moves
 * them through their statuses, {@link dev.civkit.sandbox.Outputs} and
 * {@link dev.civkit.sandbox.SyntheticMedia} make their media, {@link dev.civkit.sandbox.BlobStore},
 * {@link dev.civkit.sandbox.BlobSigner} and {@link dev.civkit.sandbox.BlobLinks} serve it,
 * {@link dev.civkit.sandbox.Callbacks} calls webhooks, and {@link dev.civkit.sandbox.SandboxState}
 * remembers workflows between processes. {@link dev.civkit.sandbox.Profile} picks between civkit's
 * tidy answers and the live service's shapes ({@link dev.civkit.sandbox.LiveShape},
 * {@link dev.civkit.sandbox.Gateway}, {@link dev.civkit.sandbox.CdnServer}).
 */
package dev.civkit.sandbox;
