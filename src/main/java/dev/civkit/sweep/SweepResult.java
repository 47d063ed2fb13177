package dev.civkit.sweep;

import dev.civkit.display.Fit;
import dev.civkit.dsl.WorkflowBuilder;
import dev.civkit.request.InvalidRequestException;
import dev.civkit.request.Require;
import dev.civkit.session.Session;
import dev.civkit.display.Html;
import dev.civkit.display.StatusLine;
import dev.civkit.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The table a sweep produced: one row per cell with its values, status, cost, time and files.
 * Its data: {@link #rows()} (a row per cell), {@link #text()} (the whole table as a String),
 * {@link #toCsv()} and {@link #toJson()} (all rows, as text); {@code writeCsv()}/{@code writeJson()}
 * save those next to the manifest. {@code toString()} is one line; a run prints the table (its head and
 * tail with counts when long, as a notebook shows it); {@link #print()} prints it all. Draws a contact
 * sheet in pages.
 */
public final class SweepResult {
    /** JShell cuts a value over 1000 characters in the middle: show a screenful, print() shows all. */
    private final Session session;
    private final SweepPlan plan;
    private final List<Row> rows;
    private final Path dir;

    SweepResult(Session session, SweepPlan plan, List<Row> rows, Path dir) {
        this.session = session;
        this.plan = plan;
        this.rows = List.copyOf(rows);
        this.dir = dir;
    }

    public List<Row> rows() {
        return rows;
    }

    Session session() {
        return session;
    }

    /** The sweep's id, the name of its folder. */
    public String id() {
        return plan.sweep().id();
    }

    // --- picks: made by clicking in browse(), or here; read in the next cell with picked()

    /** Cell indexes picked, in the order they were picked: each pick is a person's decision, kept as made. */
    private final Set<Integer> picks = Collections.synchronizedSet(new LinkedHashSet<>());

    /**
     * A page-at-a-time view of the results with a filter per varied field and picks: in a notebook with
     * widgets a grid of thumbnails to click; elsewhere a card of the first page.
     */
    public Browser browse() {
        return new Browser(this, Browser.DEFAULT_PAGE);
    }

    /** As {@link #browse()}, {@code pageSize} cells a page (24 to 48 fit a screen). */
    public Browser browse(int pageSize) {
        return new Browser(this, pageSize);
    }

    /** The rows picked so far (in browse() or with pick), in the order they were picked. */
    public List<Row> picked() {
        synchronized (picks) {
            return picks.stream().map(rows::get).toList();
        }
    }

    public SweepResult pick(int... cells) {
        for (int c : cells) picks.add(cell(c));
        return this;
    }

    public SweepResult unpick(int... cells) {
        for (int c : cells) picks.remove(cell(c));
        return this;
    }

    public SweepResult clearPicks() {
        picks.clear();
        return this;
    }

    boolean togglePick(int cell) {
        synchronized (picks) {
            if (picks.remove(cell(cell))) return false;
            picks.add(cell);
            return true;
        }
    }

    boolean isPicked(int cell) {
        return picks.contains(cell);
    }

    private int cell(int c) {
        if (c < 0 || c >= rows.size())
            throw new InvalidRequestException("pick(cell)", "no cell " + c + "; this sweep has cells 0 to " + (rows.size() - 1));
        return c;
    }

    /**
     * The workflow of one cell, as it was sent (without its idempotency key): run it again, change
     * it with {@code variant(…)}, or sweep around it.
     */
    public WorkflowBuilder workflow(Row row) {
        Require.nonNull(row, "workflow(row)", "a row of this result, e.g. picked().get(0)");
        tools.jackson.databind.node.ObjectNode body = plan.requests().get(row.cell().index()).deepCopy();
        body.remove("externalId");
        return WorkflowBuilder.fromJson(session, Json.write(body));
    }

    /**
     * A new sweep over what was picked: the same workflow, each named field (all varied fields when
     * none are named) taking the values the picks have. Vary something new on it:
     * {@code result.sweepFromPicks("prompt").seeds(7, 8, 9).run()}.
     */
    public Sweep sweepFromPicks(String... fields) {
        List<Row> chosen = picked();
        if (chosen.isEmpty()) throw new InvalidRequestException("sweepFromPicks", "pick some cells first: browse(), or pick(0, 3)");
        List<String> keep = fields == null || fields.length == 0 ? plan.dimensions() : List.of(fields);
        for (String f : keep)
            if (!plan.dimensions().contains(f))
                throw new InvalidRequestException("sweepFromPicks", "\"" + f + "\" was not varied; the sweep varied " + plan.dimensions());
        WorkflowBuilder template = plan.sweep().template() != null ? plan.sweep().template() : workflow(chosen.get(0));
        Sweep next = new Sweep(session, template);
        if (plan.sweep().stepName() != null) next.step(plan.sweep().stepName());
        for (String f : keep) next.vary(f, chosen.stream().map(r -> r.cell().get(f)).distinct().toArray());
        return next;
    }

    public List<Row> failed() {
        return rows.stream().filter(r -> !r.succeeded()).toList();
    }

    public List<Row> succeeded() {
        return rows.stream().filter(Row::succeeded).toList();
    }

    public double spent() {
        return rows.stream().filter(r -> r.cost() != null).mapToDouble(Row::cost).sum();
    }

    /** The folder with the manifest, exports and contact sheet. */
    public Path folder() {
        return dir;
    }

    public Path manifest() {
        return dir.resolve(Manifest.FILE);
    }

    List<String> dimensions() {
        return plan.dimensions();
    }

    /**
     * Runs the cells that did not succeed, alone. A cell whose workflow ran and failed gets a new
     * key (the old one would answer the same failure back); a cell that never got an answer keeps
     * its key, so if the server did create it, it is answered rather than paid twice.
     */
    public SweepResult retryFailed() {
        List<Integer> which = new ArrayList<>();
        Map<Integer, String> keys = new HashMap<>();
        String suffix = "-r" + Long.toString(System.currentTimeMillis(), 36);
        double price = 0;
        for (int i = 0; i < rows.size(); i++) {
            Row r = rows.get(i);
            if (r != null && r.succeeded()) continue;
            which.add(i);
            keys.put(i, r == null ? plan.key(i) : r.ranAndFailed() ? r.key() + suffix : r.key());
            price += plan.price(i);
        }
        if (which.isEmpty()) return this;
        session.budget().check("Retrying " + which.size() + " cells", price);
        return new SweepRunner(session, plan, plan.concurrency()).run(which, rows, keys);
    }

    /**
     * The images in a grid labelled by the varied values, in pages of at most 4096 px a side saved
     * in {@code contact-sheet/} with an index; page 1 is drawn in the terminal and shown in a notebook.
     */
    public ContactSheet contactSheet() {
        ContactSheet sheet = ContactSheet.of(this, dir.resolve("contact-sheet"));
        session.terminalImages().draw(session.out(), sheet.file());
        return sheet;
    }

    /** Writes {@link #toCsv()} to results.csv next to the manifest. */
    public Path writeCsv() {
        return writeCsv(dir.resolve("results.csv"));
    }

    public Path writeCsv(Path file) {
        return write(file, toCsv());
    }

    /** The table as CSV (RFC 4180), a line per cell: all of it, whatever its length. */
    public String toCsv() {
        StringBuilder sb = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("cell"));
        header.addAll(plan.dimensions());
        header.addAll(List.of("workflowId", "status", "buzz", "seconds", "files", "reason"));
        sb.append(String.join(",", header.stream().map(SweepResult::csv).toList())).append('\n');
        for (Row r : rows) {
            List<String> cells = new ArrayList<>();
            cells.add(Integer.toString(r.cell().index()));
            for (String d : plan.dimensions()) cells.add(String.valueOf(r.cell().get(d)));
            cells.add(r.workflowId() == null ? "" : r.workflowId());
            cells.add(r.status());
            cells.add(r.cost() == null ? "" : StatusLine.buzz(r.cost()));
            cells.add(r.seconds() == null ? "" : String.format(Locale.ROOT, "%.1f", r.seconds()));
            cells.add(String.join(";", r.files().stream().map(Path::toString).toList()));
            cells.add(r.reason() == null ? "" : r.reason());
            sb.append(String.join(",", cells.stream().map(SweepResult::csv).toList())).append('\n');
        }
        return sb.toString();
    }

    /** Writes {@link #toJson()} to results.json next to the manifest. */
    public Path writeJson() {
        return writeJson(dir.resolve("results.json"));
    }

    public Path writeJson(Path file) {
        return write(file, toJson());
    }

    /** The table as a JSON array, an object per cell: all of it, whatever its length. */
    public String toJson() {
        ArrayNode arr = Json.array();
        for (Row r : rows) {
            ObjectNode n = arr.addObject();
            n.put("cell", r.cell().index());
            n.set("values", Json.tree(r.cell().values()));
            n.put("workflowId", r.workflowId());
            n.put("status", r.status());
            if (r.cost() != null) n.put("buzz", r.cost());
            if (r.seconds() != null) n.put("seconds", r.seconds());
            ArrayNode files = n.putArray("files");
            r.files().forEach(f -> files.add(f.toString()));
            if (r.reason() != null) n.put("reason", r.reason());
        }
        return Json.pretty(arr);
    }

    private static Path write(Path file, String text) {
        try {
            if (file.getParent() != null) Files.createDirectories(file.getParent());
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    /** RFC 4180 quoting: commas, quotes and newlines in prompts must not break the columns. */
    static String csv(String s) {
        if (s == null) return "";
        if (s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r")) return '"' + s.replace("\"", "\"\"") + '"';
        return s;
    }

    /** For notebooks: the table as HTML, with the text table as its twin. */
    public Map<String, Object> toMimeBundle() {
        StringBuilder h = new StringBuilder("<div style=\"font-family:sans-serif;font-size:13px\"><div>")
                .append(Html.esc(headline())).append("</div>")
                .append("<table style=\"border-collapse:collapse;margin-top:6px\"><tr>");
        List<String> header = new ArrayList<>(List.of("#"));
        header.addAll(plan.dimensions());
        header.addAll(List.of("status", "Buzz", "time", "workflow"));
        for (String c : header) h.append("<th style=\"text-align:left;padding:2px 8px;border-bottom:1px solid #ccc\">").append(Html.esc(c)).append("</th>");
        h.append("</tr>");
        Shown part = shown(false);
        for (int i = 0; i < part.rows().size(); i++) {
            if (i == part.head() && part.left() > 0)
                h.append("<tr><td colspan=\"").append(header.size()).append("\" style=\"padding:2px 8px;color:#777\">")
                        .append(Html.esc(part.leftOut())).append("</td></tr>");
            Row r = part.rows().get(i);
            h.append("<tr>").append(td(r.cell().index()));
            for (String d : plan.dimensions()) h.append(td(r.cell().get(d)));
            h.append(td(r.status() + (r.succeeded() || r.reason() == null ? "" : " (" + r.reason() + ")")))
                    .append(td(r.cost() == null ? "-" : StatusLine.buzz(r.cost())))
                    .append(td(r.seconds() == null ? "-" : String.format(Locale.ROOT, "%.1f s", r.seconds())))
                    .append(td(r.workflowId() == null ? "" : r.workflowId())).append("</tr>");
        }
        h.append("</table></div>");
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("text/plain", toString());
        b.put("text/html", h.toString());
        return b;
    }

    private static String td(Object v) {
        return "<td style=\"padding:2px 8px\">" + Html.esc(v) + "</td>";
    }

    /**
     * One line within JShell's 80 characters for a var: run(), replay() and retryFailed() print the table
     * themselves in a terminal, and a notebook renders it from the MIME bundle.
     */
    @Override
    public String toString() {
        String counts = succeeded().size() + " of " + rows.size() + " succeeded" + (failed().isEmpty() ? "" : ", " + failed().size() + " failed");
        return Fit.line(Fit.VAR, plan.sweep().id() + ": " + counts,
                StatusLine.buzz(Math.round(spent() * 100) / 100.0) + " Buzz", "print() shows the table");
    }

    /** The whole table: a line for each workflow of the sweep. */
    public String text() {
        return table(shown(true));
    }

    /** Tables longer than this show their first and last {@value #ENDS} rows, with counts of the rest. */
    static final int LONG = 40;
    static final int ENDS = 10;

    /** The rows a table shows: all, or the first {@code head} and as many last, {@code left} left out between. */
    private record Shown(List<Row> rows, int head, int left, String leftOut) {}

    private Shown shown(boolean whole) {
        if (whole || rows.size() <= LONG) return new Shown(rows, rows.size(), 0, null);
        List<Row> ends = new ArrayList<>(rows.subList(0, ENDS));
        ends.addAll(rows.subList(rows.size() - ENDS, rows.size()));
        List<Row> middle = rows.subList(ENDS, rows.size() - ENDS);
        long ok = middle.stream().filter(Row::succeeded).count();
        String counts = ok + " succeeded" + (ok == middle.size() ? "" : ", " + (middle.size() - ok) + " not");
        return new Shown(ends, ENDS, middle.size(), "... " + middle.size() + " rows more (" + counts + "): print() shows every row, "
                + "failed() lists the failed, writeCsv() writes them all");
    }

    /** The table as printed after a run: whole when short, else its head and tail with counts. */
    String shortText() {
        return table(shown(false));
    }

    private String headline() {
        return "sweep " + plan.sweep().id() + ": " + succeeded().size() + " succeeded, " + failed().size() + " failed of " + rows.size()
                + " | " + StatusLine.buzz(Math.round(spent() * 100) / 100.0) + " Buzz | manifest " + manifest();
    }

    private String table(Shown part) {
        List<String> header = new ArrayList<>(List.of("#"));
        header.addAll(plan.dimensions());
        header.addAll(List.of("status", "Buzz", "time", "files"));
        List<List<String>> table = new ArrayList<>();
        table.add(header);
        for (Row r : part.rows()) {
            List<String> line = new ArrayList<>();
            line.add(Integer.toString(r.cell().index()));
            for (String d : plan.dimensions()) line.add(shorten(String.valueOf(r.cell().get(d)), 32));
            line.add(r.status() + (r.reason() == null || r.succeeded() ? "" : " (" + shorten(r.reason(), 40) + ")"));
            line.add(r.cost() == null ? "-" : StatusLine.buzz(r.cost()));
            line.add(r.seconds() == null ? "-" : String.format(Locale.ROOT, "%.1f s", r.seconds()));
            line.add(Integer.toString(r.files().size()));
            table.add(line);
        }
        List<String> lines = new ArrayList<>(Tables.format(table).lines().toList());
        if (part.left() > 0) lines.add(1 + part.head(), part.leftOut());
        return (headline() + "\n" + String.join("\n", lines)).stripTrailing();
    }

    /** Prints every row. */
    public void print() {
        session.out().println(text());
    }

    private static String shorten(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max - 3) + "...";
    }

    /**
     * Runs every cell of a manifest again with its original idempotency key: the server answers
     * workflows that already exist (nothing is charged twice) and runs the ones that never got there.
     */
    public static SweepResult replay(Session session, Path manifest) {
        Manifest.Restored restored = Manifest.read(session, manifest);
        SweepPlan plan = restored.plan();
        Map<Integer, String> existing = restored.existing();
        List<Integer> all = new ArrayList<>();
        double toPay = 0;
        for (int i = 0; i < plan.size(); i++) {
            all.add(i);
            if (!existing.containsKey(i)) toPay += plan.price(i);
        }
        // Cells with a workflow are picked up by id (nothing to pay); only the others can cost anything.
        session.budget().check("Replaying " + (plan.size() - existing.size()) + " cells", toPay);
        return new SweepRunner(session, plan, Sweep.DEFAULT_CONCURRENCY).run(all, null, Map.of(), existing);
    }
}
