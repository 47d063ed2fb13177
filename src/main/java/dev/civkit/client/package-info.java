/**
 * The HTTP client for the orchestration API: {@link dev.civkit.client.CivitaiClient}, a facade over the
 * workflow, blob and catalogue calls, with retries, per-call deadlines and error answers read into
 * {@link dev.civkit.client.ApiException}s; the API's values as records ({@link dev.civkit.client.Workflow},
 * {@link dev.civkit.client.Step}, {@link dev.civkit.client.Blob}, {@link dev.civkit.client.Cost}, …),
 * queries and JSON Patch. A user holds these records through a handle ({@code handle.workflow()}), and
 * calls the client directly only for what the verbs do not cover.
 */
package dev.civkit.client;
