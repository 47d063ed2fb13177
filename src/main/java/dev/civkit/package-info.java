/**
 * The entry points: {@link dev.civkit.Civkit}, the static verbs JShell and notebooks import
 * ({@code workflow()}, {@code sweep(…)}, {@code budget()}, {@code resume()}, {@code help()}, …) on the
 * session the environment describes, and {@link dev.civkit.WithCivkit}, the same verbs on a session you
 * name ({@code Civkit.on(session).workflow()…}). A user writes from here first; everything else is
 * reached through what these verbs return.
 */
package dev.civkit;
