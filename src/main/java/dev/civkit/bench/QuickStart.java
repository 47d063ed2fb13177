package dev.civkit.bench;

import dev.civkit.client.ClientConfig;
import dev.civkit.dsl.WorkflowBuilder;
import dev.civkit.journal.Journal;
import dev.civkit.sandbox.Sandbox;
import dev.civkit.sandbox.SandboxConfig;
import dev.civkit.session.Session;
import dev.civkit.session.WorkflowHandle;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * What the README's quick-start line costs on the wire: {@code submit().await().show()} on a
 * quick workflow should be the submit, one long-poll and one GET per output file, nothing more.
 */
final class QuickStart {
    private QuickStart() {}

    /** Requests per line beyond the files it saved (ideal: 2), one sample per run. */
    static List<Long> overhead(int runs, Path outputs) {
        List<Long> extra = new ArrayList<>();
        try (Sandbox sandbox = Sandbox.start(SandboxConfig.defaults().withQueueTime(Duration.ofMillis(50)).withRunTime(Duration.ofMillis(500)));
             Session s = Session.builder().config(ClientConfig.of(sandbox.baseUrl(), null)).outputs(outputs)
                     .out(new PrintStream(PrintStream.nullOutputStream())).journal(Journal.at(outputs.resolve("bench-journal.jsonl"))).build()) {
            for (int i = 0; i < runs; i++) {
                long before = s.client().requestCount();
                WorkflowHandle h = new WorkflowBuilder(s).imageGen(b -> b.engine("flux").prompt("quick start").size(64, 64).quantity(2)).submit();
                h.await(Duration.ofMinutes(1)).show();
                extra.add(s.client().requestCount() - before - h.files().size());
            }
        }
        return extra;
    }
}
