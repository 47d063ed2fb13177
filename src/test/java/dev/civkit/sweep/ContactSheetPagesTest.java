package dev.civkit.sweep;

import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.SandboxFixture;
import dev.civkit.request.InvalidRequestException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A sweep too big for one picture, over real HTTP: 20 prompts by 13 seeds (260 cells) make four
 * contact-sheet pages of at most 4096 px a side, with an index; the table printed after the run is
 * its head and tail with counts, while text() and print() keep every row.
 */
class ContactSheetPagesTest {
    @RegisterExtension
    static final SandboxFixture fx = SandboxFixture.forClass(SandboxFixture.fast());

    static final int PROMPTS = 20;
    static final int SEEDS = 13;

    @Test
    void aLargeSweepDrawsPagesWithAnIndexAndPrintsItsHeadAndTail() throws Exception {
        String[] prompts = IntStream.rangeClosed(1, PROMPTS).mapToObj(i -> "subject " + i).toArray(String[]::new);
        long[] seeds = IntStream.rangeClosed(1, SEEDS).asLongStream().toArray();
        int before = fx.console().length();
        SweepResult r = new Sweep(fx.session, fx.workflow().imageGen(i -> i.engine("flux").size(64, 64)))
                .prompts(prompts).seeds(seeds).concurrency(16).run();
        int cells = PROMPTS * SEEDS;
        assertEquals(cells, r.succeeded().size(), r.toString());

        // The table after the run: first and last ten rows, and what lies between, counted.
        String printed = fx.console().substring(before);
        String table = printed.substring(printed.indexOf("sweep " + r.id() + ": "));
        List<String> lines = table.lines().toList();
        assertEquals(1 + 1 + 10 + 1 + 10, lines.size(), table);
        assertTrue(lines.get(2).startsWith("0 ") && lines.get(11).startsWith("9 "), table);
        assertEquals("... 240 rows more (240 succeeded): print() shows every row, failed() lists the failed, writeCsv() writes them all",
                lines.get(12));
        assertTrue(lines.get(13).startsWith("250 ") && lines.get(22).startsWith("259 "), table);
        assertEquals(2 + cells, r.text().lines().count(), "text() is every row");
        String html = String.valueOf(r.toMimeBundle().get("text/html"));
        assertEquals(1 + 20 + 1, html.split("<tr>", -1).length - 1, "a notebook shows the same head and tail: " + html);
        assertTrue(html.contains("... 240 rows more (240 succeeded)"), html);

        ContactSheet sheet = r.contactSheet();
        assertEquals(cells, sheet.images());
        List<ContactSheet.Page> pages = sheet.pages();
        // Rows by prompt (at most 17 a page), columns by seed (at most 12): 2 x 2 blocks, as even as can be.
        assertEquals(4, pages.size(), pages.toString());
        assertEquals(List.of(10 * 7, 10 * 6, 10 * 7, 10 * 6), pages.stream().map(ContactSheet.Page::images).toList());
        assertTrue(pages.get(1).title().endsWith("| page 2 of 4 | prompt 1-10 of 20, columns 8-13 of 13"), pages.get(1).title());
        for (ContactSheet.Page p : pages) {
            BufferedImage png = ImageIO.read(p.file().toFile());
            assertTrue(png.getWidth() <= ContactSheet.MAX_SIDE && png.getHeight() <= ContactSheet.MAX_SIDE,
                    p.file() + " is " + png.getWidth() + "x" + png.getHeight());
            assertEquals(p.width(), png.getWidth());
            assertEquals(p.height(), png.getHeight());
        }
        String index = Files.readString(sheet.index());
        for (ContactSheet.Page p : pages) {
            assertTrue(index.contains("src=\"" + p.file().getFileName() + "\""), index);
            assertTrue(index.contains(p.title()), index);
        }

        // A notebook shows page 1 and says how to reach the rest.
        assertEquals(pages.get(0).file(), sheet.file());
        Map<String, Object> bundle = sheet.toMimeBundle();
        BufferedImage shown = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode((String) bundle.get("image/jpeg"))));
        assertEquals(pages.get(0).width(), shown.getWidth());
        String card = String.valueOf(bundle.get("text/html"));
        assertTrue(card.contains("page 1 of 4") && card.contains(".page(2)") && card.contains("index.html") && card.contains("browse()"), card);
        assertTrue(String.valueOf(bundle.get("text/plain")).contains("page 1 of 4"), bundle.get("text/plain").toString());
        assertTrue(card.contains("<img src=\"data:image/jpeg;base64,"), "the page is inline");

        ContactSheet third = sheet.page(3);
        assertEquals(pages.get(2).file(), third.file());
        assertTrue(third.toString().startsWith("contact sheet page 3 of 4: 70 of 260 images"), third.toString());
        assertTrue(third.toString().length() <= 80, third.toString());
        InvalidRequestException e = assertThrows(InvalidRequestException.class, () -> sheet.page(5));
        assertTrue(e.getMessage().contains("a page from 1 to 4"), e.getMessage());

        // Drawn again (after a retry, say), the folder holds this drawing's pages only.
        ContactSheet again = r.contactSheet();
        try (var files = Files.list(again.index().getParent())) {
            assertEquals(5, files.count(), "four pages and the index");
        }
    }
}
