package dev.civkit.sweep;

import dev.civkit.session.Session;
import dev.civkit.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A sweep written down: the varied fields, every cell's values, request (with its idempotency
 * key), workflow id, status and files. Enough to replay the run, or to finish a half-done one
 * without paying again for what already succeeded.
 */
final class Manifest {
    static final String FILE = "manifest.json";

    private Manifest() {}

    static Path folder(Session session, String sweepId) {
        return session.outputRoot().resolve("sweeps").resolve(sweepId);
    }

    static void write(Path dir, SweepPlan plan, List<Row> rows) {
        ObjectNode root = Json.object();
        root.put("sweepId", plan.sweep().id());
        root.put("writtenAt", Instant.now().toString());
        plan.dimensions().forEach(root.putArray("dimensions")::add);
        root.set("template", template(plan));
        ArrayNode cells = root.putArray("cells");
        for (int i = 0; i < plan.size(); i++) {
            Cell c = plan.cells().get(i);
            ObjectNode n = cells.addObject();
            n.put("index", c.index());
            n.set("values", Json.tree(c.values()));
            n.put("price", plan.price(i));
            Row r = i < rows.size() ? rows.get(i) : null;
            // The key a cell was last sent under (a retry's new one included): what replay must resend.
            ObjectNode request = plan.requests().get(i).deepCopy();
            if (r != null && r.key() != null) request.put("externalId", r.key());
            n.set("request", request);
            if (r != null) {
                n.put("workflowId", r.workflowId());
                n.put("status", r.status());
                if (r.cost() != null) n.put("cost", r.cost());
                if (r.seconds() != null) n.put("seconds", r.seconds());
                ArrayNode files = n.putArray("files");
                r.files().forEach(f -> files.add(dir.toAbsolutePath().relativize(f.toAbsolutePath()).toString().replace('\\', '/')));
                if (r.reason() != null) n.put("reason", r.reason());
            }
        }
        try {
            Files.createDirectories(dir);
            Path tmp = Files.createTempFile(dir, ".manifest-", ".tmp");
            Files.writeString(tmp, Json.pretty(root));
            Files.move(tmp, dir.resolve(FILE), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the sweep manifest in " + dir + ": " + e.getMessage(), e);
        }
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

    /** Cell index → workflow id, for cells the manifest says already have a live or finished workflow. */
    static Map<Integer, String> existing(Path file) {
        Map<Integer, String> out = new LinkedHashMap<>();
        try {
            for (JsonNode c : Json.parse(Files.readAllBytes(file)).path("cells")) {
                String id = c.path("workflowId").asString("");
                String status = c.path("status").asString("");
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
        try {
            root = Json.parse(Files.readAllBytes(file));
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
        List<Double> prices = new ArrayList<>();
        for (JsonNode c : root.path("cells")) {
            Map<String, Object> values = new LinkedHashMap<>();
            c.path("values").properties().forEach(e -> values.put(e.getKey(), Json.convert(e.getValue(), Object.class)));
            cells.add(new Cell(c.path("index").asInt(), values));
            requests.add((ObjectNode) c.path("request"));
            prices.add(c.path("price").asDouble());
        }
        return SweepPlan.restored(new Sweep(session, null, id, true), session, cells, requests, prices, dims);
    }
}
