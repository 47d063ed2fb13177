package dev.civkit.sandbox;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongSupplier;

/** ULID-shaped ids (48-bit millisecond time + 80 random bits, Crockford base32), so they sort by creation. */
final class Ids {
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private Ids() {}

    private static final DateTimeFormatter LIVE_STAMP =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneOffset.UTC);

    static String workflow() { return "wf_" + ulid(); }

    static String blob() { return "blob_" + ulid(); }

    static String job() { return "job_" + ulid(); }

    /** As the live service writes them: a sequence number and a UTC time stamp, e.g. {@code 9005769-20260526010006655}. */
    static String workflow(Profile p, LongSupplier sequence) {
        if (!p.isLive()) return workflow();
        return sequence.getAsLong() + "-" + LIVE_STAMP.format(Instant.now());
    }

    /** Where a sandbox's live-shaped workflow numbers start: seven digits, as the live ones have. */
    static long firstLiveSequence() {
        return 9_000_000 + ThreadLocalRandom.current().nextInt(900_000);
    }

    /** Live blob ids name the job's output file: {@code 11c39c0a-b3b1-43d9-b758-e9188b2e3108-0.jpg}. */
    static String blob(Profile p, String extension) {
        return p.isLive() ? UUID.randomUUID() + "-0." + extension : blob();
    }

    static String job(Profile p) {
        return p.isLive() ? UUID.randomUUID().toString() : job();
    }

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
