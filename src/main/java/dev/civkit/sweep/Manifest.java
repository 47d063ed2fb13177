package dev.civkit.sweep;

import dev.civkit.session.Session;
import dev.civkit.json.Json;
import java.io.BufferedOutputStream;
import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
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
 * {@value #LOG}. A run killed at any point leaves both; {@link #read} lays the
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
            // Only cells without a row read their news from the log: at the end of a run that is none of them.
            Map<Integer, JsonNode> log = log(dir.resolve(FILE), i -> i >= rows.size() || rows.get(i) == null);
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

    /** The log's last word on each {@code wanted} cell, by index; lines that do not parse (a torn last one) are skipped. */
    private static Map<Integer, JsonNode> log(Path manifestFile, IntPredicate wanted) throws IOException {
        Map<Integer, JsonNode> last = new HashMap<>();
        Path log = manifestFile.resolveSibling(LOG);
        if (!Files.isRegularFile(log)) return last;
        try (BufferedReader in = Files.newBufferedReader(log, StandardCharsets.UTF_8)) {
            for (String line; (line = in.readLine()) != null; ) {
                try {
                    JsonNode n = Json.parse(line);
                    if (n.path("index").isInt() && wanted.test(n.path("index").asInt())) last.put(n.path("index").asInt(), n);
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

    /**
     * A manifest read back: the plan it describes, prices included, so it can run again, and the
     * cells that already have a live or finished workflow (index → workflow id), by the log's last word.
     */
    record Restored(SweepPlan plan, Map<Integer, String> existing) {}

    /**
     * Reads a manifest a cell at a time: what it keeps of a cell is its values, price, existing
     * workflow id and its request as compact JSON text (a tree is built when the cell is sent or
     * written down), so a ten-thousand-cell manifest is never one tree in memory.
     */
    static Restored read(Session session, Path file) {
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file));
             JsonParser p = Json.MAPPER.createParser(in)) {
            Map<Integer, JsonNode> log = log(file, i -> true);
            if (p.nextToken() != JsonToken.START_OBJECT) throw notAManifest(file);
            String id = "";
            List<String> dims = new ArrayList<>();
            List<Cell> cells = new ArrayList<>();
            List<byte[]> requests = new ArrayList<>();
            double[] prices = new double[64];
            Map<Integer, String> existing = new LinkedHashMap<>();
            boolean sawCells = false;
            while (p.nextToken() == JsonToken.PROPERTY_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "sweepId" -> id = value == JsonToken.VALUE_STRING ? p.getString() : "";
                    case "dimensions" -> p.<JsonNode>readValueAsTree().forEach(d -> dims.add(d.asString()));
                    case "cells" -> {
                        if (value != JsonToken.START_ARRAY) throw notAManifest(file);
                        sawCells = true;
                        while (p.nextToken() == JsonToken.START_OBJECT) {
                            JsonNode c = p.readValueAsTree();
                            int index = c.path("index").asInt();
                            Map<String, Object> values = new LinkedHashMap<>();
                            c.path("values").properties().forEach(e -> values.put(e.getKey(), Json.convert(e.getValue(), Object.class)));
                            cells.add(new Cell(index, values));
                            ObjectNode request = (ObjectNode) c.path("request");
                            JsonNode news = log.get(index);
                            // The key the log says the cell was last sent under (a retry's) is the one to resend.
                            if (news != null && news.path("key").isString()) request.put("externalId", news.path("key").asString());
                            requests.add(Json.MAPPER.writeValueAsBytes(request));
                            if (requests.size() > prices.length) prices = Arrays.copyOf(prices, prices.length * 2);
                            prices[requests.size() - 1] = c.path("price").asDouble();
                            JsonNode last = news != null ? news : c;
                            String workflowId = last.path("workflowId").asString("");
                            if (!workflowId.isEmpty() && !ended(last.path("status").asString(""))) existing.put(index, workflowId);
                        }
                    }
                    default -> p.skipChildren();
                }
            }
            if (id.isEmpty() || !sawCells) throw notAManifest(file);
            SweepPlan plan = SweepPlan.restored(new Sweep(session, null, id, true), session, cells,
                    i -> (ObjectNode) Json.parse(requests.get(i)), Arrays.copyOf(prices, cells.size()), dims);
            return new Restored(plan, existing);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read sweep manifest " + file + ": " + e.getMessage(), e);
        } catch (JacksonException e) {
            throw new IllegalArgumentException(file + " is not a civkit sweep manifest: " + e.getOriginalMessage(), e);
        }
    }

    private static boolean ended(String status) {
        return status.equals("failed") || status.equals("expired") || status.equals("canceled") || status.equals("error");
    }

    private static IllegalArgumentException notAManifest(Path file) {
        return new IllegalArgumentException(file + " is not a civkit sweep manifest (no sweepId or cells)");
    }
}
