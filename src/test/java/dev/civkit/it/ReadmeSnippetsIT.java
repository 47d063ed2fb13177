package dev.civkit.it;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every ```java block of README.md and then of the guide's pages (docs/jshell.md and docs/experiments.md first,
 * as their snippets build on each other, then the rest by name), typed into one JShell session against the
 * sandbox in order: each compiles and runs, and output the pages show (a plain block right after a java block,
 * or a comment that starts as the kit's own lines do) appears, with ids, numbers and folders left open. JShell
 * runs in a folder of its own, so files a snippet writes (the README saves a request as JSON) land there.
 */
class ReadmeSnippetsIT {
    private static final Pattern BLOCK = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern SHOWN_COMMENT = Pattern.compile("//\\s*((?:whatif:|sweep sweep-).*)$", Pattern.MULTILINE);

    @TempDir
    Path tmp;

    @Test
    void everyJavaSnippetRunsAndShowsWhatTheReadmeShows() throws Exception {
        StringBuilder readme = new StringBuilder();
        for (Path page : pages()) readme.append(Files.readString(page)).append('\n');
        StringBuilder input = new StringBuilder();
        List<String> shown = new ArrayList<>();
        Matcher m = BLOCK.matcher(readme);
        String previous = "";
        int blocks = 0;
        while (m.find()) {
            String lang = m.group(1), body = m.group(2);
            if (lang.equals("java")) {
                input.append(body).append('\n');
                blocks++;
                Matcher c = SHOWN_COMMENT.matcher(body);
                while (c.find()) shown.add(c.group(1).strip());
            } else if (lang.isEmpty() && previous.equals("java")) {
                body.lines().filter(l -> !l.isBlank()).forEach(l -> shown.add(l.strip()));
            }
            previous = lang;
        }
        assertTrue(blocks >= 5, "README's java blocks: " + blocks);
        input.append("/exit\n");
        Path startup = Processes.jar().resolveSibling("civkit.jsh");
        Path cwd = Files.createDirectories(tmp.resolve("session"));
        Processes.Result r = Processes.run(List.of(Processes.jdkTool("jshell").toString(), "--startup", startup.toString()),
                Map.of("CIVKIT_OUTPUT_DIR", tmp.resolve("outputs").toString(), "CIVKIT_JOURNAL", tmp.resolve("journal.jsonl").toString(),
                        "CIVKIT_SANDBOX_STATE", "off", "CIVKIT_TERMINAL_IMAGES", "off"),
                input.toString(), 600, cwd);
        String out = r.out();
        Files.writeString(Path.of("target", "readme-snippets.out.txt"), out + "\n--- stderr ---\n" + r.err());
        for (String bad : List.of("Error:", "Exception", "cannot find symbol", "illegal text block"))
            assertFalse(out.contains(bad), "a README snippet failed (" + bad + "):\n" + out + r.err());
        for (String s : shown) assertTrue(Pattern.compile(open(s)).matcher(out).find(), "README shows \"" + s + "\" but JShell printed:\n" + out);
        assertTrue(Files.readString(cwd.resolve("fox.json")).contains("\"a red fox in snow\""), "the README's saved request");
    }

    /** README.md, then the guide: the pages whose snippets build on each other first, in reading order. */
    static List<Path> pages() throws java.io.IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md"), Path.of("docs", "jshell.md"), Path.of("docs", "experiments.md")));
        try (var docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().filter(p -> !pages.contains(p)).forEach(pages::add);
        }
        return pages;
    }

    /** The shown text as a pattern: ids, numbers and output folders vary, "…" and "..." stand for anything. */
    static String open(String shown) {
        StringBuilder p = new StringBuilder();
        Matcher t = Pattern.compile("wf_[A-Z0-9]+|sweep-[0-9a-f]+…?|outputs/|\\d+(?:\\.\\d+)?|…|\\.\\.\\.").matcher(shown);
        int at = 0;
        while (t.find()) {
            String g = t.group();
            String literal = shown.substring(at, t.start());
            // "… would cost 9 Buzz ..." shows that more follows, on the same line or the next.
            if (g.equals("…") || g.equals("...")) literal = literal.stripTrailing();
            p.append(Pattern.quote(literal));
            if (g.startsWith("wf_")) p.append("wf_[A-Z0-9]+");
            else if (g.startsWith("sweep-")) p.append("sweep-[0-9a-z-]+");
            else if (g.equals("outputs/")) p.append("\\S*/");
            else if (g.equals("…") || g.equals("...")) p.append("(?s:.*?)");
            else p.append("[0-9.]+");
            at = t.end();
        }
        return p.append(Pattern.quote(shown.substring(at))).toString();
    }
}
