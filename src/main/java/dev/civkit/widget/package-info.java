/**
 * Jupyter widgets without a new dependency: {@link dev.civkit.widget.Widgets}' factories
 * ({@code slider(…)}, {@code button(…)}, {@code output()}, …) make {@link dev.civkit.widget.Button},
 * {@link dev.civkit.widget.IntSlider}, {@link dev.civkit.widget.Output} and the rest, whose state the front
 * end's own ipywidgets draw over comms that a kernel provides as a {@link dev.civkit.widget.WidgetKernel}.
 * A user writes the factories and listeners in a notebook cell.
 */
package dev.civkit.widget;
