package dev.civkit.sweep;

import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many results still make sheets a screen can show: pages of at most 4096 px a side, with an index. */
@Tag("unit")
class ContactSheetTest {
    @TempDir
    Path dir;

    @Test
    void aThousandTilesFillPagesNoneLargerThan4096() throws Exception {
        List<ContactSheet.Tile> tiles = new ArrayList<>();
        for (int i = 0; i < 1000; i++) tiles.add(new ContactSheet.Tile("cell " + i, null, "no image"));
        ContactSheet sheet = ContactSheet.row(tiles, dir.resolve("big"));
        int perPage = ContactSheet.MAX_COLUMNS * ContactSheet.MAX_LINES;
        assertEquals((1000 + perPage - 1) / perPage, sheet.pages().size(), sheet.pages().toString());
        assertEquals(1000, sheet.images());
        for (ContactSheet.Page p : sheet.pages()) {
            BufferedImage png = ImageIO.read(p.file().toFile());
            assertTrue(png.getWidth() <= ContactSheet.MAX_SIDE && png.getHeight() <= ContactSheet.MAX_SIDE, png.getWidth() + "x" + png.getHeight());
        }
        assertEquals(perPage, sheet.pages().get(0).images());
        assertEquals(1000 - 4 * perPage, sheet.pages().get(4).images());
        assertTrue(sheet.pages().get(4).title().endsWith("images " + (4 * perPage + 1) + "-1000 of 1000"), sheet.pages().get(4).title());
        assertTrue(Files.readString(sheet.index()).contains("page-5.png"));
        assertNotNull(sheet.page(5).toMimeBundle().get("image/jpeg"));
    }

    @Test
    void aFewTilesAreOnePageWithNothingToSayAboutOthers() {
        List<ContactSheet.Tile> tiles = List.of(new ContactSheet.Tile("a", null, "no image"), new ContactSheet.Tile("b", null, "failed"));
        ContactSheet sheet = ContactSheet.row(tiles, dir.resolve("two"));
        assertEquals(1, sheet.pages().size());
        assertEquals(2 * (ContactSheet.TILE + 8) + 8, sheet.pages().get(0).width());
        assertFalse(sheet.toMimeBundle().containsKey("text/html"), "one page: the picture alone");
        assertTrue(sheet.toString().startsWith("contact sheet of 2 images"), sheet.toString());
    }
}
