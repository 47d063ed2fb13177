package dev.civkit.sandbox;

import java.util.concurrent.ThreadLocalRandom;

/** ULID-shaped ids (48-bit millisecond time + 80 random bits, Crockford base32), so they sort by creation. */
final class Ids {
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private Ids() {}

    static String workflow() { return "wf_" + ulid(); }

    static String blob() { return "blob_" + ulid(); }

    static String job() { return "job_" + ulid(); }

    static String ulid() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        StringBuilder sb = new StringBuilder(26);
        encode(sb, System.currentTimeMillis() & 0xFFFF_FFFF_FFFFL, 10); // 48-bit time in 10 chars
        encode(sb, r.nextLong() & 0xFF_FFFF_FFFFL, 8);                   // 80 random bits as 2 x 40
        encode(sb, r.nextLong() & 0xFF_FFFF_FFFFL, 8);
        return sb.toString();
    }

    private static void encode(StringBuilder sb, long value, int chars) {
        for (int i = chars - 1; i >= 0; i--) sb.append(CROCKFORD[(int) ((value >>> (5 * i)) & 31)]);
    }

    static boolean isCrockford(String s) {
        String alphabet = new String(CROCKFORD);
        return s.chars().allMatch(c -> alphabet.indexOf(c) >= 0);
    }
}
