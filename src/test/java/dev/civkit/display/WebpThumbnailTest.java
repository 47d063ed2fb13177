package dev.civkit.display;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A WebP output gets an inline thumbnail like any other picture (TwelveMonkeys' reader). */
@Tag("unit")
class WebpThumbnailTest {
    @TempDir
    Path dir;

    @Test
    void aWebpOutputHasAThumbnail() throws Exception {
        Path webp = Files.write(dir.resolve("one.webp"), Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA=="));
        Media.Thumb t = Media.thumbnail(webp, 64);
        assertTrue(t.dataUri().startsWith("data:image/"), t.dataUri());
        assertEquals(1, t.width());
    }
}
