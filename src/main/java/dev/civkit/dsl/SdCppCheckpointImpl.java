package dev.civkit.dsl;

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
    public S embeddings(String... airs) {
        Require.noNulls(airs, "embeddings(airs)", "AIRs such as \"urn:air:sdxl:embedding:civitai:1@2\"");
        return strings("embeddings", List.of(airs));
    }

    @Override
    public S uCache(String mode) {
        return oneOf("uCache", mode, "off", "normal");
    }

    /** sd1's field, offered by its interfaces only. */
    public S clipSkip(int layers) {
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

    static final class Sd1Create extends SdCppCheckpointImpl<SdCpp.Sd1.Create> implements SdCpp.Sd1.Create {
        Sd1Create(WorkflowBuilder owner) {
            super(owner, "sd1", "createImage");
        }
    }

    static final class Sd1Variant extends SdCppCheckpointImpl<SdCpp.Sd1.Variant> implements SdCpp.Sd1.Variant {
        Sd1Variant(WorkflowBuilder owner) {
            super(owner, "sd1", "createVariant");
            required("image");
        }
    }
}
