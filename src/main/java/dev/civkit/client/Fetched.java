package dev.civkit.client;

/** A downloaded body: its declared Content-Type (null when none) and the bytes written. */
public record Fetched(String contentType, long bytes) {}
