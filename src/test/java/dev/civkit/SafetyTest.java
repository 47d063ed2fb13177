package dev.civkit;

import dev.civkit.session.Session;
import dev.civkit.session.WorkflowHandle;
import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.client.ApiException;
import dev.civkit.client.ClientConfig;
import dev.civkit.client.ApiToken;
import dev.civkit.journal.Journal;
import dev.civkit.sandbox.FaultPlan;
import dev.civkit.sandbox.Sandbox;
import dev.civkit.sandbox.SandboxConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The token appears in no byte the kit produces; server-chosen names never steer a write outside the folder. */
class SafetyTest {
    static final String TOKEN = "civ-SECRET-token-9d8e7f6a5b4c3d2e1f";

    @TempDir
    Path dir;

    @Test
    void theTokenIsInNothingTheKitWritesOrPrints() throws Exception {
        ByteArrayOutputStream console = new ByteArrayOutputStream();
        List<String> texts = new ArrayList<>();
        try (Sandbox sb = Sandbox.start(SandboxFixture.fast().withToken(TOKEN));
             Session s = Session.builder().config(ClientConfig.of(sb.baseUrl(), ApiToken.of(TOKEN))).outputs(dir.resolve("outputs")).out(new PrintStream(console, true, StandardCharsets.UTF_8)).journal(Journal.at(dir.resolve("journal.jsonl"))).build()) {
            WorkflowHandle ok = new dev.civkit.dsl.WorkflowBuilder(s).imageGen(i -> i.engine("flux").prompt("tok").size(64, 64)).submit();
            ok.show();
            WorkflowHandle bad = new dev.civkit.dsl.WorkflowBuilder(s).imageGen(i -> i.engine("flux").prompt("sandbox:fail")).submit().await();
            texts.addAll(List.of(ok.toString(), bad.toString(), ok.json(), ok.request().toString(), s.toString(), s.client().toString(),
                    s.client().config().toString(), s.banner(), sb.toString(), sb.config().toString(), s.history(10).toString(),
                    s.resume().toString(), s.journal().toString()));
            texts.add(assertThrows(ApiException.class, () -> s.attach("wf_00000000000000000000000000")).getMessage());
            texts.add(assertThrows(RuntimeException.class, () -> s.submit(dev.civkit.json.Json.parse(
                    "{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"prompt\":\"no engine\"}}]}"), 0)).getMessage());
            try (Session wrong = s.with(s.client().config().withToken(ApiToken.of(TOKEN + "x")))) {
                texts.add(assertThrows(ApiException.class, () -> wrong.attach(ok.id())).getMessage());
            }
        }
        texts.add(console.toString(StandardCharsets.UTF_8));
        for (String t : texts) assertFalse(t.contains(TOKEN), t);
        int scanned = 0;
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertFalse(new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1).contains(TOKEN), f.toString());
                scanned++;
            }
        }
        assertTrue(scanned >= 3, "journal, sidecar and an image were scanned: " + scanned);
    }

    @Test
    void hostileBlobIdsAndStepNamesOnlyWriteInsideTheOutputFolder() throws Exception {
        Path root = dir.resolve("area");
        Path outputs = root.resolve("outputs");
        Files.createDirectories(outputs);
        SandboxConfig c = SandboxFixture.fast().withFaults(FaultPlan.none().withHostileNames(true));
        try (SandboxFixture fx = SandboxFixture.start(c, outputs)) {
            WorkflowHandle h = fx.workflow().imageGen(i -> i.engine("flux").prompt("hostile").size(64, 64).quantity(7)).submit().await();
            assertEquals("succeeded", h.status());
            assertTrue(h.workflow().steps().get(0).name().startsWith("step"), h.workflow().steps().get(0).name());
            var r = h.download();
            assertEquals(7, r.saved().size(), r.missing().toString());
            Path folder = outputs.resolve(h.id()).toRealPath();
            try (Stream<Path> all = Files.walk(root)) {
                for (Path f : all.filter(Files::isRegularFile).toList()) {
                    assertTrue(f.toRealPath().startsWith(folder), "written outside the workflow folder: " + f);
                    assertTrue(f.getFileName().toString().length() < 120, f.toString());
                }
            }
        }
        assertFalse(Files.exists(Path.of("/etc/passwd.jpg")));
    }

    @Test
    void sandboxBindsLoopbackByDefault() {
        try (Sandbox sb = Sandbox.start()) {
            assertEquals("127.0.0.1", sb.config().bindAddress());
            assertTrue(sb.baseUrl().startsWith("http://127.0.0.1:"), sb.baseUrl());
        }
    }
}
