package dev.civkit.sweep;

import dev.civkit.session.Session;
import dev.civkit.json.Json;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A sweep written down: the varied fields, every cell's values, request (with its idempotency
 * key), workflow id, status and files. Enough to replay the run, or to finish a half-done one
 * without paying again for what already succeeded.
 *
 * <p>Written as it goes, in constant memory whatever the sweep's size: {@value #FILE} is streamed
 * cell by cell when a run starts (the plan) and when it ends (the results), and between the two
 * each cell's news (its workflow id once sent, its row once done) is one appended line of
 * {@value #LOG}. A run killed at any point leaves both; {@link #read} and {@link #existing} lay the
 * log over the manifest, so a replay picks up every workflow already made and pays for nothing twice.
 */
final class Manifest {
    static final String FILE = "manifest.json";
    static final String LOG = "cells.jsonl";

    private Manifest() {}

    static Path folder(Session session, String sweepId) {
        return session.outputRoot().resolve("sweeps").resolve(sweepId);
    }

    /** The manifest as a run starts: written unless one is there already (a replay or a retry keeps what it knows). */
    static void begin(Path dir, SweepPlan plan, List<Row> rows) {
        if (!Files.isRegularFile(dir.resolve(FILE))) write(dir, plan, rows);
    }

    /**
     * The whole manifest, streamed a cell at a time; the log it now contains goes. A cell with no
     * row here (a run stopped before it ended) keeps what the log said of it.
     */
    static void write(Path dir, SweepPlan plan, List<Row> rows) {
        try {
            Files.createDirectories(dir);
            Map<Integer, JsonNode> log = log(dir.resolve(FILE));
            Path tmp = Files.createTempFile(dir, ".manifest-", ".tmp");
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp));
                 JsonGenerator g = Json.MAPPER.writerWithDefaultPrettyPrinter().createGenerator(out)) {
                g.writeStartObject();
                g.writeStringProperty("sweepId", plan.sweep().id());
                g.writeStringProperty("writtenAt", Instant.now().toString());
                g.writeName("dimensions");
                g.writeStartArray();
                for (String d : plan.dimensions()) g.writeString(d);
                g.writeEndArray();
                g.writeName("template");
                g.writeTree(template(plan));
                g.writeName("cells");
                g.writeStartArray();
                for (int i = 0; i < plan.size(); i++) g.writeTree(cell(dir, plan, i, i < rows.size() ? rows.get(i) : null, log.get(i)));
                g.writeEndArray();
                g.writeEndObject();
            }
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.deleteIfExists(dir.resolve(LOG));
        } catch (IOException | JacksonException e) {
            throw new UncheckedIOException("cannot write the sweep manifest in " + dir + ": " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
        }
    }

    private static ObjectNode cell(Path dir, SweepPlan plan, int i, Row r, JsonNode news) {
        Cell c = plan.cells().get(i);
        ObjectNode n = Json.object();
        n.put("index", c.index());
        n.set("values", Json.tree(c.values()));
        n.put("price", plan.price(i));
        // The key a cell was last sent under (a retry's new one included): what replay must resend.
        ObjectNode request = plan.request(i);
        if (r != null && r.key() != null) request.put("externalId", r.key());
        else if (r == null && news != null && news.path("key").isString()) request.put("externalId", news.path("key").asString());
        n.set("request", request);
        if (r != null) {
            putRow(dir, n, r);
        } else if (news != null) {
            for (String f : List.of("workflowId", "status", "cost", "seconds", "files", "reason"))
                if (news.has(f)) n.set(f, news.get(f));
        }
        return n;
    }

    private static void putRow(Path dir, ObjectNode n, Row r) {
        n.put("workflowId", r.workflowId());
        n.put("status", r.status());
        if (r.cost() != null) n.put("cost", r.cost());
        if (r.seconds() != null) n.put("seconds", r.seconds());
        ArrayNode files = n.putArray("files");
        r.files().forEach(f -> files.add(dir.toAbsolutePath().relativize(f.toAbsolutePath()).toString().replace('\\', '/')));
        if (r.reason() != null) n.put("reason", r.reason());
    }

    /** One cell's news, appended as one line in one write: its workflow id once sent, under {@code key}. */
    static void sent(Path dir, int index, String key, String workflowId) {
        ObjectNode n = Json.object();
        n.put("index", index);
        n.put("key", key);
        n.put("workflowId", workflowId);
        n.put("status", "submitted");
        append(dir, n);
    }

    /** One cell's row once it is done, appended as one line in one write. */
    static void done(Path dir, int index, Row r) {
        ObjectNode n = Json.object();
        n.put("index", index);
        n.put("key", r.key());
        putRow(dir, n, r);
        append(dir, n);
    }

    private static void append(Path dir, ObjectNode line) {
        byte[] bytes = (Json.write(line) + "\n").getBytes(StandardCharsets.UTF_8);
        try {
            // One write to an O_APPEND file: lines from the sweep's threads never interleave, and a
            // killed process leaves whole lines behind (a torn last one is skipped when read).
            Files.write(dir.resolve(LOG), bytes, StandardOpenOption.CREATE, StandardOpenOption.APPEND, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot append to " + dir.resolve(LOG) + ": " + e.getMessage(), e);
        }
    }

    /** The log's last word on each cell, by index; lines that do not parse (a torn last one) are skipped. */
    private static Map<Integer, JsonNode> log(Path manifestFile) throws IOException {
        Map<Integer, JsonNode> last = new HashMap<>();
        Path log = manifestFile.resolveSibling(LOG);
        if (!Files.isRegularFile(log)) return last;
        try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                try {
                    JsonNode n = Json.parse(line);
                    if (n.path("index").isInt()) last.put(n.path("index").asInt(), n);
                } catch (JacksonException torn) {
                    // a line cut by a kill: the cell's earlier line, or the manifest, still holds
                }
            }
        }
        return last;
    }

    /** The request every cell starts from: the first cell's, without the varied fields and the key. */
    private static ObjectNode template(SweepPlan plan) {
        if (plan.size() == 0) return Json.object();
        ObjectNode t = plan.requests().get(0).deepCopy();
        t.remove("externalId");
        for (tools.jackson.databind.JsonNode step : t.path("steps")) {
            if (step.path("input") instanceof ObjectNode in) {
                for (String d : plan.dimensions()) {
                    if (in.has(d) && Json.tree(plan.cells().get(0).get(d)).equals(in.get(d))) in.remove(d);
                }
            }
        }
        return t;
    }

    /** Cell index → workflow id, for cells the manifest (and its log) say already have a live or finished workflow. */
    static Map<Integer, String> existing(Path file) {
        Map<Integer, String> out = new LinkedHashMap<>();
        try {
            Map<Integer, JsonNode> log = log(file);
            for (JsonNode c : Json.parse(Files.readAllBytes(file)).path("cells")) {
                JsonNode news = log.getOrDefault(c.path("index").asInt(), c);
                String id = news.path("workflowId").asString("");
                String status = news.path("status").asString("");
                boolean ended = status.equals("failed") || status.equals("expired") || status.equals("canceled") || status.equals("error");
                if (!id.isEmpty() && !ended) out.put(c.path("index").asInt(), id);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sweep manifest " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Rebuilds the plan a manifest describes, prices included, so it can run again. */
    static SweepPlan read(Session session, Path file) {
        JsonNode root;
        Map<Integer, JsonNode> log;
        try {
            root = Json.parse(Files.readAllBytes(file));
            log = log(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sweep manifest " + file + ": " + e.getMessage(), e);
        }
        String id = root.path("sweepId").asString("");
        if (id.isEmpty() || !root.path("cells").isArray())
            throw new IllegalArgumentException(file + " is not a civkit sweep manifest (no sweepId or cells)");
        List<String> dims = new ArrayList<>();
        root.path("dimensions").forEach(d -> dims.add(d.asString()));
        List<Cell> cells = new ArrayList<>();
        List<ObjectNode> requests = new ArrayList<>();
        double[] prices = new double[root.path("cells").size()];
        for (JsonNode c : root.path("cells")) {
            Map<String, Object> values = new LinkedHashMap<>();
            c.path("values").properties().forEach(e -> values.put(e.getKey(), Json.convert(e.getValue(), Object.class)));
            cells.add(new Cell(c.path("index").asInt(), values));
            ObjectNode request = (ObjectNode) c.path("request");
            // The key the log says the cell was last sent under (a retry's) is the one to resend.
            JsonNode news = log.get(c.path("index").asInt());
            if (news != null && news.path("key").isString()) request.put("externalId", news.path("key").asString());
            prices[requests.size()] = c.path("price").asDouble();
            requests.add(request);
        }
        return SweepPlan.restored(new Sweep(session, null, id, true), session, cells, requests, prices, dims);
    }
}
