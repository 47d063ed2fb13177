package dev.civkit;

import dev.civkit.session.Session;
import dev.civkit.client.ApiToken;
import dev.civkit.client.ClientConfig;
import dev.civkit.dsl.WorkflowBuilder;
import dev.civkit.sandbox.Sandbox;
import dev.civkit.sandbox.SandboxConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A sandbox on a free loopback port and a session talking to it over HTTP. Per test class:
 * {@code @RegisterExtension static final SandboxFixture fx = SandboxFixture.forClass(SandboxFixture.fast());}
 * — started with the class, closed (and its output folder removed) after its last test.
 */
public final class SandboxFixture implements AutoCloseable, AfterAllCallback {
    public final Sandbox sandbox;
    public final Session session;
    public final Path outputs;
    private final ByteArrayOutputStream console = new ByteArrayOutputStream();
    private boolean ownsOutputs;

    private SandboxFixture(SandboxConfig config, String clientToken, Path outputs) {
        this.sandbox = Sandbox.start(config);
        this.outputs = outputs;
        PrintStream out = new PrintStream(console, true, StandardCharsets.UTF_8);
        this.session = Session.builder().config(ClientConfig.of(sandbox.baseUrl(), ApiToken.of(clientToken))).outputs(outputs).out(out).journal(dev.civkit.journal.Journal.fromEnvironment(System.getenv())).build();
    }

    /** A fixture with an output folder of its own, for {@code @RegisterExtension}. */
    public static SandboxFixture forClass(SandboxConfig config) {
        try {
            SandboxFixture fx = new SandboxFixture(config, null, Files.createTempDirectory("civkit-test"));
            fx.ownsOutputs = true;
            return fx;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static SandboxFixture forClass() {
        return forClass(SandboxConfig.defaults());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        close();
        if (ownsOutputs) {
            try (Stream<Path> files = Files.walk(outputs)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
            }
        }
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
