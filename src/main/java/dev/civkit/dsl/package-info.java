/**
 * The fluent DSL: {@link dev.civkit.dsl.WorkflowBuilder} ({@code workflow()}) and the steps it chains.
 *
 * <p>Every step a user holds is a public interface ({@code ImageGen}, {@code Flux2.Klein.Create},
 * {@code SdCpp.Checkpoint.Create}, …) over a package-private {@code …Impl} class that keeps its state,
 * presets and checks: JShell's TAB completion and the public API then show only what a user writes,
 * and no one subclasses a step. Where a family's models take different fields, each model's step is a
 * type of its own offering only those. The choosers between steps ({@code ImageGenEngines},
 * {@code SdCpp}, {@code CreateOrEdit}, …) are final classes that hand out the next choice.
 * {@link dev.civkit.dsl.StepBuilderImpl} and {@link dev.civkit.dsl.TypedStepImpl} hold what every step
 * shares (the input, name, priority, {@code then()}); {@link dev.civkit.dsl.PromptStepImpl} writes each
 * field that several imageGen and videoGen engines take alike (seed, size, images, …) once, and each
 * engine's interface picks which of them its step offers; enums ({@code SampleMethod},
 * {@code OutputFormat}, …) carry the official values.
 */
package dev.civkit.dsl;
