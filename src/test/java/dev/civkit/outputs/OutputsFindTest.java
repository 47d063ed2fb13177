package dev.civkit.outputs;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.client.Workflow;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Blobs are found by shape wherever a step type puts them. */
@Tag("unit")
class OutputsFindTest {
    @Test
    void findsBlobsInEveryDocumentedShape() {
        String json = """
                {"id":"wf_1","status":"succeeded","steps":[
                 {"$type":"imageGen","name":"0","output":{"images":[{"type":"image","id":"blob_a","url":"u"},{"type":"image","id":"blob_b","url":"u"}]}},
                 {"$type":"imageUpscaler","name":"1","output":{"blob":{"type":"image","id":"blob_c","url":"u"}}},
                 {"$type":"imageBackgroundRemoval","name":"2","output":{"image":{"id":"blob_d","available":true}}},
                 {"$type":"videoGen","name":"3","output":{"video":{"type":"video","id":"blob_e","url":"u"},
                    "additionalVideos":[{"type":"video","id":"blob_f","url":"u"}]}},
                 {"$type":"textToSpeech","name":"4","output":{"audioBlob":{"type":"audio","id":"blob_g","url":"u","duration":1.5}}},
                 {"$type":"somethingNew","name":"5","output":{"blobs":[{"type":"image","id":"xyz","url":"u"}]}},
                 {"$type":"transcription","name":"6","output":{"text":"hello","language":"en"}}]}""";
        List<Output> found = Outputs.find(Workflow.fromJson(json));
        assertEquals(List.of("blob_a", "blob_b", "blob_c", "blob_d", "blob_e", "blob_f", "blob_g", "xyz"),
                found.stream().map(o -> o.blob().id()).toList());
        assertEquals("output.images[1]", found.get(1).path());
        assertEquals("output.video", found.get(4).path());
        assertEquals("video", found.get(5).kind());
        assertEquals("audio", found.get(6).kind());
        assertEquals(1.5, found.get(6).blob().duration());
    }

    @Test
    void fileNamesStayInsideTheFolder() {
        assertEquals("x", FileNames.safe("../..", 40));
        assertEquals("etc_passwd", FileNames.safe("/etc/passwd", 40));
        assertEquals(40, FileNames.safe("a".repeat(500), 40).length());
        assertFalse(FileNames.safe("a\u0000b", 40).contains("\u0000"));
    }
}
