package dev.civkit.dsl;

import dev.civkit.request.InvalidRequestException;
import dev.civkit.json.Json;
import dev.civkit.request.Require;
import dev.civkit.request.Text;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

final class AiToolkitImpl extends TypedStepImpl<AiToolkit> implements AiToolkit {
    private final String ecosystem;

    AiToolkitImpl(WorkflowBuilder owner, String ecosystem, String modelVariant) {
        super("training", owner);
        this.ecosystem = ecosystem;
        preset("engine", "ai-toolkit");
        preset("ecosystem", ecosystem);
        if (modelVariant != null) preset("modelVariant", modelVariant);
        required("trainingData");
    }

    private AiToolkitImpl only(String field, String... ecosystems) {
        if (!List.of(ecosystems).contains(ecosystem))
            throw new InvalidRequestException(type() + ".input." + field, "is for " + String.join("/", ecosystems) + " training, not " + ecosystem);
        return this;
    }

    @Override
    public AiToolkit trainingData(String zipUrl, int count) {
        if (zipUrl == null || zipUrl.isBlank()) throw new InvalidRequestException(type() + ".input.trainingData.sourceUrl", "must not be blank");
        if (count < 1) throw new InvalidRequestException(type() + ".input.trainingData.count", "must be 1 or more, got " + count);
        ObjectNode d = Json.object().put("type", "zip").put("sourceUrl", zipUrl).put("count", count);
        input.set("trainingData", d);
        return this;
    }

    @Override
    public AiToolkit samplePrompts(String... prompts) {
        samples().set("prompts", array(prompts, "samplePrompts"));
        return this;
    }

    @Override
    public AiToolkit sampleSourceImages(String... urls) {
        samples().set("sourceImages", array(urls, "sampleSourceImages"));
        return this;
    }

    private ObjectNode samples() {
        ObjectNode s = input.get("samples") instanceof ObjectNode o ? o : Json.object();
        input.set("samples", s);
        return s;
    }

    private static ArrayNode array(String[] values, String method) {
        Require.noNulls(values, method + "(values)", "text such as \"a cat\"");
        ArrayNode a = Json.array();
        for (String v : values) {
            Text.requireEncodable(method + "(values)", v);
            a.add(v);
        }
        return a;
    }

    @Override
    public AiToolkit model(String air) {
        return only("model", "sdxl", "sd1").air("model", air);
    }

    @Override
    public AiToolkit version(String v) {
        return only("version", "qwen").oneOf("version", v, "latest", "2509", "2512");
    }

    @Override
    public AiToolkit isEditTraining(boolean on) {
        return only("isEditTraining", "flux2klein").put("isEditTraining", on);
    }

    @Override
    public AiToolkit steps(int steps) {
        return whole("steps", steps, 1, 100_000);
    }

    @Override
    public AiToolkit epochs(int epochs) {
        return whole("epochs", epochs, 1, 1000);
    }

    @Override
    public AiToolkit resolution(int px) {
        return whole("resolution", px, 64, 4096);
    }

    @Override
    public AiToolkit lr(double lr) {
        return num("lr", lr);
    }

    @Override
    public AiToolkit textEncoderLr(double lr) {
        return num("textEncoderLr", lr);
    }

    @Override
    public AiToolkit trainTextEncoder(boolean on) {
        return put("trainTextEncoder", on);
    }

    @Override
    public AiToolkit lrScheduler(LrScheduler s) {
        return put("lrScheduler", choice("lrScheduler", s, LrScheduler.class));
    }

    @Override
    public AiToolkit lrScheduler(String s) {
        return oneOf("lrScheduler", s, LrScheduler.wires());
    }

    @Override
    public AiToolkit optimizerType(Optimizer o) {
        return put("optimizerType", choice("optimizerType", o, Optimizer.class));
    }

    @Override
    public AiToolkit optimizerType(String o) {
        return oneOf("optimizerType", o, Optimizer.wires());
    }

    @Override
    public AiToolkit networkDim(int dim) {
        return whole("networkDim", dim, 1, 256);
    }

    @Override
    public AiToolkit networkAlpha(int alpha) {
        return whole("networkAlpha", alpha, 1, 256);
    }

    @Override
    public AiToolkit noiseOffset(double offset) {
        return num("noiseOffset", offset);
    }

    @Override
    public AiToolkit minSnrGamma(double gamma) {
        return only("minSnrGamma", "sdxl", "sd1").num("minSnrGamma", gamma);
    }

    @Override
    public AiToolkit triggerWord(String word) {
        return text("triggerWord", word);
    }

    @Override
    public AiToolkit batchSize(int n) {
        return whole("batchSize", n, 1, 16);
    }

    @Override
    public AiToolkit flipAugmentation(boolean on) {
        return put("flipAugmentation", on);
    }

    @Override
    public AiToolkit shuffleTokens(boolean on) {
        return put("shuffleTokens", on);
    }

    @Override
    public AiToolkit keepTokens(int n) {
        return whole("keepTokens", n, 0, 100);
    }
}
