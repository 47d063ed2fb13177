package dev.civkit.sweep;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.*;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many results still make a sheet a screen can show: rows wrap at twelve. */
@Tag("unit")
class ContactSheetTest {
    @TempDir
    Path dir;

    @Test
    void aThousandTilesWrapIntoRows() throws Exception {
        List<ContactSheet.Tile> tiles = new ArrayList<>();
        for (int i = 0; i < 1000; i++) tiles.add(new ContactSheet.Tile("cell " + i, null, "no image"));
        ContactSheet sheet = ContactSheet.row(tiles, dir.resolve("big.png"));
        BufferedImage png = ImageIO.read(sheet.file().toFile());
        assertTrue(png.getWidth() <= ContactSheet.MAX_COLUMNS * (ContactSheet.TILE + 8) + 8, "width " + png.getWidth());
        int rows = (1000 + ContactSheet.MAX_COLUMNS - 1) / ContactSheet.MAX_COLUMNS;
        assertTrue(png.getHeight() >= rows * ContactSheet.TILE, "height " + png.getHeight());
        assertTrue(png.getHeight() < 65_500, "viewers refuse images taller than 65,500 px: " + png.getHeight());
        assertNotNull(sheet.toMimeBundle().get("image/jpeg"));
    }
}
