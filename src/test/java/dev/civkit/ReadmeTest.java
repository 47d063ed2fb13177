package dev.civkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The README as a newcomer reads it: its first screen is a first session (the one command that opens JShell, the
 * quick-start line and its output, what to try next), the tests' command stands apart and says it installs system
 * packages as root, and the rest is a guide of linked pages whose links all lead somewhere. Prose stays readable
 * in a terminal or a diff: no line over 120 characters outside code.
 */
@Tag("unit")
class ReadmeTest {
    private static final Pattern BLOCK = Pattern.compile("```(\\w*)\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)#:]*\\.md)?(#[^)]*)?\\)");
    /** What a terminal window shows of a page before one scrolls. */
    private static final int SCREEN = 50;

    @Test
    void theFirstScreenIsAFirstSession() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        List<String> lines = readme.lines().toList();
        String screen = String.join("\n", lines.subList(0, Math.min(SCREEN, lines.size())));
        List<String[]> blocks = blocks(screen);
        assertTrue(blocks.size() >= 4, "the first screen's code blocks: " + blocks.size());

        String[] open = blocks.get(0);
        assertEquals("bash", open[0]);
        assertEquals(1, open[1].strip().lines().count(), "one command opens the session:\n" + open[1]);
        assertTrue(open[1].contains("jshell ") && open[1].contains("--startup jshell-startup.jsh") && !open[1].contains(".ci/run"),
                open[1]);

        String[] quick = blocks.get(1);
        assertEquals("java", quick[0]);
        assertTrue(quick[1].strip().startsWith("workflow().imageGen(") && quick[1].strip().endsWith(".show()"), quick[1]);
        assertEquals("", blocks.get(2)[0], "the quick start's output follows it");
        assertTrue(blocks.get(2)[1].contains("succeeded"), blocks.get(2)[1]);

        String[] next = blocks.get(3);
        assertEquals("java", next[0]);
        for (String verb : List.of(".whatif()", ".show()", "Files.writeString(", "sweep(", "help()"))
            assertTrue(next[1].contains(verb), "what next lacks " + verb + ":\n" + next[1]);
        assertTrue(next[1].lines().count() <= 12, next[1]);
        assertTrue(screen.toLowerCase(Locale.ROOT).contains("notebook"), "the first screen points to notebooks");
    }

    @Test
    void theTestsCommandStandsApartAndSaysItInstallsAsRoot() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int ci = readme.indexOf("\n.ci/run");
        assertTrue(ci > readme.indexOf("```java"), "the tests' command comes after the first session");
        String before = readme.substring(Math.max(0, ci - 400), ci);
        assertTrue(before.contains("apt-get") && before.contains("root"), "what .ci/run does, said before it:\n" + before);
        assertTrue(readme.contains("mvn -B verify"), "the test command itself, which .ci/run runs");
    }

    @Test
    void theGuideIsLinkedAndEveryLinkLeadsToAPageAndAHeading() throws IOException {
        List<Path> pages = pages();
        String readme = Files.readString(Path.of("README.md"));
        for (String name : List.of("jshell", "notebooks", "experiments", "reliability", "sandbox", "cli", "configuration", "contributing"))
            assertTrue(readme.contains("(docs/" + name + ".md)"), "README links docs/" + name + ".md");
        for (Path page : pages) {
            String text = withoutCode(Files.readString(page));
            Matcher m = LINK.matcher(text);
            while (m.find()) {
                Path target = m.group(1) == null ? page : page.resolveSibling(m.group(1)).normalize();
                assertTrue(Files.isRegularFile(target), page + " links " + m.group() + ", which is missing");
                if (m.group(2) != null)
                    assertTrue(anchors(Files.readString(target)).contains(m.group(2).substring(1)),
                            page + " links " + m.group() + ", no such heading in " + target);
            }
        }
    }

    @Test
    void noLineOverOneHundredTwentyCharactersOutsideCode() throws IOException {
        List<String> long_ = new ArrayList<>();
        for (Path page : pages()) {
            boolean code = false;
            int n = 0;
            for (String line : Files.readAllLines(page)) {
                n++;
                if (line.startsWith("```")) code = !code;
                else if (!code && line.length() > 120) long_.add(page + ":" + n + " (" + line.length() + ")");
            }
        }
        assertTrue(long_.isEmpty(), "lines over 120 characters: " + long_);
    }

    private static List<Path> pages() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(pages::add);
        }
        return pages;
    }

    private static List<String[]> blocks(String text) {
        List<String[]> out = new ArrayList<>();
        Matcher m = BLOCK.matcher(text);
        while (m.find()) out.add(new String[] {m.group(1), m.group(2)});
        return out;
    }

    private static String withoutCode(String text) {
        return BLOCK.matcher(text).replaceAll("").replaceAll("`[^`\\n]*`", "");
    }

    /** GitHub's anchors: the heading in lower case, spaces to hyphens, punctuation dropped. */
    private static List<String> anchors(String page) {
        return BLOCK.matcher(page).replaceAll("").lines().filter(l -> l.startsWith("#"))
                .map(l -> l.replaceFirst("^#+\\s*", "").toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", "").replace(' ', '-'))
                .toList();
    }
}
