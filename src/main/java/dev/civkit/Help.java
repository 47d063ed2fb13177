package dev.civkit;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * What {@code help()} prints in JShell: the main verbs, one example each, and where to read more.
 * Printed rather than returned: JShell cuts a value at 80 or 1000 characters, a printed text never.
 */
final class Help {
    /** One verb: the topic words {@code help("…")} finds it by, the verb, an example, a pointer. */
    record Entry(String topics, String verb, String example) {}

    static final List<Entry> ENTRIES = List.of(
            new Entry("workflow dsl start imagegen", "workflow()",
                    "workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a cat\").size(1024, 1024)).run().show()"),
            new Entry("typed recipes tab imagegen videogen", "workflow().imageGen()…",
                    "workflow().imageGen().flux2().pro().createImage().prompt(\"a fox\").size(1024, 1024).whatif()"),
            new Entry("json paste docs recipe", "workflowFromJson(…)",
                    "workflowFromJson(\"{\\\"steps\\\":[{\\\"$type\\\":\\\"echo\\\",\\\"input\\\":{}}]}\").printJson()"),
            new Entry("cost price whatif budget", "whatif() / budget(n)",
                    "budget(50); workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a cat\")).whatif()"),
            new Entry("handle await wait status reattach workflow", "workflow(\"wf_…\")",
                    "var h = workflow(\"wf_…\").await(); h.printJson(); h.cancel()"),
            new Entry("outputs show images download files terminal", "show() / download()",
                    "h.show()   // saves into outputs/<id>/ and draws the pictures when the terminal can"),
            new Entry("terminal images show kitty iterm sixel blocks", "terminalImages(mode)",
                    "terminalImages(\"blocks\")   // or \"auto\", \"kitty\", \"iterm\", \"sixel\", \"off\""),
            new Entry("sweep grid compare contact", "sweep(template)",
                    "sweep(workflow().imageGen(i -> i.engine(\"flux\").size(512, 512))).prompts(\"a cat\", \"a dog\").seeds(1, 2).plan()"),
            new Entry("sweep compare contact gallery", "compare(a, b, …) / gallery(…)",
                    "compare(h1, h2).show()"),
            new Entry("manage list tags workflows", "workflows()",
                    "workflows().tagged(\"cats\").take(20)"),
            new Entry("upload blob image", "upload(file)",
                    "var b = upload(\"cat.png\"); b.url()"),
            new Entry("resume history journal restart replay", "history() / resume()",
                    "history(); resume(); replay(\"outputs/sweeps/…/manifest.json\")"),
            new Entry("session token config baseurl sandbox banner", "token(…) / baseUrl(…) / banner()",
                    "banner()   // which orchestrator, outputs folder; token(\"…\") switches to the real API"));

    private Help() {}

    /** Every verb, or those whose topic words or verb contain {@code topic}; unknown topics list the topics. */
    static String text(String topic) {
        String t = topic == null ? "" : topic.strip().toLowerCase(Locale.ROOT);
        List<Entry> hits = ENTRIES.stream()
                .filter(e -> t.isEmpty() || e.topics().contains(t) || e.verb().toLowerCase(Locale.ROOT).contains(t))
                .toList();
        StringBuilder b = new StringBuilder();
        if (hits.isEmpty()) {
            b.append("help(\"").append(topic).append("\"): no such topic; try one of: ").append(topics()).append('\n');
            hits = ENTRIES;
        } else {
            b.append(t.isEmpty() ? "civkit verbs (help(\"sweep\") narrows to one topic):" : "civkit: " + t + ":").append('\n');
        }
        int w = hits.stream().mapToInt(e -> e.verb().length()).max().orElse(0);
        for (Entry e : hits) b.append("  ").append(pad(e.verb(), w)).append("  ").append(e.example()).append('\n');
        b.append("More: README.md in the civkit folder; TAB after a dot lists what comes next, TAB TAB shows its docs.");
        return b.toString();
    }

    private static String topics() {
        return ENTRIES.stream().map(e -> e.topics().split(" ")[0]).distinct().collect(Collectors.joining(", "));
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - s.length()));
    }
}
