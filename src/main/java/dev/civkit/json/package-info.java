/**
 * The one Jackson mapper the kit reads and writes JSON with ({@link dev.civkit.json.Json}), so requests,
 * answers, the journal and saved files agree on numbers, unknown fields and formatting. A user meets it
 * through {@code Json.write(…)}/{@code Json.tree(…)} when turning a value to JSON by hand.
 */
package dev.civkit.json;
