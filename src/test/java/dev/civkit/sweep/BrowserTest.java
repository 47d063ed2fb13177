package dev.civkit.sweep;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import dev.civkit.request.InvalidRequestException;
import java.nio.file.Files;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A sweep's browser over a real run: pages, filters, picks that picked() answers, thumbnails made once. */
class BrowserTest {
    @RegisterExtension
    static final SandboxFixture fx = SandboxFixture.forClass(SandboxFixture.fast());
    static SweepResult result;

    @BeforeAll
    static void run() {
        // 5 prompts x 4 seeds x 3 cfg scales = 60 cells: two pages of 48, or three of 24.
        result = new Sweep(fx.session, fx.workflow().imageGen(i -> i.engine("flux").size(64, 64)))
                .prompts("a fox", "a hare", "a wolf", "an owl", "a cat").seeds(1, 2, 3, 4).vary("cfgScale", 3, 5, 7).concurrency(16).run();
        assertEquals(60, result.succeeded().size());
    }

    @Test
    void pagesFiltersAndPicksAsAPersonClicksThem() {
        Browser b = result.browse(24);
        assertEquals(List.of("prompt", "seed", "cfgScale"), b.dimensions());
        assertEquals(3, b.pages());
        b.page(3);
        assertEquals(12, b.visible().size());
        assertEquals(48, b.visible().get(0).cell().index());
        b.filter("cfgScale", 5);
        assertEquals(1, b.page(), "a filter starts again at page 1");
        assertEquals(20, b.matching().size());
        assertTrue(b.matching().stream().allMatch(r -> r.cell().get("cfgScale").equals(5)));
        assertFalse(b.caption(b.visible().get(0)).contains("cfgScale"), "the filtered field is the same for all: not repeated");
        b.filter("prompt", "a wolf");
        assertEquals(4, b.matching().size());
        List<Integer> chosen = b.visible().subList(0, 3).stream().map(r -> r.cell().index()).toList();
        chosen.forEach(b::toggle);
        assertTrue(b.toggle(chosen.get(0)) == false && b.toggle(chosen.get(0)), "a second click unpicks, a third picks again");
        assertEquals(chosen.stream().sorted().toList(), result.picked().stream().map(r -> r.cell().index()).sorted().toList());
        assertTrue(b.toString().contains("4 of 60 cells") && b.toString().contains("3 picked"), b.toString());
        assertThrows(InvalidRequestException.class, () -> b.filter("prompt", "a dragon"));
        assertThrows(InvalidRequestException.class, () -> b.filter("steps", 1));
        b.filter("prompt", null).filter("cfgScale", null);
        assertEquals(60, b.matching().size());
        result.clearPicks();
    }

    @Test
    void thumbnailsAreSmallMadeOnceAndOnlyForThePageShown() throws Exception {
        Browser b = result.browse(24).page(2);
        var thumbs = result.folder().resolve("thumbs");
        for (var r : b.visible()) {
            var t = b.thumbnail(r);
            var img = ImageIO.read(t.toFile());
            assertTrue(img.getWidth() <= Browser.THUMB && img.getWidth() > 0);
        }
        try (var s = Files.list(thumbs)) {
            assertTrue(s.count() >= 24);
        }
        var t = b.thumbnail(b.visible().get(0));
        long made = Files.getLastModifiedTime(t).toMillis();
        Thread.sleep(20);
        assertEquals(made, Files.getLastModifiedTime(b.thumbnail(b.visible().get(0))).toMillis(), "the second look reads the kept file");
        String card = b.toMimeBundle().get("text/html").toString();
        assertEquals(24, card.split("data:image/jpeg;base64,", -1).length - 1, "only the page's thumbnails travel");
    }

    @Test
    void picksSeedTheNextSweep() {
        result.clearPicks().pick(0, 5);
        Sweep next = result.sweepFromPicks("prompt", "cfgScale").seeds(10, 11);
        SweepPlan plan = next.plan();
        List<Object> prompts = IntStream.range(0, plan.size()).mapToObj(i -> plan.cells().get(i).get("prompt")).distinct().toList();
        assertEquals(List.of("a fox"), prompts);
        assertEquals(2 * 2, plan.size(), "cfgScale 3 and 7 (cells 0 and 5) x two new seeds: " + plan);
        assertEquals(7.0, ((Number) dev.civkit.dsl.StepForm.of(result.workflow(result.picked().get(1))).initial().get("cfgScale")).doubleValue());
        assertThrows(InvalidRequestException.class, () -> result.pick(60));
        result.clearPicks();
        assertThrows(InvalidRequestException.class, () -> result.sweepFromPicks());
    }
}
