package dev.civkit.recipes;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.civkit.dsl.Priority;
import dev.civkit.dsl.WorkflowBuilder;
import dev.civkit.dsl.LrScheduler;
import dev.civkit.dsl.Optimizer;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** For each docs request body below, the typed DSL expression a reader would write produces exactly that body. */
@Tag("unit")
class TypedDocsBodiesTest {
    static final String PORTRAIT = "A photorealistic portrait of a woman with flowers in her hair, golden hour lighting";
    static final String CABIN = "A cozy cabin in the woods at sunset, cinematic lighting";
    static final String PANDA = "A red panda wearing a yellow rain jacket, cinematic soft light, highly detailed";
    static final String SDURL = "urn:air:other:other:civitai-r2:civitai-delivery-worker-prod@training-images/";

    static Arguments body(String file, Function<WorkflowBuilder, WorkflowBuilder> dsl) {
        return Arguments.of(file, dsl);
    }

    static Stream<Arguments> bodies() {
        return Stream.of(
                body("sd1-0", w -> w.imageGen().sdcpp().sd1().createImage().model("urn:air:sd1:checkpoint:civitai:4384@128713")
                        .prompt("masterpiece, best quality, 1girl, solo, portrait, looking at viewer, cinematic lighting")
                        .negativePrompt("worst quality, low quality, blurry, bad anatomy").size(512, 512).cfgScale(7).steps(20).clipSkip(-1).then()),
                body("sdxl-0", w -> w.imageGen().sdcpp().sdxl().createImage().model("urn:air:sdxl:checkpoint:civitai:101055@128078")
                        .prompt("masterpiece, best quality, 1girl, solo, landscape, sunset, cinematic lighting, highly detailed")
                        .negativePrompt("worst quality, low quality, blurry").size(1024, 1024).cfgScale(7).steps(25).then()),
                body("flux1-0", w -> w.imageGen().sdcpp().flux1().createImage().diffuserModel("urn:air:flux1:diffuser:civitai:618692@691639")
                        .prompt("A photorealistic portrait of a woman in a cyberpunk city, neon reflections").size(1024, 1024).then()),
                body("zimage-0", w -> w.imageGen().sdcpp().zImage().turbo().createImage().prompt(CABIN).size(1024, 1024).cfgScale(1).steps(9).then()),
                body("qwen-0", w -> w.imageGen().sdcpp().qwen().createImage().version("latest")
                        .prompt("A photorealistic portrait of a woman with flowers in her hair, golden hour lighting, highly detailed")
                        .size(1024, 1024).cfgScale(2.5).steps(20).then()),
                body("anima-0", w -> w.imageGen().sdcpp().anima().createImage()
                        .prompt("masterpiece, best quality, 1girl, solo, portrait, looking at viewer, cinematic lighting")
                        .negativePrompt("worst quality, low quality, blurry, bad anatomy, deformed hands").size(1024, 1024).cfgScale(4).steps(30).then()),
                body("ernie-0", w -> w.imageGen().comfy().ernie().standard().createImage().prompt(PANDA).size(1024, 1024).steps(20).cfgScale(4)
                        .sampler("euler").scheduler("simple").quantity(1).then()),
                body("ernie-1", w -> w.imageGen().comfy().ernie().turbo().createImage().prompt(PANDA).size(1024, 1024).steps(8).cfgScale(1)
                        .sampler("euler").scheduler("simple").quantity(1).then()),
                body("flux2-0", w -> w.imageGen().flux2().klein().createImage().modelVersion("4b").prompt(CABIN).size(1024, 1024).cfgScale(5).steps(20).then()),
                body("gemini-0", w -> w.imageGen().gemini().createImage().prompt(PORTRAIT).quantity(1).then()),
                body("google-0", w -> w.imageGen().google().nanoBanana2().prompt(PORTRAIT).aspectRatio("1:1").resolution("1K").numImages(1).then()),
                body("grok-0", w -> w.imageGen().grok().createImage().prompt(PORTRAIT).aspectRatio("1:1").quantity(1).then()),
                body("openai-0", w -> w.imageGen().openai().gptImage2().createImage().prompt(PORTRAIT).size(1024, 1024).quantity(1).quality("high").then()),
                body("openai-1", w -> w.imageGen().openai().gptImage15().createImage().prompt(PORTRAIT).size("1024x1024").quantity(1).quality("high").then()),
                body("seedream-0", w -> w.imageGen().seedream().version("v4").prompt(PORTRAIT).size(1024, 1024).guidanceScale(2.5).quantity(1).then()),
                body("wan-image-0", w -> w.imageGen().wan().prompt(PORTRAIT).imageSize("square_hd").guidanceScale(3.5).steps(27).quantity(1).then()),
                body("wan-0", w -> w.videoGen().wan().textToVideo().prompt("A serene forest with sunlight filtering through the trees, cinematic quality")
                        .resolution("1080p").aspectRatio("16:9").duration(5).enablePromptExpansion(true).then()),
                body("kling-0", w -> w.videoGen().kling().model("v2.5-turbo").prompt("A serene mountain lake at dawn with mist rolling over the water")
                        .aspectRatio("16:9").duration(5).then()),
                body("veo3-0", w -> w.videoGen().veo3().version("3.1").prompt("A lighthouse standing on rocky cliffs at sunset, waves crashing below, cinematic")
                        .aspectRatio("16:9").duration(8).generateAudio(true).then()),
                body("ltx2-0", w -> w.videoGen().ltx2().model("22b-distilled").prompt("A beautiful sunset over the ocean with waves crashing")
                        .duration(5).size(1280, 720).fps(24).generateAudio(false).guidanceScale(4).numInferenceSteps(20).then()),
                body("vidu-1", w -> w.videoGen().viduQ3().prompt("An eagle soaring over snow-capped mountain peaks at golden hour")
                        .duration(5).resolution("720p").aspectRatio("16:9").then()),
                body("seedance-0", w -> w.videoGen().seedance().model("v2").prompt("A dancing cat in a neon-lit alley, cinematic lighting")
                        .aspectRatio("16:9").resolution("720p").duration(5).generateAudio(true).then()),
                body("image-upscaler-1", w -> w.imageUpscaler().image("https://image.civitai.com/.../00890-23.jpeg").numberOfRepeats(2).then()),
                body("video-upscaler-1", w -> w.videoUpscaler().video("https://.../input.mp4").scaleFactor(2).then()),
                body("video-interpolation-1", w -> w.videoInterpolation().video("https://.../input.mp4").interpolationFactor(2).then()),
                body("convert-image-0", w -> w.convertImage().image("https://image.civitai.com/.../source.png").to("jpeg", 85).then()),
                body("image-background-removal-1", w -> w.imageBackgroundRemoval().image("https://image.civitai.com/.../00890-23.jpeg").format("webp").then()),
                body("text-to-speech-1", w -> w.textToSpeech().custom().text("Welcome to Civitai, the home of open-source generative AI.")
                        .speaker("dylan").xVectorOnlyMode(false).language("English").then()),
                body("transcription-1", w -> w.transcription().mediaUrl("https://.../interview.mp3").returnTimeStamps(true).then()),
                body("chat-completion-1", w -> w.chatCompletion().model("openai/gpt-4o-mini").system("You are a helpful assistant.")
                        .user("What is the capital of France?").then()),
                body("prompt-enhancement-1", w -> w.promptEnhancement().ecosystem("sdxl").prompt("anime character with sword, cool background").then()),
                body("training-sdxl-sd1-0", w -> w.training().aiToolkit().sdxl().priority(Priority.NORMAL).retries(2)
                        .model("urn:air:sdxl:checkpoint:civitai:101055@128078").steps(2000).lr(0.0005).textEncoderLr(5e-05).trainTextEncoder(true)
                        .lrScheduler(LrScheduler.COSINE).optimizerType(Optimizer.ADAFACTOR).networkDim(32).networkAlpha(32).noiseOffset(0.1).minSnrGamma(5)
                        .triggerWord("cat").trainingData(SDURL + "6/2783465TrainingData.koBd.zip", 15)
                        .samplePrompts("catz no humans, cat, whiskers, animal focus, looking at viewer, animal, solo, yellow eyes",
                                "catz no humans, candle, pokemon (creature), blurry, animal focus, solo, food, bird, standing",
                                "catz no humans, food, noodles, bowl, cat, green eyes, tongue, food focus, ramen, chopsticks")
                        .then().tags("training")),
                body("training-flux1-0", w -> w.training().aiToolkit().flux1Dev().priority(Priority.NORMAL).retries(2).steps(2000).resolution(1024)
                        .lr(0.0001).trainTextEncoder(false).lrScheduler("cosine").optimizerType("adamw8bit").networkDim(16).networkAlpha(16)
                        .trainingData(SDURL + "6/2657604TrainingData.EYBd.zip", 10).samplePrompts("a photo of TOK", "TOK in a garden", "TOK portrait")
                        .then().tags("training")),
                body("training-flux2-klein-2", w -> w.training().aiToolkit().flux2Klein4b().priority(Priority.NORMAL).retries(2).isEditTraining(true)
                        .steps(2000).lr(0.0001).trainTextEncoder(false).lrScheduler("cosine").optimizerType("adamw8bit").networkDim(32).networkAlpha(32)
                        .trainingData("https://blobs-temp.sfo3.digitaloceanspaces.com/flux2_klein_edit_testdata.zip", 3)
                        .samplePrompts("a portrait of a woman standing in a sunlit garden with flowers", "a landscape painting of rolling hills at sunset",
                                "a painting of a cat sitting on a windowsill looking outside at a rainy day")
                        .sampleSourceImages("https://blobs-temp.sfo3.digitaloceanspaces.com/sample-edit-source-1.jpg",
                                "https://blobs-temp.sfo3.digitaloceanspaces.com/sample-edit-source-2.jpg")
                        .then().tags("training", "edit")),
                body("training-wan-0", w -> w.training().aiToolkit().wan21().priority(Priority.NORMAL).retries(2).steps(2000).resolution(512).lr(0.0002)
                        .trainTextEncoder(false).lrScheduler("constant").optimizerType("adamw8bit").networkDim(32).networkAlpha(32)
                        .trainingData(SDURL + "5418/2202966TrainingData.Kjwp.zip", 4).samplePrompts("a video of TOK", "TOK moving in a garden")
                        .then().tags("training", "video")),
                body("training-other-image-2", w -> w.training().aiToolkit().qwen().priority(Priority.NORMAL).retries(2).version("latest").steps(2000)
                        .resolution(1024).lr(0.00011).trainTextEncoder(false).lrScheduler("cosine").optimizerType("adamw8bit").networkDim(16).networkAlpha(16)
                        .trainingData(SDURL + "3315022/2526079TrainingData.o4S8.zip", 10)
                        .samplePrompts("woman with red hair, playing chess at the park, dramatic explosion in background",
                                "a woman holding a coffee cup, in a beanie, sitting at a cafe")
                        .then().tags("training")),
                body("training-flux2-klein-1", w -> w.training().aiToolkit().flux2Klein9b().priority(Priority.NORMAL).retries(2).steps(2000).resolution(1024)
                        .lr(0.000102).trainTextEncoder(false).lrScheduler("cosine").optimizerType("adamw8bit").networkDim(32).networkAlpha(32)
                        .trainingData(SDURL + "6/2657604TrainingData.EYBd.zip", 1).samplePrompts()
                        .then().tags("training")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void typedExpressionWritesTheDocsBody(String file, Function<WorkflowBuilder, WorkflowBuilder> dsl) {
        DocsBodies docs = DocsBodies.load(file);
        WorkflowBuilder w = dsl.apply(new WorkflowBuilder(null));
        assertEquals(docs.body(), w.toJsonNode(), file);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bodies")
    void typedJsonGoesThroughTheGenericPathUnchanged(String file, Function<WorkflowBuilder, WorkflowBuilder> dsl) {
        WorkflowBuilder typed = dsl.apply(new WorkflowBuilder(null));
        var body = typed.toJsonNode();
        assertEquals(body, WorkflowBuilder.fromJson(null, typed.toJson()).toJsonNode(), "workflowFromJson");
        var step = body.get("steps").get(0);
        WorkflowBuilder generic = new WorkflowBuilder(null).step(step.get("$type").asString(), step.get("input").toString());
        assertEquals(step.get("input"), generic.toJsonNode().get("steps").get(0).get("input"), "step(type, inputJson)");
    }
}
