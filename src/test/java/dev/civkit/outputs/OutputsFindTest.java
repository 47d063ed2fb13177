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
    void liveShapedImagesWithoutTypeOrPrefixAreFoundByStructureOnly() {
        String json = """
                {"id":"9005769-20260526010006655","status":"succeeded","steps":[
                 {"$type":"imageGen","name":"$0","output":{"images":[
                   {"id":"11c39c0a-b3b1-43d9-b758-e9188b2e3108-0.jpg","url":"https://cdn.example/v2/consumer/blobs/x?sig=1",
                    "urlExpiresAt":"2026-05-26T02:00:06.6551234+00:00","previewUrl":"https://cdn.example/p","width":832,"height":1216,"available":false},
                   {"id":"11c39c0a-b3b1-43d9-b758-e9188b2e3108-1.jpg","available":true}],
                  "errors":[]}},
                 {"$type":"echo","name":"1","output":{"meta":{"id":"blob_prefix_alone"},"typed":{"id":"x","type":"image"},
                  "same":{"id":"11c39c0a-b3b1-43d9-b758-e9188b2e3108-1.jpg","url":"https://cdn.example/again"}}}]}""";
        List<Output> found = Outputs.find(Workflow.fromJson(json));
        assertEquals(List.of("11c39c0a-b3b1-43d9-b758-e9188b2e3108-0.jpg", "11c39c0a-b3b1-43d9-b758-e9188b2e3108-1.jpg"),
                found.stream().map(o -> o.blob().id()).toList(), "by id+url or id+available; never by prefix or type alone; each once");
        assertEquals("image", found.get(0).kind());
        assertEquals(832, found.get(0).blob().width());
        assertEquals("https://cdn.example/p", found.get(0).blob().previewUrl());
        assertEquals(Boolean.FALSE, found.get(0).blob().available());
    }

    @Test
    void stepsWhoseNamesSanitiseAlikeGetDistinctFileNames() {
        FileNames names = new FileNames();
        var blob = new dev.civkit.client.Blob("image", "a", true, "u", null, null, null, null, null, null, null, null, null, null);
        java.util.Set<String> reserved = java.util.Set.of("step-0-image-1");
        String a = names.next(new Output("$0", "imageGen", "output.images[0]", blob), reserved);
        String b = names.next(new Output("0", "imageGen", "output.images[0]", blob), reserved);
        String c = names.next(new Output("_0", "imageGen", "output.images[0]", blob), reserved);
        String d = names.next(new Output("A", "imageGen", "output.images[0]", blob), reserved);
        String e = names.next(new Output("a", "imageGen", "output.images[0]", blob), reserved);
        assertEquals(5, java.util.Set.of(a, b, c, d.toLowerCase(), e.toLowerCase()).size(), List.of(a, b, c, d, e).toString());
        assertFalse(List.of(a, b, c).contains("step-0-image-1"), "a name an earlier download used for another blob is not reused");
    }

    @Test
    void fileNamesStayInsideTheFolder() {
        assertEquals("x", FileNames.safe("../..", 40));
        assertEquals("etc_passwd", FileNames.safe("/etc/passwd", 40));
        assertEquals(40, FileNames.safe("a".repeat(500), 40).length());
        assertFalse(FileNames.safe("a\u0000b", 40).contains("\u0000"));
    }
}
