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
        assertEquals("workflow (not sent) | no steps yet", w.toString().substring(0, w.toString().indexOf(" | toJson")));
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
}
