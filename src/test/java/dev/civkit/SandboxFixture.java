package dev.civkit;

import dev.civkit.client.ApiToken;
import dev.civkit.client.ClientConfig;
import dev.civkit.dsl.WorkflowBuilder;
import dev.civkit.sandbox.Sandbox;
import dev.civkit.sandbox.SandboxConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** A sandbox on a free loopback port and a session talking to it over HTTP, for one test class. */
public final class SandboxFixture implements AutoCloseable {
    public final Sandbox sandbox;
    public final Session session;
    public final Path outputs;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();

    private SandboxFixture(SandboxConfig config, String clientToken, Path outputs) {
        this.sandbox = Sandbox.start(config);
        this.outputs = outputs;
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        this.session = new Session(ClientConfig.of(sandbox.baseUrl(), ApiToken.of(clientToken)), null, outputs, out, false);
    }

    public static SandboxFixture start(Path outputs) {
        return start(SandboxConfig.defaults(), outputs);
    }

    public static SandboxFixture start(SandboxConfig config, Path outputs) {
        return new SandboxFixture(config, null, outputs);
    }

    public static SandboxFixture withToken(SandboxConfig config, String clientToken, Path outputs) {
        return new SandboxFixture(config, clientToken, outputs);
    }

    /** A fast sandbox: jobs take a fraction of a second. */
    public static SandboxConfig fast() {
        return SandboxConfig.defaults().withQueueTime(java.time.Duration.ofMillis(50)).withRunTime(java.time.Duration.ofMillis(200));
    }

    public WorkflowBuilder workflow() {
        return new WorkflowBuilder(session);
    }

    public String console() {
        return console.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        session.close();
        sandbox.close();
    }
}
