package dev.civkit.kernel;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What civkit runs inside a stock JJava kernel when it loads the extension. */
class JJavaExtensionTest {
    @Test
    void theSessionsImportsRunButItsBannerWaitsForTheFirstCellThatUsesIt() {
        List<String> snippets = JJavaExtension.sessionSnippets();
        assertTrue(snippets.contains("import static dev.civkit.Civkit.*;"), snippets.toString());
        assertTrue(snippets.stream().anyMatch(s -> s.startsWith("import dev.civkit.dsl")), snippets.toString());
        assertFalse(snippets.stream().anyMatch(s -> s.contains("Banner")), "printed at install time it would land in JJava's log: " + snippets);
    }
}
