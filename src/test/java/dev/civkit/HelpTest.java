package dev.civkit;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("unit")
class HelpTest {
    @Test
    void helpListsTheMainVerbsWithAnExampleEachAndWhereToReadMore() {
        String all = Help.text("");
        for (String verb : new String[] {"workflow()", "sweep(template)", "show()", "history()", "upload(file)", "terminalImages"})
            assertTrue(all.contains(verb), verb + " missing from\n" + all);
        assertTrue(all.contains("README.md"), all);
        assertTrue(all.lines().count() >= Help.ENTRIES.size() + 2, all);
    }

    @Test
    void aTopicNarrows() {
        String sweep = Help.text("sweep");
        assertTrue(sweep.contains("sweep(template)"), sweep);
        assertFalse(sweep.contains("upload(file)"), sweep);
        assertTrue(sweep.lines().count() < Help.text("").lines().count(), sweep);
        assertTrue(sweep.startsWith("help(\"sweep\"): "), sweep);
        assertFalse(sweep.startsWith("civkit: "), sweep);
    }

    @Test
    void anUnknownTopicSaysSoAndListsTheTopics() {
        String s = Help.text("frobnicate");
        assertTrue(s.startsWith("help(\"frobnicate\"): no such topic; try one of: workflow,"), s);
    }

    @Test
    void helpAndBannerPrintInsteadOfReturningAValue() throws Exception {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            Civkit.help("upload");
        } finally {
            System.setOut(old);
        }
        assertTrue(buf.toString(StandardCharsets.UTF_8).contains("upload(\"cat.png\")"), buf.toString(StandardCharsets.UTF_8));
        assertTrue(Civkit.class.getMethod("banner").getReturnType() == void.class);
    }
}
