/**
 * The rules a request keeps before anything is sent: size and count limits, ids, text that can be
 * encoded, {@code $ref}s that point at earlier steps, callbacks, local files, and the checks pasted or
 * filed JSON gets ({@link dev.civkit.request.StrictJson}, {@link dev.civkit.request.Templates}). A bad
 * value ends here as an {@link dev.civkit.request.InvalidRequestException} naming the field and the rule;
 * that exception is what a user catches or reads.
 */
package dev.civkit.request;
