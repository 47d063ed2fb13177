package dev.civkit.outputs;

import dev.civkit.client.ApiException;
import dev.civkit.client.Blob;
import dev.civkit.client.CallInterruptedException;
import dev.civkit.client.CivitaiClient;
import dev.civkit.client.Clock;
import dev.civkit.client.Deadline;
import dev.civkit.client.Fetched;
import dev.civkit.client.Timestamps;
import dev.civkit.client.TransferLimits;
import dev.civkit.client.Workflow;
import dev.civkit.json.Json;
import dev.civkit.client.Cadence;
import dev.civkit.request.Text;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Saves a workflow's outputs into one folder with a {@code workflow.json} sidecar (request, final
 * workflow, cost, files). Bytes land in a temporary file, are verified to be whole and to be what
 * they claim ({@link Integrity}), then renamed, so an interrupted, corrupt or substituted download
 * never looks like an output. A blob the service has not released yet ({@code available: false}
 * without a working URL) is waited for by refetching the workflow until the deadline; an expired
 * URL is renewed through GetBlob. Each request is repeated only by the client's one retry policy.
 */
public final class Downloader {
    public static final String SIDECAR = "workflow.json";
    /** With no deadline given, how long to wait for outputs the service has not released yet. */
    public static final Duration DEFAULT_AVAILABILITY_WAIT = Duration.ofSeconds(60);

    private final CivitaiClient client;
    private final TransferLimits limits;
    private final Clock clock;
    private Function<String, String> fetchLater = id -> "workflow(\"" + id + "\").download()";

    public Downloader(CivitaiClient client) {
        this(client, TransferLimits.DEFAULT);
    }

    public Downloader(CivitaiClient client, TransferLimits limits) {
        this.client = client;
        this.limits = limits;
        this.clock = client.clock();
    }

    /** How an output the service has not released yet is fetched later, by workflow id: in the words of the caller's front end. */
    public Downloader fetchLaterWith(Function<String, String> hint) {
        this.fetchLater = hint;
        return this;
    }

    public DownloadResult download(Workflow workflow, JsonNode request, Path dir) {
        return download(workflow, request, dir, null);
    }

    /**
     * Saves every output, all over by {@code limit} (null: each file runs as long as it keeps
     * arriving under {@link TransferLimits}, and unreleased outputs are waited for up to
     * {@link #DEFAULT_AVAILABILITY_WAIT}).
     */
    public DownloadResult download(Workflow workflow, JsonNode request, Path dir, Duration limit) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create output folder " + dir + ": " + e.getMessage(), e);
        }
        Deadline overall = limit == null ? null : clock.after(limit);
        Deadline availability = overall != null ? overall : clock.after(DEFAULT_AVAILABILITY_WAIT);
        Map<String, Path> already = previouslySaved(dir);
        Set<String> reserved = new HashSet<>();
        already.values().forEach(p -> reserved.add(FileNames.stem(p.getFileName().toString())));
        FileNames names = new FileNames();
        Map<String, SavedFile> saved = new LinkedHashMap<>();
        Map<String, DownloadResult.Missing> missing = new LinkedHashMap<>();
        Map<String, String> baseOf = new HashMap<>();
        Workflow w = workflow;
        Cadence cadence = new Cadence();
        while (true) {
            List<Output> notYet = new ArrayList<>();
            for (Output o : Outputs.find(w)) {
                String id = o.blob().id();
                if (saved.containsKey(id)) continue;
                missing.remove(id);
                Path existing = already.get(id);
                if (existing != null && Files.isRegularFile(existing)) {
                    try {
                        Integrity.Verified v = Integrity.check(existing, null, o.kind());
                        saved.put(id, new SavedFile(existing, o, v.contentType(), Files.size(existing), v.width(), v.height()));
                        continue;
                    } catch (IOException damaged) {
                        // A damaged earlier copy is replaced under its own name, so the folder never holds both.
                        deleteQuietly(existing);
                        String name = existing.getFileName().toString();
                        int dot = name.lastIndexOf('.');
                        baseOf.put(id, dot < 0 ? name : name.substring(0, dot));
                    }
                }
                String base = baseOf.computeIfAbsent(id, k -> names.next(o, reserved));
                Attempt a = attempt(o, dir, base, overall);
                if (a.file != null) saved.put(id, a.file);
                else if (a.notReleased) notYet.add(o);
                else missing.put(id, new DownloadResult.Missing(o, a.reason));
            }
            if (notYet.isEmpty()) break;
            Duration pause = cadence.next();
            if (!w.isTerminal() || availability.remaining().compareTo(pause) < 0) {
                for (Output o : notYet) missing.put(o.blob().id(), new DownloadResult.Missing(o, unreleased(w, o)));
                break;
            }
            sleep(pause);
            w = refetch(w, availability);
            if (w == null) {
                for (Output o : notYet) missing.put(o.blob().id(), new DownloadResult.Missing(o, unreleased(workflow, o)));
                w = workflow;
                break;
            }
        }
        List<SavedFile> files = new ArrayList<>(saved.values());
        List<DownloadResult.Missing> lost = new ArrayList<>(missing.values());
        writeSidecar(dir, w, request, files, lost);
        return new DownloadResult(files, lost, w);
    }

    private String unreleased(Workflow w, Output o) {
        return "not available yet: the service has not released it"
                + (o.blob().blockedReason() == null ? "" : " (" + o.blob().blockedReason() + ")")
                + "; fetch it later with " + fetchLater.apply(w.id());
    }

    /** A terminal workflow answers a held read at once, so the caller paces these on the cadence. */
    private Workflow refetch(Workflow w, Deadline d) {
        try {
            return client.getWorkflow(w.id(), 0, d.within(Duration.ofSeconds(30))).workflow();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private void sleep(Duration d) {
        try {
            clock.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for outputs to be released", e);
        }
    }

    /** Either a saved file, a blob the service has not released, or a reason it could not be saved. */
    private record Attempt(SavedFile file, boolean notReleased, String reason) {}

    private Attempt attempt(Output o, Path dir, String base, Deadline overall) {
        Blob b = o.blob();
        boolean unreleased = Boolean.FALSE.equals(b.available());
        // The live service marks a blob unavailable while its URL may already serve: try it.
        String url = b.url() != null && fresh(b) ? b.url() : null;
        if (url == null && unreleased && b.blockedReason() != null)
            return new Attempt(null, false, "blocked by the service (" + b.blockedReason() + "); it will not be released");
        if (url == null && unreleased) return new Attempt(null, true, null);
        if (url == null) url = client.blobUrl(b.id());
        try {
            return new Attempt(fetch(o, dir, base, url, overall), false, null);
        } catch (ApiException e) {
            if (!expiredOrGone(e.status())) return new Attempt(null, false, Text.firstLine(e));
            if (unreleased) return new Attempt(null, true, null);
            if (url.equals(client.blobUrl(b.id()))) return new Attempt(null, false, "the service does not serve it (HTTP " + e.status() + ")");
        } catch (CallInterruptedException e) {
            throw e; // the person stopped it: no further files, nothing more to wait for
        } catch (RuntimeException e) {
            return new Attempt(null, false, Text.firstLine(e));
        }
        // The signed URL stopped working: ask the API for a fresh one (GetBlob redirects to it).
        try {
            return new Attempt(fetch(o, dir, base, client.blobUrl(b.id()), overall), false, null);
        } catch (ApiException e) {
            if (expiredOrGone(e.status())) return new Attempt(null, true, null);
            return new Attempt(null, false, Text.firstLine(e));
        } catch (CallInterruptedException e) {
            throw e;
        } catch (RuntimeException e) {
            return new Attempt(null, false, Text.firstLine(e));
        }
    }

    private static boolean expiredOrGone(int status) {
        return status == 401 || status == 403 || status == 404 || status == 410;
    }

    private SavedFile fetch(Output o, Path dir, String base, String url, Deadline overall) {
        Path tmp = null;
        try {
            tmp = Files.createTempFile(dir, ".part-", ".tmp");
            Fetched got = client.downloadTo(url, tmp, overall, limits);
            Integrity.Verified v;
            try {
                v = Integrity.check(tmp, got.contentType(), o.kind());
            } catch (IOException bad) {
                throw new IllegalStateException("not saved: " + bad.getMessage(), bad);
            }
            Path target = dir.resolve(base + "." + FileNames.extension(v.contentType(), o.kind()));
            move(tmp, target);
            tmp = null;
            return new SavedFile(target, o, v.contentType(), got.bytes(), v.width(), v.height());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write into " + dir + ": " + e.getMessage(), e);
        } finally {
            if (tmp != null) deleteQuietly(tmp);
        }
    }

    private boolean fresh(Blob b) {
        if (b.urlExpiresAt() == null) return true;
        Instant at = Timestamps.parse(b.urlExpiresAt());
        return at == null || at.isAfter(clock.now().plusSeconds(5));
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
                if (!name.isEmpty() && p.startsWith(dir.normalize()) && !p.equals(dir.normalize())) map.put(f.path("blobId").asString(""), p);
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
            // The blob as the service described it: its own width, height, preview URL and the rest.
            n.set("blob", Json.tree(f.output().blob()));
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
}
