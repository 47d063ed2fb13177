package dev.civkit.dsl;

import dev.civkit.request.InvalidRequestException;
import dev.civkit.request.Require;
import java.util.List;

abstract class SdCppCheckpointImpl<S extends SdCpp.Checkpoint<S>> extends SdCppImageImpl<S> implements SdCpp.Checkpoint<S> {
    SdCppCheckpointImpl(WorkflowBuilder owner, String ecosystem, String operation) {
        super(owner, ecosystem, operation);
        required("model");
    }

    @Override
    public S model(String air) {
        return air("model", air);
    }

    @Override
    public S vaeModel(String air) {
        return air("vaeModel", air);
    }

    @Override
    public S embeddings(String... airs) {
        Require.noNulls(airs, "embeddings(airs)", "AIRs such as \"urn:air:sdxl:embedding:civitai:1@2\"");
        return strings("embeddings", List.of(airs));
    }

    @Override
    public S uCache(String mode) {
        return oneOf("uCache", mode, "off", "normal");
    }

    @Override
    public S clipSkip(int layers) {
        if (!"sd1".equals(input.path("ecosystem").asString()))
            throw new InvalidRequestException(type() + ".input.clipSkip", "is an sd1 field; this step is " + describe());
        return whole("clipSkip", layers, -12, 12);
    }

    static final class Create extends SdCppCheckpointImpl<SdCpp.Checkpoint.Create> implements SdCpp.Checkpoint.Create {
        Create(WorkflowBuilder owner, String ecosystem) {
            super(owner, ecosystem, "createImage");
        }
    }

    static final class Variant extends SdCppCheckpointImpl<SdCpp.Checkpoint.Variant> implements SdCpp.Checkpoint.Variant {
        Variant(WorkflowBuilder owner, String ecosystem) {
            super(owner, ecosystem, "createVariant");
            required("image");
        }
    }
}
