package dev.civkit.notebook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.civkit.display.Gallery;
import dev.civkit.session.Quote;
import dev.civkit.SandboxFixture;
import dev.civkit.session.WorkflowHandle;
import dev.civkit.display.NotebookDisplay;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The notebook renderings of handles, quotes and galleries, built against a live sandbox. */
class MimeBundleTest {
    private static final Pattern DATA_IMG = Pattern.compile("<img src=\"data:(image/(?:png|jpeg));base64,([A-Za-z0-9+/=]+)\" width=\"(\\d+)\" height=\"(\\d+)\"");

    @RegisterExtension
    static final SandboxFixture fx = SandboxFixture.forClass(SandboxFixture.fast());

    record Img(String mime, BufferedImage image, int width, int height) {}

    static List<Img> images(String html) throws Exception {
        List<Img> found = new ArrayList<>();
        Matcher m = DATA_IMG.matcher(html);
        while (m.find()) {
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(m.group(2))));
            assertNotNull(img, "embedded " + m.group(1) + " does not decode");
            found.add(new Img(m.group(1), img, Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4))));
        }
        return found;
    }

    @Test
    void finishedHandleCardEmbedsADownscaledDecodableImageAndItsStatusLine() throws Exception {
        assertFalse(NotebookDisplay.inNotebook(), "no kernel runs a cell in this JVM");
        WorkflowHandle h = fx.workflow().imageGen(i -> i.engine("flux").prompt("A cat astronaut").size(1024, 768)).submit().await();
        Map<String, Object> bundle = h.toMimeBundle();
        assertEquals(h.statusLine(), bundle.get("text/plain"));
        String html = (String) bundle.get("text/html");
        List<Img> imgs = images(html);
        assertEquals(1, imgs.size(), html);
        Img img = imgs.get(0);
        assertEquals(384, img.image().getWidth(), "longest side shrunk to the card thumbnail");
        assertEquals(288, img.image().getHeight(), "aspect ratio kept");
        assertEquals(img.image().getWidth(), img.width());
        assertEquals(img.image().getHeight(), img.height());
        // The full-size file is saved and linked relative to the working folder when possible.
        assertTrue(html.contains(h.id()) && html.contains("succeeded") && html.contains("imageGen"), html);
        assertTrue(h.files().get(0).width() == 1024, "full-size file kept");
        assertFalse(html.contains("<script"), "no scripts in a card");
        assertFalse(html.matches("(?s).*(src|href)=\"https?://.*"), "no external URLs in a card");
    }

    @Test
    void unfinishedHandleShowsStatusWithoutOutputs() {
        WorkflowHandle h = fx.workflow().imageGen(i -> i.engine("flux").prompt("later").size(512, 512)).submit();
        Map<String, Object> bundle = h.toMimeBundle();
        assertEquals(h.toString(), bundle.get("text/plain"));
        if (!h.isDone()) assertTrue(((String) bundle.get("text/html")).contains("await()"));
        h.await();
    }

    @Test
    void textAndAudioOutputsShowAsTextAndPlayer() {
        WorkflowHandle h = fx.workflow()
                .step("promptEnhancement", Map.of("ecosystem", "flux1", "prompt", "a quiet lake"))
                .step("textToSpeech", Map.of("text", "Hello", "engine", "custom", "speaker", "vivian", "language", "English"))
                .submit().await();
        String html = (String) h.toMimeBundle().get("text/html");
        assertTrue(html.contains("enhancedPrompt") && html.contains("a quiet lake"), html);
        assertTrue(html.contains("<audio controls") && html.contains("src=\"data:audio/"), html);
    }

    @Test
    void quoteRendersAsATableWithItsTextTwin() {
        Quote q = fx.workflow().imageGen(i -> i.engine("flux").prompt("x").size(1024, 1024)).whatif();
        Map<String, Object> bundle = q.toMimeBundle();
        assertEquals(q.toString(), bundle.get("text/plain"));
        String html = (String) bundle.get("text/html");
        assertTrue(html.contains("<table") && html.contains("imageGen") && html.contains("total"), html);
    }

    @Test
    void galleryCaptionsEveryImageWithPromptSeedAndEngine() throws Exception {
        List<WorkflowHandle> runs = new ArrayList<>();
        for (long seed : new long[] {1, 2})
            runs.add(fx.workflow().imageGen(i -> i.engine("flux").prompt("A lighthouse").seed(seed).size(512, 512)).submit());
        Gallery g = dev.civkit.Civkit.on(fx.session).gallery(runs);
        String html = (String) g.toMimeBundle().get("text/html");
        List<Img> imgs = images(html);
        assertEquals(2, imgs.size());
        for (Img i : imgs) assertEquals(Gallery.THUMB, i.image().getWidth());
        assertTrue(html.contains("seed 1") && html.contains("seed 2") && html.contains("A lighthouse") && html.contains("flux"), html);
        assertTrue(g.toString().startsWith("gallery: 2 files from 2 workflows"), g.toString());
        assertTrue(g.toString().contains("seed 2 | A lighthouse"), g.toString());
    }
}
