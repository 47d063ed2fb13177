package dev.civkit.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.civkit.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/**
 * Each notebook is a lesson an instructor can run with a real token: it says first what it teaches and
 * what it may cost, sets a budget before anything can be paid for, has a cell for the student to change,
 * and ends with a summary naming the next notebook.
 */
@Tag("unit")
class NotebookStructureTest {
    /** What sends a paid request: a submission, a sweep or replay run, a recipe, a resume. */
    private static final Pattern PAYS = Pattern.compile("\\.submit\\(|\\.run\\(\\)|\\breplay\\(|\\brecipe\\(|\\bresume\\(\\)");
    private static final Pattern NEXT = Pattern.compile("\\*\\*Next:\\*\\*[^`]*`(\\d\\d-[a-z0-9-]+)`");

    record Cell(String type, String source) {}

    static Stream<Path> notebooks() throws Exception {
        try (Stream<Path> s = Files.list(Path.of("notebooks"))) {
            List<Path> all = s.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
            assertFalse(all.isEmpty(), "no notebooks in notebooks/");
            return all.stream();
        }
    }

    static List<Cell> cells(Path notebook) throws Exception {
        List<Cell> cells = new ArrayList<>();
        for (JsonNode c : Json.parse(Files.readAllBytes(notebook)).path("cells")) {
            JsonNode src = c.path("source");
            StringBuilder text = new StringBuilder();
            if (src.isArray()) for (JsonNode line : src) text.append(line.asString());
            else text.append(src.asString(""));
            cells.add(new Cell(c.path("cell_type").asString(), text.toString()));
        }
        return cells;
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void firstCellSaysWhatYouWillLearnAndWhatItMayCost(Path notebook) throws Exception {
        Cell first = cells(notebook).get(0);
        assertEquals("markdown", first.type(), notebook + ": the first cell must be the lesson's introduction");
        assertTrue(first.source().contains("What you will learn"), notebook + ": no learning goals in the first cell");
        assertTrue(first.source().contains("What it may cost with a token"), notebook + ": the first cell must say what it may cost");
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void aBudgetIsSetBeforeAnythingIsSent(Path notebook) throws Exception {
        List<Cell> cells = cells(notebook);
        int budget = -1;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (!c.type().equals("code")) continue;
            int setAt = c.source().indexOf("budget(");
            Matcher pays = PAYS.matcher(c.source());
            if (pays.find()) {
                assertTrue(budget >= 0 || (setAt >= 0 && setAt < pays.start()),
                        notebook + ": cell " + i + " sends a request before any budget(…) is set:\n" + c.source());
                return;
            }
            if (setAt >= 0 && c.source().matches("(?s).*budget\\(\\s*\\d.*")) budget = i;
        }
        assertTrue(budget >= 0, notebook + " sets no budget");
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void hasAnExerciseWithABlankToFill(Path notebook) throws Exception {
        List<Cell> cells = cells(notebook);
        boolean found = false;
        for (int i = 0; i + 1 < cells.size(); i++) {
            if (!cells.get(i).type().equals("markdown") || !cells.get(i).source().contains("Try it yourself")) continue;
            Cell next = cells.get(i + 1);
            // The blank is a variable with a default, marked for the student, so the cell still runs headlessly.
            if (next.type().equals("code") && next.source().contains("// ←")) found = true;
        }
        assertTrue(found, notebook + ": no \"Try it yourself\" cell followed by code with a \"// ←\" blank to fill");
    }

    @ParameterizedTest
    @MethodSource("notebooks")
    void endsWithASummaryNamingTheNextNotebook(Path notebook) throws Exception {
        List<Cell> cells = cells(notebook);
        Cell last = cells.get(cells.size() - 1);
        assertEquals("markdown", last.type(), notebook + ": the last cell must be the summary");
        assertTrue(last.source().startsWith("## Summary"), notebook + ": the last cell must start with ## Summary");
        Matcher next = NEXT.matcher(last.source());
        assertTrue(next.find(), notebook + ": the summary must name the next notebook as **Next:** `NN-name`");
        Path named = notebook.resolveSibling(next.group(1) + ".ipynb");
        assertTrue(Files.isRegularFile(named), notebook + " names " + named + ", which does not exist");
        assertFalse(named.equals(notebook), notebook + " names itself as the next notebook");
    }
}
