package dev.civkit.sandbox;

import static dev.civkit.sandbox.Http.*;

import com.sun.net.httpserver.HttpExchange;
import dev.civkit.json.Json;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import tools.jackson.databind.node.ObjectNode;

/**
 * The blob endpoints: GetBlob (a redirect to a signed URL), the signed URL's content,
 * UploadConsumerBlob and its presigned URL. Uploads are input images: PNG, JPEG, WebP or GIF up
 * to {@value #MAX_UPLOAD_BYTES} bytes, sent as multipart/form-data (first file part) or as the
 * raw body with an image Content-Type. 400 no file, 413 too large, 415 not an image type, 422
 * bytes that are not the image they claim to be.
 */
final class BlobEndpoints {
    static final int MAX_UPLOAD_BYTES = 4 * 1024 * 1024;
    static final Duration UPLOAD_URL_TTL = Duration.ofMinutes(15);
    static final String UPLOAD_CLAIM = "upload-";
    private static final Map<String, String> TYPES = Map.of("image/png", "png", "image/jpeg", "jpeg", "image/jpg", "jpeg",
            "image/webp", "webp", "image/gif", "gif");

    /** The live profile answers GetBlob with each redirect status in turn, every other one relative. */
    private static final int[] REDIRECTS = {302, 307, 301, 308};

    private final BlobStore blobs;
    private final BlobSigner signer;
    private final BlobLinks.Cdn cdn;
    private final AtomicInteger redirects = new AtomicInteger();
    private final Faults faults;

    /** @param cdn the live profile's blob host, or null */
    BlobEndpoints(BlobStore blobs, BlobSigner signer, BlobLinks.Cdn cdn, Faults faults) {
        this.blobs = blobs;
        this.faults = faults;
        this.signer = signer;
        this.cdn = cdn;
    }

    /** GET /blobs/{id}: a redirect to a fresh signed URL (HEAD: whether the blob exists). */
    void getBlob(HttpExchange ex, String blobId, boolean head, BlobLinks links) {
        if (blobs.entry(blobId) == null) throw ApiProblem.notFound("Blob " + blobId + " does not exist.");
        if (head) {
            sendEmpty(ex, 204);
            return;
        }
        ex.getResponseHeaders().set("Cache-Control", "no-store");
        if (cdn == null) {
            ex.getResponseHeaders().set("Location", links.signedUrl(blobId, links.nextExpiry()));
            sendEmpty(ex, 307);
            return;
        }
        int n = redirects.getAndIncrement();
        Instant exp = links.nextExpiry();
        String absolute = links.signedUrl(blobId, exp);
        // Relative to this server: a client must resolve it against the URL it asked, not the blob host.
        ex.getResponseHeaders().set("Location", n % 2 == 0 ? links.contentUrl(blobId, exp) : absolute.substring(links.base().length()));
        sendEmpty(ex, REDIRECTS[n % REDIRECTS.length]);
    }

    /** A signed URL's bytes, while its signature holds. */
    void content(HttpExchange ex, String token, boolean head) {
        BlobSigner.Verified v = signer.verify(decode(token), Instant.now());
        if (v == null || blobs.entry(v.blobId()) == null)
            throw new ApiProblem(403, "Forbidden", "The signed blob URL is invalid or has expired; refetch the workflow or call GetBlob for a fresh one.");
        BlobStore.Entry entry = blobs.entry(v.blobId());
        byte[] bytes = blobs.bytes(v.blobId());
        ex.getResponseHeaders().set("Content-Type", entry.contentType());
        long maxAge = Math.max(0, Duration.between(Instant.now(), v.expiresAt()).toSeconds());
        ex.getResponseHeaders().set("Cache-Control", "private, max-age=" + maxAge);
        try {
            if (head) {
                ex.getResponseHeaders().set("Content-Length", String.valueOf(bytes.length));
                ex.sendResponseHeaders(200, -1);
                return;
            }
            sendContent(ex, bytes, faults);
        } catch (IOException e) {
            // the client went away mid-download; nothing to answer
        }
    }

    /** GET /blobs/upload: a URL that uploads without the bearer token until it expires. */
    void uploadUrl(HttpExchange ex, String base) {
        Instant exp = Instant.now().plus(UPLOAD_URL_TTL).truncatedTo(ChronoUnit.SECONDS);
        String sig = signer.sign(UPLOAD_CLAIM + UUID.randomUUID(), exp);
        ObjectNode body = Json.object();
        body.put("uploadUrl", base + "/v2/consumer/blobs?sig=" + URLEncoder.encode(sig, StandardCharsets.UTF_8));
        body.put("expiresAt", exp.toString());
        sendJson(ex, 200, body);
    }

    /** POST (or PUT, for a presigned URL) /blobs: 201 with the Blob, its signed URL usable as an input image. */
    void upload(HttpExchange ex, BlobLinks links) {
        String declared = ex.getRequestHeaders().getFirst("Content-Type");
        String length = ex.getRequestHeaders().getFirst("Content-Length");
        if (length != null && length.strip().matches("[0-9]{1,18}") && Long.parseLong(length.strip()) > MAX_UPLOAD_BYTES + 64 * 1024L)
            throw tooLarge();
        byte[] body = readCapped(ex);
        String type;
        byte[] bytes;
        String mediaType = declared == null ? "" : declared.split(";")[0].strip().toLowerCase(Locale.ROOT);
        if (mediaType.equals("multipart/form-data")) {
            String boundary = Multipart.boundary(declared);
            Multipart.Part part = boundary == null ? null : Multipart.firstFile(body, boundary);
            if (part == null || part.bytes().length == 0)
                throw ApiProblem.validation("file", "Send the image as a multipart/form-data file part (for example named \"file\").");
            type = part.contentType() == null ? "" : part.contentType().split(";")[0].strip().toLowerCase(Locale.ROOT);
            bytes = part.bytes();
        } else {
            if (body.length == 0) throw ApiProblem.validation("file", "The upload is empty.");
            type = mediaType;
            bytes = body;
        }
        if (bytes.length > MAX_UPLOAD_BYTES) throw tooLarge();
        String format = TYPES.get(type);
        if (format == null)
            throw new ApiProblem(415, "Unsupported Media Type", "Uploads must be image/png, image/jpeg, image/webp or image/gif, got "
                    + (type.isEmpty() ? "no content type" : type) + ".");
        if (!format.equals(sniff(bytes)))
            throw new ApiProblem(422, "Unprocessable Content", "The file is declared " + type + " but its bytes are not a " + format.toUpperCase(Locale.ROOT) + " image.");
        int[] size = dimensions(bytes);
        if (size[0] == 0 && !format.equals("webp"))
            throw new ApiProblem(422, "Unprocessable Content", "The " + format.toUpperCase(Locale.ROOT) + " image could not be decoded (truncated or corrupt).");
        String canonical = type.equals("image/jpg") ? "image/jpeg" : type;
        String id = blobs.register(canonical, size[0], size[1], () -> bytes);
        ObjectNode blob = Json.object();
        blob.put("type", "image");
        blob.put("id", id);
        blob.put("available", true);
        if (size[0] > 0) {
            blob.put("width", size[0]);
            blob.put("height", size[1]);
        }
        links.decorate(blob);
        ex.getResponseHeaders().set("Location", "/v2/consumer/blobs/" + id);
        sendJson(ex, 201, blob);
    }

    private static byte[] readCapped(HttpExchange ex) {
        try (InputStream in = ex.getRequestBody()) {
            byte[] b = in.readNBytes(MAX_UPLOAD_BYTES + 64 * 1024 + 1);
            if (b.length > MAX_UPLOAD_BYTES + 64 * 1024) throw tooLarge();
            return b;
        } catch (IOException e) {
            throw ApiProblem.validation("file", "The upload could not be read.");
        }
    }

    private static ApiProblem tooLarge() {
        return new ApiProblem(413, "Content Too Large", "An upload may be at most " + MAX_UPLOAD_BYTES + " bytes (4 MiB); scale the image down.");
    }

    /** The format the magic bytes say, or null. */
    static String sniff(byte[] b) {
        if (b.length >= 8 && (b[0] & 0xFF) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G') return "png";
        if (b.length >= 3 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xD8 && (b[2] & 0xFF) == 0xFF) return "jpeg";
        if (b.length >= 6 && b[0] == 'G' && b[1] == 'I' && b[2] == 'F' && b[3] == '8') return "gif";
        if (b.length >= 12 && b[0] == 'R' && b[1] == 'I' && b[2] == 'F' && b[3] == 'F' && b[8] == 'W' && b[9] == 'E' && b[10] == 'B' && b[11] == 'P') return "webp";
        return null;
    }

    /** Width and height where the JDK can read the image (not WebP); 0 x 0 otherwise. */
    private static int[] dimensions(byte[] bytes) {
        try {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(bytes));
            return img == null ? new int[] {0, 0} : new int[] {img.getWidth(), img.getHeight()};
        } catch (IOException | RuntimeException e) {
            return new int[] {0, 0};
        }
    }
}
