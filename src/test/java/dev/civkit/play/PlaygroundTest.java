package dev.civkit.play;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import dev.civkit.json.Json;
import dev.civkit.request.InvalidRequestException;
import dev.civkit.session.Prices;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.random.RandomGenerator;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import tools.jackson.databind.JsonNode;

/** The playground over real HTTP: prices once per priced shape, generates through the session, keeps results newest first. */
class PlaygroundTest {
    @RegisterExtension
    static final SandboxFixture fx = SandboxFixture.forClass(SandboxFixture.fast());

    Playground flux() {
        return new Playground(fx.session, dev.civkit.dsl.StepForm.of(fx.workflow().imageGen(i -> i.engine("flux").prompt("a fox").size(256, 256))),
                RandomGenerator.of("L64X128MixRandom"));
    }

    @Test
    void promptAndSeedChangesAskNoNewPriceButSizeAndStepsDo() {
        Playground p = flux().set("size", "1024x1024");
        int before = fx.session.prices().asked();
        double first = p.price().buzz();
        assertEquals(before + 1, fx.session.prices().asked());
        p.set("prompt", "a wolf").set("seed", 12L).set("negativePrompt", "blurry");
        assertEquals(first, p.price().buzz());
        assertEquals(before + 1, fx.session.prices().asked(), "prompt, negative prompt and seed do not change the price");
        p.set("steps", 40);
        double more = p.price().buzz();
        assertEquals(before + 2, fx.session.prices().asked());
        assertTrue(more > first, more + " > " + first);
        p.set("steps", 20);
        p.price();
        p.set("steps", 40);
        p.price();
        assertEquals(before + 3, fx.session.prices().asked(), "a shape seen before is answered from memory");
    }

    @Test
    void theShapeLeavesOutOnlyWhatNeverChangesThePrice() {
        JsonNode a = Json.parse("{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"a\",\"seed\":1,\"width\":512}}],\"externalId\":\"x\"}");
        JsonNode b = Json.parse("{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"b\",\"seed\":2,\"width\":512}}],\"externalId\":\"y\"}");
        JsonNode c = Json.parse("{\"steps\":[{\"$type\":\"imageGen\",\"input\":{\"engine\":\"flux\",\"prompt\":\"b\",\"seed\":2,\"width\":768}}]}");
        JsonNode chatA = Json.parse("{\"steps\":[{\"$type\":\"chatCompletion\",\"input\":{\"prompt\":\"short\"}}]}");
        JsonNode chatB = Json.parse("{\"steps\":[{\"$type\":\"chatCompletion\",\"input\":{\"prompt\":\"a much longer text\"}}]}");
        assertEquals(Prices.shape(a), Prices.shape(b));
        assertNotEquals(Prices.shape(b), Prices.shape(c));
        assertNotEquals(Prices.shape(chatA), Prices.shape(chatB), "a text step may charge by its text");
    }

    @Test
    void aValueTheStepRefusesIsRefusedAtOnceAndNotKept() {
        Playground p = flux();
        long before = fx.sandbox.requestCount();
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> p.set("quantity", 0));
        assertEquals("steps[0].input.quantity", e.field());
        assertFalse(p.values().containsKey("quantity"));
        assertThrows(InvalidRequestException.class, () -> p.set("cfgScal", 3));
        assertEquals(before, fx.sandbox.requestCount(), "nothing was sent");
    }

    @Test
    void generateSubmitsThroughTheSessionAndKeepsResultsNewestFirst() throws Exception {
        Playground p = flux();
        p.set("cfgScale", 6.5);
        List<Double> progress = new ArrayList<>();
        Playground.Result first = p.generate(progress::add);
        assertEquals("succeeded", first.handle().status());
        assertEquals(1.0, progress.get(progress.size() - 1));
        assertFalse(first.images().isEmpty());
        assertTrue(ImageIO.read(first.images().get(0).toFile()).getWidth() > 0, "a decodable image on disk");
        assertTrue(first.handle().request().path("externalId").asString().startsWith("civkit-"), "sent under an idempotency key");
        Object seed1 = first.values().get("seed");
        assertNotNull(seed1, "an unlocked seed is drawn and kept with the result");
        p.set("prompt", "a hare");
        Playground.Result second = p.generate();
        assertNotEquals(seed1, second.values().get("seed"));
        assertEquals(List.of(second, first), p.results());
        assertTrue(second.caption(p.form().initial()).startsWith("a hare"), second.caption(p.form().initial()));
        p.lockSeed(true);
        Object locked = p.values().get("seed");
        assertEquals(locked, p.generate().values().get("seed"), "a locked seed repeats");
        // The code line names the seed and the values the results used.
        String code = p.code();
        assertTrue(code.contains(".seed(" + locked) && code.contains(".prompt(\"a hare\")") && code.contains(".cfgScale(6.5)"), code);
        Map<String, Object> card = p.toMimeBundle();
        assertTrue(card.get("text/html").toString().contains("data:image/jpeg;base64,"), "the headless card shows the results");
        assertTrue(p.toString().startsWith("playground | imageGen flux | \"a hare\" | 3 results"), p.toString());
    }

    @Test
    void aBudgetIsShownAndRefusesWhatWouldCrossIt() {
        var s = fx.session;
        assertTrue(new Playground(s, fx.workflow().imageGen(i -> i.engine("flux").prompt("p").size(256, 256))).budgetLine().contains("no budget"));
        assertTrue(Files.isDirectory(fx.outputs));
    }
}
