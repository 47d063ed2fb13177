package dev.civkit.recipes;

import org.junit.jupiter.api.Tag;
import static org.junit.jupiter.api.Assertions.*;

import dev.civkit.client.Blob;
import dev.civkit.dsl.WorkflowBuilder;
import dev.civkit.dsl.ComfySampler;
import dev.civkit.dsl.OutputFormat;
import dev.civkit.dsl.SampleMethod;
import dev.civkit.dsl.Schedule;
import dev.civkit.dsl.TypedStep;
import dev.civkit.dsl.StepBuilder;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Each typed builder, filled in, writes an input its official type accepts (no unknown fields, required ones present). */
@Tag("unit")
class TypedSchemaTest {
    static final String SDXL = "urn:air:sdxl:checkpoint:civitai:101055@128078";
    static final String IMG = "https://example.test/in.png";
    static final String ZIP = "https://example.test/data.zip";

    static Arguments c(String schema, String stepSchema, Function<WorkflowBuilder, TypedStep<?>> dsl) {
        return Arguments.of(schema, stepSchema, dsl);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                c("Sd1CreateImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().sdcpp().sd1().createImage().model("urn:air:sd1:checkpoint:civitai:4384@128713")
                        .prompt("p").negativePrompt("n").size(512, 512).steps(20).cfgScale(7).seed(1).quantity(2).clipSkip(2)
                        .sampleMethod(SampleMethod.EULER_A).schedule(Schedule.KARRAS).lora("urn:air:sd1:lora:civitai:1@2", 0.8)
                        .vaeModel("urn:air:sd1:vae:civitai:1@1").embeddings("urn:air:sd1:embedding:civitai:3@4").uCache("off").outputFormat(OutputFormat.PNG)),
                c("Sd1VariantImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().sdcpp().sd1().createVariant().model(SDXL).prompt("p").image(IMG).strength(0.6)),
                c("SdxlCreateImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().sdcpp().sdxl().createImage().model(SDXL).prompt("p").size(1024, 1024)
                        .imageMetadata("kept with the image").sampleMethod("dpm++2m").schedule("karras")),
                c("SdxlVariantImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().sdcpp().sdxl().createVariant().model(SDXL).prompt("p").image(IMG).strength(0.5)),
                c("Flux1SdCppCreateImageInput", "ImageGenStepTemplate", w -> w.imageGen().sdcpp().flux1().createImage().diffuserModel("urn:air:flux1:diffuser:civitai:1@2")
                        .clipLModel("urn:air:flux1:clip:civitai:5@6").t5XXLModel("b").vaeModel("urn:air:flux1:vae:civitai:7@8").prompt("p").size(1024, 1024)),
                c("Flux1SdCppVariantImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().sdcpp().flux1().createVariant().diffuserModel("urn:air:flux1:diffuser:civitai:1@2")
                        .clipLModel("urn:air:flux1:clip:civitai:5@6").t5XXLModel("b").vaeModel("urn:air:flux1:vae:civitai:7@8").prompt("p").image(IMG).strength(0.4)),
                c("Flux1SdCppEditImageInput", "ImageGenStepTemplate", w -> w.imageGen().sdcpp().flux1().editImage().diffuserModel("urn:air:flux1:diffuser:civitai:1@2")
                        .clipLModel("urn:air:flux1:clip:civitai:5@6").t5XXLModel("b").vaeModel("urn:air:flux1:vae:civitai:7@8").prompt("p").images(IMG)),
                c("Flux2KleinSdCppCreateImageInput", "ImageGenStepTemplate", w -> w.imageGen().sdcpp().flux2Klein().createImage().modelVersion("9b").prompt("p").steps(4)),
                c("Flux2KleinSdCppVariantImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().sdcpp().flux2Klein().createVariant().prompt("p").image(IMG)),
                c("Flux2KleinSdCppEditImageInput", "ImageGenStepTemplate", w -> w.imageGen().sdcpp().flux2Klein().editImage().prompt("p").images(IMG).modelVersion("4b")),
                c("Flux2DevSdCppCreateImageInput", "ImageGenStepTemplate", w -> w.imageGen().sdcpp().flux2Dev().createImage().prompt("p").steps(20)),
                c("Flux2DevSdCppVariantImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().sdcpp().flux2Dev().createVariant().prompt("p").image(IMG)),
                c("Flux2DevSdCppEditImageInput", "ImageGenStepTemplate", w -> w.imageGen().sdcpp().flux2Dev().editImage().prompt("p").images(IMG, IMG)),
                c("ZImageTurboCreateImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().sdcpp().zImage().turbo().createImage().prompt("p").diffuserModel("urn:air:flux1:diffuser:civitai:1@2")),
                c("ZImageBaseCreateImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().sdcpp().zImage().base().createImage().prompt("p")),
                c("Qwen20bCreateImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().sdcpp().qwen().createImage().prompt("p").version("2512")),
                c("Qwen20bVariantImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().sdcpp().qwen().createVariant().prompt("p").image(IMG).size(1024, 1024).version("2512")),
                c("Qwen20bEditImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().sdcpp().qwen().editImage().prompt("p").images(IMG).size(1024, 1024).version("2511")),
                c("AnimaCreateImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().sdcpp().anima().createImage().prompt("p").diffuserModel("urn:air:flux1:diffuser:civitai:1@2")),
                c("AnimaVariantImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().sdcpp().anima().createVariant().prompt("p").image(IMG).strength(0.5)),
                c("ComfySdxlCreateImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().comfy().sdxl().createImage().model(SDXL).prompt("p")
                        .sampler(ComfySampler.DPMPP_2M).scheduler("karras").lora("urn:air:sdxl:lora:civitai:1@2", 1)),
                c("ComfySd1CreateImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().comfy().sd1().createImage().model("urn:air:sd1:checkpoint:civitai:4384@128713").prompt("p")),
                c("ComfyErnieStandardCreateImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().comfy().ernie().standard().createImage().prompt("p").seed(3)),
                c("ComfyErnieTurboCreateImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().comfy().ernie().turbo().createImage().prompt("p").quantity(2)),
                c("Flux1KontextDevImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().flux1Kontext().dev().prompt("p").images(IMG).aspectRatio("16:9").guidanceScale(3.5)),
                c("Flux1KontextProImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().flux1Kontext().pro().prompt("p").seed(1)),
                c("Flux1KontextMaxImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().flux1Kontext().max().prompt("p").quantity(1)),
                c("Flux2KleinCreateImageInput", "ImageGenStepTemplate", w -> w.imageGen().flux2().klein().createImage().prompt("p").modelVersion("9b-kv")
                        .sampleMethod(SampleMethod.EULER).lora("urn:air:flux2:lora:civitai:1@1", 1).outputFormat(OutputFormat.WEBP).imageMetadata("kept with the image")),
                c("Flux2DevCreateImageInput", "ImageGenStepTemplate", w -> w.imageGen().flux2().dev().createImage().prompt("p").guidanceScale(4).numInferenceSteps(28)
                        .lora("urn:air:flux2:lora:civitai:1@1", 0.7)),
                c("Flux2KleinEditImageInput", "ImageGenStepTemplate", w -> w.imageGen().flux2().klein().editImage().prompt("p").images(IMG).modelVersion("9b")),
                c("Flux2DevEditImageInput", "ImageGenStepTemplate", w -> w.imageGen().flux2().dev().editImage().prompt("p").images(IMG).guidanceScale(4)),
                c("Flux2FlexEditImageInput", "ImageGenStepTemplate", w -> w.imageGen().flux2().flex().editImage().prompt("p").images(IMG)),
                c("Flux2FlexCreateImageInput", "ImageGenStepTemplate", w -> w.imageGen().flux2().flex().createImage().prompt("p").guidanceScale(4)),
                c("Flux2ProCreateImageInput", "ImageGenStepTemplate", w -> w.imageGen().flux2().pro().createImage().prompt("p").size(1024, 768).enablePromptExpansion(true)),
                c("Flux2ProEditImageInput", "ImageGenStepTemplate", w -> w.imageGen().flux2().pro().editImage().prompt("p").images(IMG)),
                c("Flux2MaxCreateImageInput", "ImageGenStepTemplate", w -> w.imageGen().flux2().max().createImage().prompt("p").seed(9)),
                c("Flux2MaxEditImageInput", "ImageGenStepTemplate", w -> w.imageGen().flux2().max().editImage().prompt("p").images(IMG)),
                c("OpenAiGpt2CreateImageInput", "ImageGenStepTemplate", w -> w.imageGen().openai().gptImage2().createImage().prompt("p").size(1024, 1536).quality("low")),
                c("OpenAiGpt2EditImageInput", "ImageGenStepTemplate", w -> w.imageGen().openai().gptImage2().editImage().prompt("p").images(IMG).maskImage(IMG)),
                c("OpenAiGpt15CreateImageInput", "ImageGenStepTemplate", w -> w.imageGen().openai().gptImage15().createImage().prompt("p").size("1536x1024").background("transparent")),
                c("OpenAiGpt15EditImageInput", "ImageGenStepTemplate", w -> w.imageGen().openai().gptImage15().editImage().prompt("p").images(IMG).inputFidelity("high")),
                c("OpenAiGpt1EditImageInput", "ImageGenStepTemplate", w -> w.imageGen().openai().gptImage1().editImage().prompt("p").images(IMG).mask(IMG)),
                c("OpenAiGpt1CreateImageInput", "ImageGenStepTemplate", w -> w.imageGen().openai().gptImage1().createImage().prompt("p").quality("auto")),
                c("OpenAiDallE3CreateImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().openai().dallE3().createImage().prompt("p").size("1792x1024").style("vivid").quality("hd")),
                c("NanoBanana2ImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().google().nanoBanana2().prompt("p").images(IMG).enableWebSearch(true).seed(1)),
                c("NanoBananaProImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().google().nanoBananaPro().prompt("p").resolution("4K").aspectRatio("21:9")),
                c("Imagen4ImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().google().imagen4().prompt("p").negativePrompt("n").aspectRatio("3:4").numImages(2)),
                c("Gemini25FlashCreateImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().gemini().createImage().prompt("p").quantity(2)),
                c("Gemini25FlashEditImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().gemini().editImage().prompt("p").images(IMG)),
                c("SeedreamImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().seedream().version("v4.5").prompt("p").images(IMG).enableSafetyChecker(false)),
                c("GrokCreateImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().grok().createImage().prompt("p").aspectRatio("19.5:9")),
                c("GrokEditImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().grok().editImage().prompt("p").images(IMG)),
                c("Wan22FalImageGenInput", "ImageGenStepTemplate", w -> w.imageGen().wan().prompt("p").acceleration("fast").negativePrompt("n").seed(2)),
                c("Wan26FalTextToVideoInput", "VideoGenStepTemplate", w -> w.videoGen().wan().textToVideo().prompt("p").cfgScale(4).duration(10).frameRate(24)
                        .lora("urn:air:wan:lora:civitai:1@1", 1)),
                c("Wan26FalImageToVideoInput", "VideoGenStepTemplate", w -> w.videoGen().wan().imageToVideo().prompt("p").cfgScale(4).images(IMG).resolution("720p")),
                c("KlingVideoGenInput", "VideoGenStepTemplate", w -> w.videoGen().kling().prompt("p").cfgScale(0.5).mode("professional").duration(10).sourceImage(IMG)
                        .sourceImageUrl(IMG).cameraControl("pan", 5).cameraControl("zoom", -2.5)),
                c("Veo3VideoGenInput", "VideoGenStepTemplate", w -> w.videoGen().veo3().prompt("p").generateAudio(false).mode("fast").duration(4).images(IMG).fastMode(true)),
                c("ComfyLtx23CreateVideoInput", "VideoGenStepTemplate", w -> w.videoGen().ltx2().prompt("p").model("22b-dev").steps(30).quantity(2).lora("urn:air:ltx2:lora:civitai:1@1", 1)),
                c("ViduVideoGenInput", "VideoGenStepTemplate", w -> w.videoGen().vidu().prompt("p").style("anime").duration(8).model("q1").movementAmplitude("large")),
                c("ViduQ3VideoGenInput", "VideoGenStepTemplate", w -> w.videoGen().viduQ3().prompt("p").enableAudio(true).resolution("1080p")),
                c("SeedanceVideoGenInput", "VideoGenStepTemplate", w -> w.videoGen().seedance().prompt("p").aspectRatio("adaptive").duration(12).resolution("1080p").images(IMG)),
                c("ImageUpscalerInput", "ImageUpscalerStepTemplate", w -> w.imageUpscaler().image(IMG).model("urn:air:other:upscaler:civitai:1@1").numberOfRepeats(2)),
                c("VideoUpscalerInput", "VideoUpscalerStepTemplate", w -> w.videoUpscaler().video(IMG).scaleFactor(2)),
                c("VideoInterpolationInput", "VideoInterpolationStepTemplate", w -> w.videoInterpolation().video(IMG).interpolationFactor(4).model("rife")),
                c("ConvertImageInput", "ConvertImageStepTemplate", w -> w.convertImage().image(IMG).to("webp", 90)),
                c("ImageBackgroundRemovalInput", "ImageBackgroundRemovalStepTemplate", w -> w.imageBackgroundRemoval().image(IMG).format("png")),
                c("CustomTextToSpeechInput", "TextToSpeechStepTemplate", w -> w.textToSpeech().custom().text("hi").speaker("serena").xVectorOnlyMode(true)
                        .instruct("calm").reference(IMG, "hello")),
                c("TranscriptionInput", "TranscriptionStepTemplate", w -> w.transcription().mediaUrl(IMG).language("en").context("Civitai").returnTimeStamps(false)),
                c("ChatCompletionInput", "ChatCompletionStepTemplate", w -> w.chatCompletion().model("openai/gpt-4o-mini").system("s").user("u").assistant("a")
                        .temperature(0.2).maxTokens(100).topP(0.9).seed(1)),
                c("PromptEnhancementInput", "PromptEnhancementStepTemplate", w -> w.promptEnhancement().ecosystem("flux1").prompt("p").negativePrompt("n")
                        .instruction("i").temperature(0.5).images(IMG)),
                c("SdxlAiToolkitTrainingInput", "TrainingStepTemplate", w -> w.training().aiToolkit().sdxl().model(SDXL).trainingData(ZIP, 10).samplePrompts("a")
                        .minSnrGamma(5).batchSize(2).epochs(10).flipAugmentation(true).shuffleTokens(true).keepTokens(1).triggerWord("tok")),
                c("Sd1AiToolkitTrainingInput", "TrainingStepTemplate", w -> w.training().aiToolkit().sd1().trainingData(ZIP, 5).textEncoderLr(5e-5)),
                c("Flux1DevAiToolkitTrainingInput", "TrainingStepTemplate", w -> w.training().aiToolkit().flux1Dev().trainingData(ZIP, 5).steps(2000)),
                c("Flux1SchnellAiToolkitTrainingInput", "TrainingStepTemplate", w -> w.training().aiToolkit().flux1Schnell().trainingData(ZIP, 5).lr(1e-4)),
                c("Flux2Klein4bAiToolkitTrainingInput", "TrainingStepTemplate", w -> w.training().aiToolkit().flux2Klein4b().trainingData(ZIP, 3).isEditTraining(true)
                        .samplePrompts("a").sampleSourceImages(IMG)),
                c("Flux2Klein9bAiToolkitTrainingInput", "TrainingStepTemplate", w -> w.training().aiToolkit().flux2Klein9b().trainingData(ZIP, 3)),
                c("Ltx2AiToolkitTrainingInput", "TrainingStepTemplate", w -> w.training().aiToolkit().ltx2().trainingData(ZIP, 4).networkDim(32)),
                c("Ltx23AiToolkitTrainingInput", "TrainingStepTemplate", w -> w.training().aiToolkit().ltx23().trainingData(ZIP, 4)),
                c("ChromaAiToolkitTrainingInput", "TrainingStepTemplate", w -> w.training().aiToolkit().chroma().trainingData(ZIP, 10).noiseOffset(0.05)),
                c("ErnieAiToolkitTrainingInput", "TrainingStepTemplate", w -> w.training().aiToolkit().ernie().trainingData(ZIP, 10)),
                c("QwenAiToolkitTrainingInput", "TrainingStepTemplate", w -> w.training().aiToolkit().qwen().version("2509").trainingData(ZIP, 10)),
                c("ZImageTurboAiToolkitTrainingInput", "TrainingStepTemplate", w -> w.training().aiToolkit().zImageTurbo().trainingData(ZIP, 10)),
                c("ZImageBaseAiToolkitTrainingInput", "TrainingStepTemplate", w -> w.training().aiToolkit().zImageBase().trainingData(ZIP, 10)),
                c("KohyaImageResourceTrainingInput", "ImageResourceTrainingStepTemplate", w -> w.imageResourceTraining().engine("kohya").model(SDXL)
                        .trainingData(ZIP, 12).loraName("mine").samplePrompts("a", "b").negativePrompt("n")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void typedInputConformsToItsOfficialType(String schema, String stepSchema, Function<WorkflowBuilder, TypedStep<?>> dsl) {
        TypedStep<?> step = dsl.apply(new WorkflowBuilder(null));
        JsonNode json = step.toJsonNode();
        assertEquals(Set.of(), RecipeSchemas.violations(schema, json.get("input").toString()), json.toString());
        assertEquals(Set.of(), RecipeSchemas.violations(stepSchema, json.toString()), json.toString());
    }

    /**
     * Every setter of every typed builder, called (see {@link #writes}), either writes a field its
     * official type accepts or is recorded in {@code dsl-offers.txt}: a setter offered on a step that
     * takes none of the values the type allows, or writes a field the type does not have, is a step
     * that does not narrow to what its model takes. The list only ever says what is true: a new such
     * setter fails here by name, and one fixed must leave the list ({@code -Dcivkit.gaps.update=true}
     * rewrites it).
     */
    @Test
    void everySetterWritesWhatItsOfficialTypeAcceptsOrIsAKnownWideOffer() throws IOException {
        StringBuilder wide = new StringBuilder();
        cases().forEach(a -> {
            String schema = (String) a.get()[0];
            List<String> problems = new ArrayList<>();
            Map<String, Set<String>> written = writes(schema, (Function<WorkflowBuilder, TypedStep<?>>) a.get()[2], problems);
            assertFalse(written.isEmpty(), schema + ": no setter wrote anything");
            problems.forEach(p -> wide.append(schema).append(": ").append(p).append('\n'));
        });
        Path record = Path.of("src/test/resources/dsl-offers.txt");
        String header = "# Setters a typed step offers that its official type does not take: none of the allowed values is accepted,\n"
                + "# or the field written is not the type's. Written by TypedSchemaTest with -Dcivkit.gaps.update=true.\n";
        if (Boolean.getBoolean("civkit.gaps.update")) Files.writeString(record, header + wide);
        assertEquals(Files.readString(record).replace(header, ""), wide.toString(),
                "a typed step offers a setter its official type does not take; narrow the step, or record it with -Dcivkit.gaps.update=true");
    }

    /**
     * The DSL follows the API as it grows: every field of an official input type is written by a
     * setter of the typed builder (called, not looked up by name), is fixed by the chooser that made it
     * ({@code const} in the schema), or is listed in {@code dsl-gaps.txt} (reachable through
     * {@code set(field, value)} until typed). When the schemas are refreshed from the official client,
     * a field added upstream fails here by name, and a gap closed must leave the list: the list only
     * ever says what is true. {@code -Dcivkit.gaps.update=true} rewrites it.
     */
    @Test
    void everyFieldOfTheOfficialTypesHasASetterOrIsAKnownGap() throws IOException {
        StringBuilder gaps = new StringBuilder();
        new TreeMap<String, Function<WorkflowBuilder, TypedStep<?>>>(cases().collect(Collectors.toMap(a -> (String) a.get()[0],
                a -> (Function<WorkflowBuilder, TypedStep<?>>) a.get()[2])))
                .forEach((schema, dsl) -> {
                    Set<String> typed = new TreeSet<>();
                    writes(schema, dsl, new ArrayList<>()).values().forEach(typed::addAll);
                    Set<String> missing = new TreeSet<>();
                    RecipeSchemas.properties(schema).forEach((field, type) -> {
                        if (!type.has("const") && !RecipeSchemas.SERVER_DEFAULTED.contains(field) && !typed.contains(field)) missing.add(field);
                    });
                    Class<?> builder = dsl.apply(new WorkflowBuilder(null)).getClass();
                    if (!missing.isEmpty()) gaps.append(schema).append(" (").append(builder.getInterfaces()[0].getName().replace("dev.civkit.dsl.", ""))
                            .append("): ").append(String.join(", ", missing)).append('\n');
                });
        Path record = Path.of("src/test/resources/dsl-gaps.txt");
        String header = "# Fields of official input types that no typed builder writes yet (set(field, value) reaches them).\n"
                + "# Written by TypedSchemaTest with -Dcivkit.gaps.update=true; a new line means the API grew.\n";
        if (Boolean.getBoolean("civkit.gaps.update")) Files.writeString(record, header + gaps);
        assertEquals(Files.readString(record).replace(header, ""), gaps.toString(),
                "typed setters and the official types drifted apart; type the new fields or record them with -Dcivkit.gaps.update=true");
    }

    /** The methods every step has (name, priority, set, then, submit…): not this type's setters. */
    static final Set<String> COMMON = Stream.concat(Stream.of(StepBuilder.class.getMethods()), Stream.of(TypedStep.class.getMethods()))
            .map(Method::getName).collect(Collectors.toSet());

    /**
     * What each setter of a case's builder writes, by calling it: on a fresh copy of the case's
     * filled-in builder, with values the official type allows (the field's enum members, consts and
     * minimum), then ordinary ones, until the builder takes a value that changes its input. Those
     * changed fields are what the setter writes, when the input it leaves is one the official type
     * accepts; otherwise, or when it took none of the values, {@code problems} says so and it writes nothing.
     */
    static Map<String, Set<String>> writes(String schema, Function<WorkflowBuilder, TypedStep<?>> dsl, List<String> problems) {
        Class<?> builder = dsl.apply(new WorkflowBuilder(null)).getClass();
        Map<String, Set<String>> out = new TreeMap<>();
        for (Method m : setters(builder)) {
            String name = m.getName() + Stream.of(m.getParameterTypes()).map(Class::getSimpleName).collect(Collectors.joining(", ", "(", ")"));
            Set<String> changed = Set.of();
            String problem = null;
            int more = 6; // calls after the first that took a value
            for (Object[] args : arguments(m, schema)) {
                if (!changed.isEmpty() && more-- == 0) break;
                TypedStep<?> b = dsl.apply(new WorkflowBuilder(null));
                JsonNode before = b.toJsonNode().get("input");
                try {
                    m.invoke(b, args);
                } catch (InvocationTargetException refused) {
                    if (refused.getCause() instanceof IllegalArgumentException) continue; // InvalidRequestException too: not a value it takes
                    throw new AssertionError(name + " threw " + refused.getCause(), refused.getCause());
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
                JsonNode after = b.toJsonNode().get("input");
                Set<String> fields = new TreeSet<>(); // what this call changed
                after.propertyNames().forEach(f -> { if (!after.get(f).equals(before.get(f))) fields.add(f); });
                before.propertyNames().forEach(f -> { if (!after.has(f)) fields.add(f); });
                if (fields.isEmpty()) continue; // the value the case set already: try another
                if (!changed.isEmpty()) {
                    // Other values it takes show the fields the first left as the case had them (reference(url, text) both).
                    changed.addAll(fields);
                    continue;
                }
                Set<String> violations = RecipeSchemas.violations(schema, after.toString());
                if (!violations.isEmpty()) {
                    problem = name + " writes " + String.join(", ", fields) + ": " + String.join("; ", violations);
                    break;
                }
                changed = fields;
            }
            if (changed.isEmpty() && problem == null) problem = name + " takes none of the values its type allows";
            if (changed.isEmpty()) problems.add(problem);
            out.merge(name, changed, (x, y) -> x.isEmpty() ? y : x);
        }
        return out;
    }

    /** The builder's own fluent methods, as its public interfaces declare them (the class itself is package-private). */
    static List<Method> setters(Class<?> builder) {
        List<Method> all = new ArrayList<>();
        for (Class<?> i : allInterfaces(builder)) {
            if (!i.getPackageName().equals("dev.civkit.dsl")) continue;
            for (Method m : i.getDeclaredMethods()) {
                if (Modifier.isStatic(m.getModifiers()) || COMMON.contains(m.getName()) || m.getParameterCount() == 0) continue;
                if (!m.getReturnType().isAssignableFrom(builder)) continue;
                all.add(m);
            }
        }
        all.sort(Comparator.comparing(Method::toString));
        return all;
    }

    private static Set<Class<?>> allInterfaces(Class<?> k) {
        Set<Class<?>> out = new LinkedHashSet<>();
        for (Class<?> c = k; c != null; c = c.getSuperclass())
            for (Class<?> i : c.getInterfaces()) {
                out.add(i);
                out.addAll(allInterfaces(i));
            }
        return out;
    }

    /** Values to offer a setter, most likely first: what its field's type allows, then ordinary ones per parameter type. */
    private static List<Object[]> arguments(Method m, String schema) {
        Set<String> allowed = new LinkedHashSet<>(RecipeSchemas.samples(schema, m.getName()));
        allowed.addAll(RecipeSchemas.samples(schema, m.getName() + "s"));
        List<List<Object>> perParam = new ArrayList<>();
        for (Class<?> t : m.getParameterTypes()) perParam.add(values(t, allowed));
        List<Object[]> combos = new ArrayList<>();
        if (perParam.stream().anyMatch(List::isEmpty)) return combos;
        // First every parameter changing at once (so a second value is seen to be written too), then all combinations.
        int longest = perParam.stream().mapToInt(List::size).max().orElse(0);
        for (int i = 0; i < Math.min(longest, 8); i++) {
            Object[] now = new Object[perParam.size()];
            for (int k = 0; k < now.length; k++) now[k] = perParam.get(k).get(i % perParam.get(k).size());
            combos.add(now);
        }
        combine(perParam, 0, new Object[perParam.size()], combos);
        return combos;
    }

    private static void combine(List<List<Object>> perParam, int i, Object[] now, List<Object[]> out) {
        if (out.size() >= 200) return;
        if (i == perParam.size()) {
            out.add(now.clone());
            return;
        }
        for (Object v : perParam.get(i)) {
            now[i] = v;
            combine(perParam, i + 1, now, out);
        }
    }

    private static final List<String> TEXTS = List.of(IMG, "p", SDXL, "urn:air:sd1:checkpoint:civitai:4384@128713", "urn:air:flux1:diffuser:civitai:1@2",
            "urn:air:flux1:clip:civitai:5@6", "urn:air:flux1:vae:civitai:7@8", "urn:air:sdxl:lora:civitai:1@2", "urn:air:sd1:embedding:civitai:3@4",
            "urn:air:other:upscaler:civitai:1@1", ZIP, "16:9", "9b", "png", "webp", "en", "2512", "fast", "1080p", "720p", "low", "karras",
            "euler", "pan", "serena", "openai/gpt-4o-mini", "kohya", "v4.5", "q1", "anime", "large", "rife", "off", "b");

    private static List<Object> values(Class<?> t, Set<String> allowed) {
        List<Object> v = new ArrayList<>();
        if (t == String.class) {
            v.addAll(allowed);
            v.addAll(TEXTS);
        } else if (t == String[].class) {
            for (String s : TEXTS.subList(0, 3)) v.add(new String[] {s});
        } else if (t == int.class || t == Integer.class || t == long.class || t == Long.class) {
            for (String a : allowed) if (a.matches("-?\\d+")) v.add(cast(t, Long.parseLong(a)));
            for (long n : new long[] {1, 2, 4, 5, 8, 10, 12, 20, 24, 30, 512, 1024, 2000}) v.add(cast(t, n));
        } else if (t == double.class || t == Double.class || t == float.class || t == Float.class) {
            for (String a : allowed) if (a.matches("-?[\\d.]+(E-?\\d+)?")) v.add(t == float.class || t == Float.class ? (Object) Float.parseFloat(a) : (Object) Double.parseDouble(a));
            for (double d : new double[] {0.5, 1, 0.1, 2, 4, 7, 1e-4}) v.add(t == float.class || t == Float.class ? (Object) (float) d : (Object) d);
        } else if (t == boolean.class || t == Boolean.class) {
            v.add(true);
            v.add(false);
        } else if (t.isEnum()) {
            v.addAll(List.of(t.getEnumConstants()));
        } else if (t == Object.class) {
            v.addAll(TEXTS.subList(0, 3));
        } else if (t == Object[].class) {
            for (String s : TEXTS.subList(0, 3)) v.add(new Object[] {s});
        } else if (t == Blob.class) {
            v.add(new Blob("image", "upload_1", Boolean.TRUE, IMG, null, null, null, 512, 512, null, null, null, null, null));
        } else if (t == Blob[].class) {
            v.add(new Blob[] {new Blob("image", "upload_1", Boolean.TRUE, IMG, null, null, null, 512, 512, null, null, null, null, null)});
        }
        return v;
    }

    private static Object cast(Class<?> t, long n) {
        return t == int.class || t == Integer.class ? (Object) (int) n : (Object) n;
    }

    /** An uploaded or generated blob goes in where an image does, as its URL. */
    @Test
    void aBlobIsWrittenAsItsUrl() {
        String url = "https://blobs.example.test/upload_1.png?sig=abc";
        Blob blob = new Blob("image", "upload_1", Boolean.TRUE, url, null, null, null, 512, 512, null, null, null, null, null);
        JsonNode edit = new WorkflowBuilder(null).imageGen().openai().gptImage2().editImage().prompt("p").images(blob, IMG).maskImage(blob)
                .toJsonNode().get("input");
        assertEquals(url, edit.get("images").get(0).asString(), edit.toString());
        assertEquals(IMG, edit.get("images").get(1).asString(), edit.toString());
        assertEquals(url, edit.get("maskImage").asString(), edit.toString());
        assertEquals(Set.of(), RecipeSchemas.violations("OpenAiGpt2EditImageInput", edit.toString()));
        JsonNode variant = new WorkflowBuilder(null).imageGen().sdcpp().sdxl().createVariant().model(SDXL).prompt("p").image(blob)
                .toJsonNode().get("input");
        assertEquals(url, variant.get("image").asString(), variant.toString());
        assertEquals(Set.of(), RecipeSchemas.violations("SdxlVariantImageGenInput", variant.toString()));
    }

    /** Each call adds one axis; the schema alone would not notice a second call replacing the first. */
    @Test
    void klingCameraControlKeepsEveryAxis() {
        JsonNode in = new WorkflowBuilder(null).videoGen().kling().prompt("p").cameraControl("pan", 5).cameraControl("zoom", -2.5)
                .toJsonNode().get("input");
        assertEquals("{\"config\":{\"pan\":5,\"zoom\":-2.5}}", in.get("cameraControl").toString());
    }

    @Test
    void schemaCheckCatchesAWrongFieldName() {
        // sdcpp says sampleMethod; a builder writing the comfy name would be caught
        String input = new WorkflowBuilder(null).imageGen().sdcpp().sdxl().createImage().model(SDXL).prompt("p").set("sampler", "euler")
                .toJsonNode().get("input").toString();
        assertFalse(RecipeSchemas.violations("SdxlCreateImageGenInput", input).isEmpty());
    }

    /** "Every typed builder" means every concrete TypedStep class; a new one without a case here fails this. */
    @Test
    void everyConcreteTypedBuilderHasACase() throws IOException {
        Path dir = Path.of("target/classes/dev/civkit/dsl");
        Set<String> concrete = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.toList()) {
                String n = p.getFileName().toString();
                if (!n.endsWith(".class")) continue;
                try {
                    Class<?> k = Class.forName("dev.civkit.dsl." + n.substring(0, n.length() - 6));
                    if (TypedStep.class.isAssignableFrom(k) && !java.lang.reflect.Modifier.isAbstract(k.getModifiers())) concrete.add(k.getName());
                } catch (ClassNotFoundException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        Set<String> covered = cases().map(a -> ((Function<WorkflowBuilder, TypedStep<?>>) a.get()[2]).apply(new WorkflowBuilder(null)).getClass().getName())
                .collect(Collectors.toCollection(TreeSet::new));
        concrete.removeAll(covered);
        assertEquals(Set.of(), concrete, "typed builders without a schema case");
    }
}
