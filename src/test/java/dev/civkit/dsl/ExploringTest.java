package dev.civkit.dsl;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Walking a typed chain to see what TAB offers changes nothing; setting a value or going on from a step adds it. */
@Tag("unit")
class ExploringTest {
    @Test
    void choosingAnEngineAndOperationAddsNoStep() {
        WorkflowBuilder w = new WorkflowBuilder(null);
        w.imageGen().sdcpp().sdxl().createImage();
        w.videoGen();
        w.imageUpscaler();
        assertEquals(List.of(), w.stepTypes());
        assertEquals("workflow, not sent: no steps yet", w.toString().substring(0, w.toString().indexOf(" | ")));
    }

    @Test
    void theFirstSetterAddsTheStepOnce() {
        WorkflowBuilder w = new WorkflowBuilder(null);
        var step = w.imageGen().sdcpp().sdxl().createImage();
        step.model("urn:air:sdxl:checkpoint:civitai:101055@128078").prompt("a lighthouse").negativePrompt("blurry");
        assertEquals(List.of("imageGen"), w.stepTypes());
        assertEquals("sdcpp", w.template().get("steps").get(0).get("input").get("engine").asString());
    }

    @Test
    void goingOnFromAStepWithNothingToSetAddsIt() {
        WorkflowBuilder w = new WorkflowBuilder(null);
        w.imageUpscaler().then();
        assertEquals(List.of("imageUpscaler"), w.stepTypes());
    }

    @Test
    void stepsJoinInTheOrderTheyAreFirstSet() {
        WorkflowBuilder w = new WorkflowBuilder(null);
        var later = w.imageUpscaler();
        w.imageGen().sdcpp().sdxl().createImage().prompt("first");
        later.then();
        assertEquals(List.of("imageGen", "imageUpscaler"), w.stepTypes());
    }

    @Test
    void aVariantChangesOneStepsInputsThroughItsSettersAndLeavesTheOriginal() {
        WorkflowBuilder w = new WorkflowBuilder(null).imageGen(i -> i.engine("flux").prompt("a cat").size(64, 64).name("gen"));
        WorkflowBuilder v = w.variant("gen", java.util.Map.of("prompt", "a dog", "seed", 7));
        var input = v.toJsonNode().get("steps").get(0).get("input");
        assertEquals("a dog", input.get("prompt").asString());
        assertEquals(7, input.get("seed").asInt());
        assertEquals("a cat", w.toJsonNode().get("steps").get(0).get("input").get("prompt").asString());
        assertEquals(List.of("imageGen"), v.stepTypes());
        var unknown = org.junit.jupiter.api.Assertions.assertThrows(dev.civkit.request.InvalidRequestException.class,
                () -> w.variant("upscale", java.util.Map.of("prompt", "x")));
        org.junit.jupiter.api.Assertions.assertTrue(unknown.getMessage().contains("upscale"), unknown.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(dev.civkit.request.InvalidRequestException.class,
                () -> w.variant("gen", java.util.Map.of("width", -5)));
    }
}
