package dev.civkit.client;

import dev.civkit.request.InvalidRequestException;
import dev.civkit.request.LocalFiles;
import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.imageio.ImageIO;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The blob endpoints (HeadBlob, GetBlob, UploadConsumerBlob direct or presigned,
 * GetConsumerBlobUploadUrl) and fetching a blob's content from wherever it is served.
 */
final class BlobCalls {
    /** Live GetBlob answers one redirect; a chain longer than this is a loop or a trap. */
    static final int MAX_REDIRECTS = 5;
    private final Transport t;
    private final Map<Duration, okhttp3.OkHttpClient> byStall = new ConcurrentHashMap<>();

    BlobCalls(Transport t) {
        this.t = t;
    }

    boolean exists(String blobId) {
        Request req = new Request.Builder().url(blob(blobId)).head().build();
        try {
            t.noContent("HeadBlob", req, true, null);
            return true;
        } catch (ApiException e) {
            if (e.status() == 404) return false;
            throw e;
        }
    }

    HttpUrl blob(String blobId) {
        return t.url("v2", "consumer", "blobs", CivitaiClient.requireId(blobId, "blobId")).build();
    }

    /** GetBlob without following: where the API points for this blob now. */
    String freshUrl(String blobId) {
        Request req = RequestPolicy.tag(new Request.Builder().url(blob(blobId)).get().build(), true, 0);
        try (Response r = t.send("GetBlob", req, null)) {
            String location = r.header("Location");
            if (r.isRedirect() && location != null) {
                HttpUrl resolved = r.request().url().resolve(location);
                if (resolved == null) throw new IllegalStateException("GetBlob redirected to a URL that is not http(s); refused");
                return resolved.toString();
            }
            // A server that answers the bytes directly is fine too: the request URL is the content URL.
            return r.request().url().toString();
        }
    }

    /**
     * Streams a blob's content into {@code target} (replacing it). Redirects are followed here, to
     * http(s) only and at most {@link #MAX_REDIRECTS} hops, a relative Location resolved against
     * the hop that sent it; a 3xx is never taken for content. Signals an expired or forbidden URL
     * as ApiException 403/404/410 so the caller can renew it.
     */
    Fetched download(HttpUrl url, Path target, Deadline deadline, TransferLimits limits) {
        RetryPolicy policy = t.config.retry();
        for (int failed = 0; ; ) {
            Duration pause;
            try {
                return downloadOnce(url, target, deadline, limits);
            } catch (ApiException e) {
                if (!e.isTransient() || ++failed >= policy.maxTries()) throw e;
                pause = policy.delay(failed, e.retryAfter());
                if (pause.compareTo(deadline.remaining()) > 0) throw e;
            } catch (RepeatableFault e) {
                if (e.getCause() instanceof SocketTimeoutException)
                    throw new UncheckedIOException(new IOException("abandoned: the server stalled (no answer for "
                            + limits.stall().toSeconds() + " s); try download() again later", e));
                if (++failed >= policy.maxTries()) throw e;
                pause = policy.delay(failed, null);
                if (pause.compareTo(deadline.remaining()) > 0) throw e;
            }
            t.retries.incrementAndGet();
            try {
                t.clock.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new CallInterruptedException("Download", e);
            }
        }
    }

    /**
     * One transfer, redirects and all. Its requests are not repeated by the transport: a body can
     * break off after its headers, which only this loop sees, so this is the one place a download
     * is tried again (under the same {@link RetryPolicy}).
     */
    private Fetched downloadOnce(HttpUrl url, Path target, Deadline deadline, TransferLimits limits) {
        okhttp3.OkHttpClient client = byStall.computeIfAbsent(limits.stall(), d -> t.http.newBuilder().readTimeout(d).build());
        HttpUrl u = url;
        for (int hop = 0; ; hop++) {
            Request req = RequestPolicy.tag(new Request.Builder().url(u).get().build(), false, 0);
            Response r = t.send("Download", req, deadline, client);
            try {
                if (!r.isRedirect()) {
                    if (r.code() / 100 == 3)
                        throw new IllegalStateException("HTTP " + r.code() + " from " + Transport.redact(u) + " is not content");
                    return copy(r, u, target, deadline, limits);
                }
                if (hop >= MAX_REDIRECTS)
                    throw new IllegalStateException("more than " + MAX_REDIRECTS + " redirects from " + Transport.redact(url)
                            + " (a redirect loop?); try again later");
                String location = r.header("Location");
                if (location == null || location.isBlank())
                    throw new IllegalStateException("HTTP " + r.code() + " from " + Transport.redact(u) + " without a Location: no content");
                HttpUrl next = u.resolve(location.strip());
                if (next == null) throw new IllegalStateException("redirected to a URL that is not http(s); refused");
                u = next;
            } finally {
                r.close();
            }
        }
    }

    private Fetched copy(Response r, HttpUrl u, Path target, Deadline deadline, TransferLimits limits) {
        ResponseBody body = r.body();
        long expected = body.contentLength();
        RateFloor floor = new RateFloor(limits, t.clock.nanoTime());
        long copied = 0;
        try (InputStream in = body.byteStream();
             OutputStream out = Files.newOutputStream(target)) {
            byte[] buf = new byte[64 * 1024];
            for (int n; (n = in.read(buf)) >= 0; ) {
                out.write(buf, 0, n);
                copied += n;
                if (Thread.currentThread().isInterrupted())
                    throw new CallInterruptedException("Download", new InterruptedException("interrupted after " + copied + " bytes"));
                if (expected >= 0 && copied > expected) throw new IOException("the server sent more than the " + expected + " bytes it declared");
                if (floor.below(t.clock.nanoTime(), copied))
                    throw new IOException("abandoned: too slow (" + floor.bytesInWindow() + " bytes in the last " + floor.windowSeconds()
                            + " s, below the minimum of " + limits.floor() + "; " + copied + (expected >= 0 ? " of " + expected : "")
                            + " bytes arrived); try download() again later");
                if (deadline != null && deadline.passed())
                    throw new IOException("abandoned at the download's deadline after " + copied + (expected >= 0 ? " of " + expected : "") + " bytes");
            }
            if (expected >= 0 && copied != expected)
                throw new IOException("truncated download: " + copied + " of " + expected + " bytes");
        } catch (SocketTimeoutException e) {
            throw new UncheckedIOException(new IOException("abandoned: the transfer stalled (no bytes for " + limits.stall().toSeconds()
                    + " s after " + copied + (expected >= 0 ? " of " + expected : "") + " bytes); try download() again later", e));
        } catch (IOException e) {
            String why = e.getMessage() != null && (e.getMessage().startsWith("abandoned") || e.getMessage().startsWith("truncated")
                    || e.getMessage().startsWith("the server")) ? e.getMessage()
                    : "the transfer broke off after " + copied + " bytes (" + e.getMessage() + "); try download() again";
            if (deadline != null && deadline.passed() && !why.startsWith("abandoned"))
                why = "abandoned at the download's deadline after " + copied + (expected >= 0 ? " of " + expected : "") + " bytes";
            if (why.startsWith("the transfer broke off") || why.startsWith("truncated")) throw new RepeatableFault(why, new IOException(why, e));
            throw new UncheckedIOException(new IOException(why, e));
        }
        MediaType type = body.contentType();
        return new Fetched(type == null ? null : type.type() + "/" + type.subtype(), copied);
    }

    UploadUrl uploadUrl() {
        return t.json("GetConsumerBlobUploadUrl", new Request.Builder().url(t.url("v2", "consumer", "blobs", "upload").build()).get().build(),
                true, null, UploadUrl.class);
    }

    /** The file streams from disk as it is sent: no copy of it is held in memory. */
    Blob upload(Path file, String presignedUrl) {
        LocalFiles.regularFile(file, "upload(file)");
        String type = contentType(file);
        if (type.equals("application/octet-stream"))
            throw new InvalidRequestException("upload(file)", "the service takes images: PNG, JPEG, WebP or GIF, and "
                    + file.getFileName() + " is none of them by its first bytes or its name");
        return upload(RequestBody.create(file.toFile(), MediaType.get(type)), file.getFileName().toString(), presignedUrl);
    }

    /** Encoded as PNG: lossless, so the step sees exactly these pixels. */
    Blob upload(RenderedImage image, String presignedUrl) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "png", out)) throw new IllegalArgumentException("this image cannot be written as PNG");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return upload(out.toByteArray(), "image/png", "image.png", presignedUrl);
    }

    Blob upload(byte[] bytes, String contentType, String filename, String presignedUrl) {
        return upload(RequestBody.create(bytes, MediaType.get(contentType)), filename, presignedUrl);
    }

    private Blob upload(RequestBody file, String filename, String presignedUrl) {
        RequestBody form = new MultipartBody.Builder().setType(MultipartBody.FORM).addFormDataPart("file", filename, file).build();
        HttpUrl url = presignedUrl == null ? t.url("v2", "consumer", "blobs").build() : HttpUrl.parse(presignedUrl);
        if (url == null) throw new IllegalArgumentException("the upload URL is not an http(s) URL");
        // Not repeated: a second copy costs nothing but clutter, yet a POST is only repeated with a key.
        return t.json("UploadConsumerBlob", new Request.Builder().url(url).post(form).build(), false, null, Blob.class);
    }
    /** By the file's first bytes, else by its extension; octet-stream when neither says image. */
    static String contentType(Path file) {
        byte[] head = new byte[12];
        int n = 0;
        try (var in = Files.newInputStream(file)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException unreadable) {
            // judged by the name below; reading it for the upload will say what is wrong
        }
        String sniffed = n < 4 ? null : sniff(head, n);
        return sniffed != null ? sniffed : byName(file);
    }

    private static String sniff(byte[] b, int n) {
        if ((b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return "image/png";
        if ((b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) return "image/jpeg";
        if (b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') return "image/gif";
        if (n >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') return "image/webp";
        return null;
    }

    private static String byName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) return "image/png";
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) return "image/jpeg";
        if (name.endsWith(".webp")) return "image/webp";
        if (name.endsWith(".gif")) return "image/gif";
        return "application/octet-stream";
    }
}
