/**
 * The AIR value type ({@code urn:air:sdxl:checkpoint:civitai:101055@128078}): {@link dev.civkit.air.Air}
 * parses, checks and prints one, and {@link dev.civkit.air.MalformedAirException} says what is wrong with
 * a bad one. A user writes {@code air("…")} or passes AIR text to a builder, which checks it the same way.
 */
package dev.civkit.air;
