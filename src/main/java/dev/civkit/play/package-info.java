/**
 * The prompt playground: {@link dev.civkit.play.Playground} puts one step's form, its price and the
 * results of each Generate in a notebook cell (or at a prompt), each Generate an ordinary submission,
 * and gives back the DSL line that sends the same request. A user writes {@code play(step)}.
 */
package dev.civkit.play;
