/**
 * The fluent DSL: {@link dev.civkit.dsl.WorkflowBuilder} ({@code workflow()}) and the steps it chains.
 *
 * <p>Every step and chooser a user holds is a public interface ({@code ImageGen}, {@code Flux2},
 * {@code SdCpp.Checkpoint.Create}, …) over a package-private {@code …Impl} class that keeps its state,
 * presets and checks: JShell's TAB completion and the public API then show only what a user writes,
 * and no one subclasses a step. {@link dev.civkit.dsl.StepBuilderImpl} and
 * {@link dev.civkit.dsl.TypedStepImpl} hold what every step shares (the input, name, priority,
 * {@code then()}, {@code submit()}); enums ({@code SampleMethod}, {@code OutputFormat}, …) carry
 * the official values.
 */
package dev.civkit.dsl;
