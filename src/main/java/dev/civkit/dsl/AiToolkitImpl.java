package dev.civkit.dsl;

import dev.civkit.request.InvalidRequestException;
import dev.civkit.json.Json;
import dev.civkit.request.Require;
import dev.civkit.request.Text;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Every AI Toolkit field in one place; the small classes below are the ecosystems' steps, each
 * offering through its interface only the fields its official type has (which is all TAB, forms and
 * sweeps see).
 */
abstract class AiToolkitImpl<S extends AiToolkit<S>> extends TypedStepImpl<S> implements AiToolkit<S> {
    AiToolkitImpl(WorkflowBuilder owner, String ecosystem, String modelVariant) {
        super("training", owner);
        preset("engine", "ai-toolkit");
        preset("ecosystem", ecosystem);
        if (modelVariant != null) preset("modelVariant", modelVariant);
        required("trainingData");
    }

    @Override
    public S trainingData(String zipUrl, int count) {
        if (zipUrl == null || zipUrl.isBlank()) throw new InvalidRequestException(type() + ".input.trainingData.sourceUrl", "must not be blank");
        if (count < 1) throw new InvalidRequestException(type() + ".input.trainingData.count", "must be 1 or more, got " + count);
        ObjectNode d = Json.object().put("type", "zip").put("sourceUrl", zipUrl).put("count", count);
        input.set("trainingData", d);
        return self();
    }

    @Override
    public S samplePrompts(String... prompts) {
        samples().set("prompts", array(prompts, "samplePrompts"));
        return self();
    }

    @Override
    public S sampleSourceImages(String... urls) {
        samples().set("sourceImages", array(urls, "sampleSourceImages"));
        return self();
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

    public S model(String air) {
        return air("model", air);
    }

    public S version(String v) {
        return oneOf("version", v, "latest", "2509", "2512");
    }

    public S isEditTraining(boolean on) {
        return put("isEditTraining", on);
    }

    @Override
    public S steps(int steps) {
        return whole("steps", steps, 1, 100_000);
    }

    @Override
    public S epochs(int epochs) {
        return whole("epochs", epochs, 1, 1000);
    }

    @Override
    public S resolution(int px) {
        return whole("resolution", px, 64, 4096);
    }

    @Override
    public S lr(double lr) {
        return num("lr", lr);
    }

    @Override
    public S textEncoderLr(double lr) {
        return num("textEncoderLr", lr);
    }

    @Override
    public S trainTextEncoder(boolean on) {
        return put("trainTextEncoder", on);
    }

    @Override
    public S lrScheduler(LrScheduler s) {
        return put("lrScheduler", choice("lrScheduler", s, LrScheduler.class));
    }

    @Override
    public S lrScheduler(String s) {
        return oneOf("lrScheduler", s, LrScheduler.wires());
    }

    @Override
    public S optimizerType(Optimizer o) {
        return put("optimizerType", choice("optimizerType", o, Optimizer.class));
    }

    @Override
    public S optimizerType(String o) {
        return oneOf("optimizerType", o, Optimizer.wires());
    }

    @Override
    public S networkDim(int dim) {
        return whole("networkDim", dim, 1, 256);
    }

    @Override
    public S networkAlpha(int alpha) {
        return whole("networkAlpha", alpha, 1, 256);
    }

    @Override
    public S noiseOffset(double offset) {
        return num("noiseOffset", offset);
    }

    public S minSnrGamma(double gamma) {
        return num("minSnrGamma", gamma);
    }

    @Override
    public S triggerWord(String word) {
        return text("triggerWord", word);
    }

    @Override
    public S batchSize(int n) {
        return whole("batchSize", n, 1, 16);
    }

    @Override
    public S flipAugmentation(boolean on) {
        return put("flipAugmentation", on);
    }

    @Override
    public S shuffleTokens(boolean on) {
        return put("shuffleTokens", on);
    }

    @Override
    public S keepTokens(int n) {
        return whole("keepTokens", n, 0, 100);
    }

    static final class Standard extends AiToolkitImpl<AiToolkit.Standard> implements AiToolkit.Standard {
        Standard(WorkflowBuilder owner, String ecosystem, String modelVariant) {
            super(owner, ecosystem, modelVariant);
        }
    }

    static final class Checkpoint extends AiToolkitImpl<AiToolkit.Checkpoint> implements AiToolkit.Checkpoint {
        Checkpoint(WorkflowBuilder owner, String ecosystem) {
            super(owner, ecosystem, null);
        }
    }

    static final class Flux2Klein extends AiToolkitImpl<AiToolkit.Flux2Klein> implements AiToolkit.Flux2Klein {
        Flux2Klein(WorkflowBuilder owner, String modelVariant) {
            super(owner, "flux2klein", modelVariant);
        }
    }

    static final class Qwen extends AiToolkitImpl<AiToolkit.Qwen> implements AiToolkit.Qwen {
        Qwen(WorkflowBuilder owner) {
            super(owner, "qwen", null);
        }
    }
}
