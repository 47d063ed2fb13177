package dev.civkit.endpoints;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.air.Air;
import dev.civkit.air.MalformedAirException;
import dev.civkit.dsl.WorkflowBuilder;
import dev.civkit.request.InvalidRequestException;
import org.junit.jupiter.api.Test;

@Tag("unit")
class AirTest {
    @Test
    void parsesEveryPartAndWritesTheCanonicalForm() {
        Air a = Air.parse("urn:air:sdxl:checkpoint:civitai:101055@128078");
        assertEquals("sdxl", a.ecosystem());
        assertEquals("checkpoint", a.type());
        assertEquals("civitai", a.source());
        assertEquals("101055", a.id());
        assertEquals("128078", a.version());
        assertEquals("urn:air:sdxl:checkpoint:civitai:101055@128078", a.toString());
        // The docs let urn: and air: be left out; the kit always writes the full form.
        assertEquals(a, Air.parse("air:sdxl:checkpoint:civitai:101055@128078"));
        assertEquals(a, Air.parse("sdxl:checkpoint:civitai:101055@128078"));
        Air hf = Air.parse("urn:air:sdxl:vae:huggingface:stabilityai/sdxl-vae");
        assertEquals("stabilityai/sdxl-vae", hf.id());
        assertNull(hf.version());
        Air full = Air.parse("urn:air:flux1:checkpoint:civitai:618692@691639+55.safetensors");
        assertEquals("55", full.fileId());
        assertEquals("safetensors", full.format());
        assertEquals("urn:air:flux1:checkpoint:civitai:618692@691639+55.safetensors", full.toString());
    }

    @Test
    void buildsFromParts() {
        assertEquals("urn:air:sdxl:lora:civitai:328553@368189", Air.of("sdxl", "lora", "civitai", "328553").at(368189).toString());
        MalformedAirException e = assertThrows(MalformedAirException.class, () -> Air.of("sdxl", "lo ra", "civitai", "1"));
        assertEquals("type", e.part());
    }

    @Test
    void explainsWhichPartIsWrongWithTheFormAndAnExample() {
        assertPart("air", "urn:air:sdxl:checkpoint", "too few parts");
        assertPart("air", "urn:air:sdxl:checkpoint:civitai:1:2", "too many parts");
        assertPart("prefix", "urn:foo:sdxl:checkpoint:civitai:1", "\"air:\"");
        assertPart("ecosystem", "urn:air::checkpoint:civitai:1", "ecosystem is empty");
        assertPart("id", "urn:air:sdxl:checkpoint:civitai:abc@1", "civitai id must be the model's number");
        assertPart("version", "urn:air:sdxl:checkpoint:civitai:1@", "nothing after '@'");
        assertPart("version", "urn:air:sdxl:checkpoint:civitai:1@v2", "model version's number");
        assertPart("id", "urn:air:sdxl:lora:civitai:1 2@3", "characters an AIR does not allow");
        String msg = assertPart("air", "my-lora", "too few parts");
        assertTrue(msg.contains(Air.FORM) && msg.contains(Air.EXAMPLE), msg);
        assertFalse(Air.isValid(null));
        assertNull(Air.problem("urn:air:sdxl:lora:civitai:1@2"));
    }

    @Test
    void theDslRefusesAMalformedAirWithTheSameExplanation() {
        WorkflowBuilder g = new WorkflowBuilder(null).imageGen(i -> i.engine("sdcpp").prompt("p").model("urn:air:sdxl:checkpoint:civitai:12x@3"));
        InvalidRequestException e = assertThrows(InvalidRequestException.class, g::toJson);
        assertTrue(e.getMessage().contains("must be an AIR") && e.getMessage().contains("civitai id must be the model's number"), e.getMessage());
        WorkflowBuilder ok = new WorkflowBuilder(null).imageGen(i -> i.engine("sdcpp").prompt("p").model("urn:air:sdxl:checkpoint:civitai:101055@128078").lora("urn:air:sdxl:lora:civitai:1@2", 0.5));
        assertEquals("urn:air:sdxl:checkpoint:civitai:101055@128078", dev.civkit.json.Json.parse(ok.toJson()).get("steps").get(0).get("input").get("model").asString());
    }

    private static String assertPart(String part, String text, String says) {
        MalformedAirException e = assertThrows(MalformedAirException.class, () -> Air.parse(text));
        assertEquals(part, e.part(), e.getMessage());
        assertTrue(e.getMessage().contains(says), e.getMessage());
        return e.getMessage();
    }
}
