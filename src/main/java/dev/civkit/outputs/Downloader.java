package dev.civkit.outputs;

import dev.civkit.client.ApiException;
import dev.civkit.client.Blob;
import dev.civkit.client.CivitaiClient;
import dev.civkit.client.Workflow;
import dev.civkit.json.Json;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Saves a workflow's outputs into one folder with a {@code workflow.json} sidecar (request, final
 * workflow, cost, files). Bytes land in a temporary file, are verified, then renamed, so an
 * interrupted or corrupt download never looks like an output. Expired URLs are renewed through
 * GetBlob.
 */
public final class Downloader {
    public static final String SIDECAR = "workflow.json";
    private static final int TRIES = 3;

    private final CivitaiClient client;

    public Downloader(CivitaiClient client) {
        this.client = client;
    }

    public DownloadResult download(Workflow workflow, JsonNode request, Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output folder " + dir + ": " + e.getMessage(), e);
        }
        Map<String, Path> already = previouslySaved(dir);
        List<SavedFile> saved = new ArrayList<>();
        List<DownloadResult.Missing> missing = new ArrayList<>();
        Map<String, Integer> counters = new HashMap<>();
        for (Output o : Outputs.find(workflow)) {
            String key = o.stepName() + "/" + o.kind();
            int n = counters.merge(key, 1, Integer::sum) - 1;
            Blob b = o.blob();
            if (Boolean.FALSE.equals(b.available())) {
                missing.add(new DownloadResult.Missing(o, b.blockedReason() != null
                        ? "blocked: " + b.blockedReason() : "not available (yet): refetch the workflow later"));
                continue;
            }
            try {
                Path existing = already.get(b.id());
                saved.add(existing != null && Files.isRegularFile(existing)
                        ? describe(existing, o, probeType(existing))
                        : fetch(o, dir, FileNames.base(o, n)));
            } catch (RuntimeException e) {
                missing.add(new DownloadResult.Missing(o, e.getMessage()));
            }
        }
        writeSidecar(dir, workflow, request, saved, missing);
        return new DownloadResult(saved, missing);
    }

    private SavedFile fetch(Output o, Path dir, String base) {
        Blob b = o.blob();
        String url = usable(b) ? b.url() : null;
        RuntimeException last = null;
        for (int attempt = 0; attempt < TRIES; attempt++) {
            Path tmp = null;
            try {
                if (url == null) url = client.freshBlobUrl(b.id());
                tmp = Files.createTempFile(dir, ".part-", ".tmp");
                String type = client.downloadTo(url, tmp);
                SavedFile verified = verify(tmp, o, type);
                Path target = dir.resolve(base + "." + FileNames.extension(type, o.kind()));
                move(tmp, target);
                return new SavedFile(target, o, type, verified.bytes(), verified.width(), verified.height());
            } catch (ApiException e) {
                last = e;
                // A signed URL that stopped working is renewed; other errors are retried as they are.
                if (e.status() == 401 || e.status() == 403 || e.status() == 404 || e.status() == 410) url = null;
                else if (!e.isTransient()) break;
            } catch (IOException | RuntimeException e) {
                last = e instanceof RuntimeException r ? r : new UncheckedIOException(e.getMessage(), (IOException) e);
            } finally {
                if (tmp != null) deleteQuietly(tmp);
            }
        }
        throw new IllegalStateException("could not be saved after " + TRIES + " tries: "
                + (last == null ? "unknown error" : firstLine(last.getMessage())), last);
    }

    private static boolean usable(Blob b) {
        if (b.url() == null) return false;
        if (b.urlExpiresAt() == null) return true;
        try {
            return Instant.parse(b.urlExpiresAt()).isAfter(Instant.now().plusSeconds(5));
        } catch (DateTimeParseException e) {
            return true;
        }
    }

    private static SavedFile verify(Path file, Output o, String contentType) throws IOException {
        long size = Files.size(file);
        if (size == 0) throw new IOException("the server sent an empty file");
        boolean image = contentType != null ? contentType.startsWith("image/") : "image".equals(o.kind());
        if (image && contentType != null && ImageIO.getImageReadersByMIMEType(contentType).hasNext()) {
            BufferedImage img = ImageIO.read(file.toFile());
            if (img == null) throw new IOException("the bytes are not a decodable " + contentType + " image");
            return new SavedFile(file, o, contentType, size, img.getWidth(), img.getHeight());
        }
        return new SavedFile(file, o, contentType, size, null, null);
    }

    private static SavedFile describe(Path file, Output o, String contentType) {
        try {
            return verify(file, o, contentType);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String probeType(Path p) {
        String name = p.getFileName().toString();
        if (name.endsWith(".png")) return "image/png";
        if (name.endsWith(".jpg")) return "image/jpeg";
        try {
            return Files.probeContentType(p);
        } catch (IOException e) {
            return null;
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Blob id → file, from an earlier sidecar, so a second download() does not fetch again. */
    private static Map<String, Path> previouslySaved(Path dir) {
        Map<String, Path> map = new HashMap<>();
        Path sidecar = dir.resolve(SIDECAR);
        if (!Files.isRegularFile(sidecar)) return map;
        try {
            JsonNode files = Json.parse(Files.readAllBytes(sidecar)).path("files");
            for (JsonNode f : files) {
                String name = f.path("file").asString("");
                Path p = dir.resolve(name).normalize();
                if (!name.isEmpty() && p.startsWith(dir.normalize())) map.put(f.path("blobId").asString(""), p);
            }
        } catch (IOException | RuntimeException e) {
            // An unreadable sidecar only costs a fresh download.
        }
        return map;
    }

    private static void writeSidecar(Path dir, Workflow wf, JsonNode request, List<SavedFile> saved,
                                     List<DownloadResult.Missing> missing) {
        ObjectNode root = Json.object();
        root.put("workflowId", wf.id());
        root.put("status", wf.status());
        root.set("request", request == null ? Json.MAPPER.nullNode() : request.deepCopy());
        root.set("cost", wf.cost() == null ? Json.MAPPER.nullNode() : Json.tree(wf.cost()));
        ArrayNode files = root.putArray("files");
        for (SavedFile f : saved) {
            ObjectNode n = files.addObject();
            n.put("file", f.path().getFileName().toString());
            n.put("blobId", f.output().blob().id());
            n.put("step", f.output().stepName());
            n.put("path", f.output().path());
            n.put("contentType", f.contentType());
            n.put("bytes", f.bytes());
            if (f.width() != null) {
                n.put("width", f.width());
                n.put("height", f.height());
            }
        }
        ArrayNode miss = root.putArray("missing");
        for (DownloadResult.Missing m : missing) {
            miss.addObject().put("blobId", m.output().blob().id()).put("path", m.output().path()).put("reason", m.reason());
        }
        root.set("workflow", wf.toJsonNode());
        try {
            Path tmp = Files.createTempFile(dir, ".sidecar-", ".tmp");
            Files.writeString(tmp, Json.pretty(root));
            move(tmp, dir.resolve(SIDECAR));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + dir.resolve(SIDECAR) + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a stray .part file is harmless and never taken for an output
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
