package dev.civkit.bench;

import dev.civkit.journal.Journal;
import dev.civkit.session.Session;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.client.ClientConfig;
import dev.civkit.dsl.WorkflowBuilder;
import dev.civkit.sandbox.Sandbox;
import dev.civkit.sandbox.SandboxConfig;
import dev.civkit.wait.ProgressListener;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How soon await() returns after the sandbox marks a workflow terminal (its completedAt), with
 * long-polling and with the 2/5/10/15/30 s cadence alone; and HTTP requests per workflow.
 */
final class Completion {
    private Completion() {}

    record Sample(double latencyMs, long requests) {}

    static List<Sample> measure(boolean hold, int workflows, Path outputs) {
        SandboxConfig cfg = SandboxConfig.defaults().withQueueTime(Duration.ofMillis(100)).withHoldLongPolls(hold);
        Random jitter = new Random(42);
        List<Sample> samples = new ArrayList<>();
        try (Sandbox sandbox = Sandbox.start(cfg.withRunTime(Duration.ofMillis(1000)));
             Session s = Session.builder().config(ClientConfig.of(sandbox.baseUrl(), null)).outputs(outputs).out(new PrintStream(PrintStream.nullOutputStream())).journal(Journal.at(outputs.resolve("journal.jsonl"))).build()) {
            warm(s);
            for (int i = 0; i < workflows; i++) {
                // Start at a random point so completion does not line up with any poll tick.
                sleep(jitter.nextInt(400));
                long before = s.client().requestCount();
                WorkflowHandle h = new WorkflowBuilder(s).imageGen(b -> b.engine("flux").prompt("latency").size(64, 64)).submit();
                h.await(Duration.ofMinutes(2), ProgressListener.NONE);
                Instant returned = Instant.now();
                Instant completed = Instant.parse(h.workflow().completedAt());
                samples.add(new Sample(Duration.between(completed, returned).toNanos() / 1e6, s.client().requestCount() - before));
            }
        }
        return samples;
    }

    private static void warm(Session s) {
        for (int i = 0; i < 3; i++)
            new WorkflowBuilder(s).imageGen(b -> b.engine("flux").prompt("warm").size(64, 64)).submit().await(Duration.ofMinutes(1), ProgressListener.NONE);
    }

    static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
