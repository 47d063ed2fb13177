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

    /**
     * In the order a newcomer would try them: each runs as it is, in one session, after the ones above it
     * ({@code h} is the first entry's handle, {@code r} the sweep's result), which HelpExamplesIT checks.
     */
    static final List<Entry> ENTRIES = List.of(
            new Entry("workflow dsl start imagegen", "workflow()",
                    "var h = workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a cat\").size(1024, 1024)).run()"),
            new Entry("outputs show images download files terminal", "show() / download()",
                    "h.show()   // saves into outputs/<id>/ and draws the pictures when the terminal can"),
            new Entry("handle await wait status reattach workflow cancel", "workflow(\"wf_…\")",
                    "workflow(h.id()).await()   // reattach by id; h.cancel() stops one still running"),
            new Entry("typed recipes tab imagegen videogen", "workflow().imageGen()…",
                    "workflow().imageGen().flux2().pro().createImage().prompt(\"a fox\").size(1024, 1024).whatif()"),
            new Entry("json paste docs recipe", "workflowFromJson(…)",
                    "workflowFromJson(\"{\\\"steps\\\":[{\\\"$type\\\":\\\"echo\\\",\\\"input\\\":{}}]}\").printJson()"),
            new Entry("cost price whatif budget", "whatif() / budget(n)",
                    "budget(50); workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a cat\")).whatif()"),
            new Entry("sweep grid contact experiment", "sweep(template)",
                    "var r = sweep(workflow().imageGen(i -> i.engine(\"flux\").size(512, 512))).prompts(\"a cat\", \"a dog\").seeds(1, 2).plan().run()"),
            new Entry("compare contact gallery sweep", "compare(a, b, …) / gallery(…)",
                    "var h2 = workflow().imageGen(i -> i.engine(\"flux\").prompt(\"a dog\")).run(); compare(h, h2)"),
            new Entry("resume history journal restart replay sweep", "history() / resume()",
                    "history(); resume(); replay(r.manifest().toString())"),
            new Entry("manage list tags workflows", "workflows()",
                    "workflows().tagged(\"cats\").take(20)"),
            new Entry("upload blob image", "upload(file)",
                    "var b = upload(h.files().get(0).path().toString()); b.url()   // or upload(\"cat.png\")"),
            new Entry("terminal images show kitty iterm sixel blocks", "terminalImages(mode)",
                    "terminalImages(\"auto\")   // or \"off\", \"blocks\", \"kitty\", \"iterm\", \"sixel\""),
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
            b.append(t.isEmpty() ? "civkit verbs (help(\"sweep\") narrows to one topic):"
                    : "help(\"" + topic.strip() + "\"): " + hits.size() + " of " + ENTRIES.size() + " verbs (help() lists them all)").append('\n');
        }
        int w = hits.stream().mapToInt(e -> e.verb().length()).max().orElse(0);
        for (Entry e : hits) b.append("  ").append(pad(e.verb(), w)).append("  ").append(e.example()).append('\n');
        b.append("More: README.md and docs/ in the civkit folder; TAB after a dot lists what comes next, TAB TAB shows its docs.");
        return b.toString();
    }

    private static String topics() {
        return ENTRIES.stream().map(e -> e.topics().split(" ")[0]).distinct().collect(Collectors.joining(", "));
    }

    private static String pad(String s, int w) {
        return s + " ".repeat(Math.max(0, w - s.length()));
    }
}
