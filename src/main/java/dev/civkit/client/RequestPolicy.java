package dev.civkit.client;

import okhttp3.Request;

/**
 * Carried on a request as its tag: whether sending it twice is harmless, and how many bytes of a
 * success answer to hold in memory (0 = the caller streams the body itself).
 */
record RequestPolicy(boolean repeatable, long bodyLimit) {
    /** A workflow with many steps is large, but no honest answer comes near this. */
    static final long JSON_LIMIT = 16L << 20;

    static RequestPolicy of(Request r) {
        RequestPolicy p = r.tag(RequestPolicy.class);
        return p != null ? p : new RequestPolicy(idempotent(r.method()), JSON_LIMIT);
    }

    /** GET, HEAD, PUT and DELETE mean the same the second time; POST and PATCH need a key to say so. */
    static boolean idempotent(String method) {
        return switch (method) {
            case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
            default -> false;
        };
    }

    static Request tag(Request r, boolean repeatable, long bodyLimit) {
        return r.newBuilder().tag(RequestPolicy.class, new RequestPolicy(repeatable, bodyLimit)).build();
    }
}
