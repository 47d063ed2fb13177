package dev.civkit.client;

import java.awt.image.RenderedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/** HeadBlob, UploadConsumerBlob (direct or through a presigned URL) and GetConsumerBlobUploadUrl. */
final class BlobCalls {
    private final CivitaiClient c;

    BlobCalls(CivitaiClient c) {
        this.c = c;
    }

    boolean exists(String blobId) {
        Request req = new Request.Builder().url(c.url("v2", "consumer", "blobs", CivitaiClient.requireId(blobId, "blobId")).build()).head().build();
        try {
            c.noContent("HeadBlob", req, true);
            return true;
        } catch (ApiException e) {
            if (e.status() == 404) return false;
            throw e;
        }
    }

    UploadUrl uploadUrl() {
        return c.json("GetConsumerBlobUploadUrl", new Request.Builder().url(c.url("v2", "consumer", "blobs", "upload").build()).get().build(),
                true, UploadUrl.class);
    }

    /** Streamed from disk: a large file never sits in the heap whole. */
    Blob upload(Path file, String presignedUrl) {
        long size = dev.civkit.request.LocalFiles.regularFile(file, "upload(file)");
        MediaType type = MediaType.get(contentType(file));
        RequestBody body = new RequestBody() {
            @Override
            public MediaType contentType() {
                return type;
            }

            @Override
            public long contentLength() {
                return size;
            }

            @Override
            public void writeTo(okio.BufferedSink sink) throws IOException {
                try (okio.Source src = okio.Okio.source(file)) {
                    sink.writeAll(src);
                }
            }
        };
        return upload(body, file.getFileName().toString(), presignedUrl);
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
        HttpUrl url = presignedUrl == null ? c.url("v2", "consumer", "blobs").build() : HttpUrl.parse(presignedUrl);
        if (url == null) throw new IllegalArgumentException("the upload URL is not an http(s) URL");
        Request req = new Request.Builder().url(url).post(form).build();
        // Retrying could store the file twice; a second copy costs nothing but clutter, yet keep it explicit.
        return c.retrying("UploadConsumerBlob", false, () -> {
            try (Response r = c.execute("UploadConsumerBlob", req)) {
                return dev.civkit.json.Json.MAPPER.readValue(r.body().string(), Blob.class);
            } catch (IOException e) {
                throw c.unreachable("UploadConsumerBlob", req, e);
            }
        });
    }

    /** By extension; anything else goes up as octet-stream and the server answers 415. */
    static String contentType(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png")) return "image/png";
        if (name.endsWith(".jpg") || name.endsWith(".jpeg")) return "image/jpeg";
        if (name.endsWith(".webp")) return "image/webp";
        if (name.endsWith(".gif")) return "image/gif";
        return "application/octet-stream";
    }
}
