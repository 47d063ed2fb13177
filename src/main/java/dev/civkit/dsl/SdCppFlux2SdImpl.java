package dev.civkit.dsl;

import dev.civkit.request.InvalidRequestException;

abstract class SdCppFlux2SdImpl<S extends SdCpp.Flux2Sd<S>> extends SdCppImageImpl<S> implements SdCpp.Flux2Sd<S> {
    SdCppFlux2SdImpl(WorkflowBuilder owner, String ecosystem, String operation) {
        super(owner, ecosystem, operation);
    }

    @Override
    public S modelVersion(String v) {
        if (!"flux2Klein".equals(input.path("ecosystem").asString()))
            throw new InvalidRequestException(type() + ".input.modelVersion",
                    "is a flux2Klein field (4b, 4b-base, 9b or 9b-base); this step is " + describe() + ", which has one model");
        return oneOf("modelVersion", v, "4b", "4b-base", "9b", "9b-base");
    }

    static final class Create extends SdCppFlux2SdImpl<SdCpp.Flux2Sd.Create> implements SdCpp.Flux2Sd.Create {
        Create(WorkflowBuilder owner, String ecosystem, String operation) {
            super(owner, ecosystem, operation);
        }
    }

    static final class Variant extends SdCppFlux2SdImpl<SdCpp.Flux2Sd.Variant> implements SdCpp.Flux2Sd.Variant {
        Variant(WorkflowBuilder owner, String ecosystem) {
            super(owner, ecosystem, "createVariant");
            required("image");
        }
    }

    static final class Edit extends SdCppFlux2SdImpl<SdCpp.Flux2Sd.Edit> implements SdCpp.Flux2Sd.Edit {
        Edit(WorkflowBuilder owner, String ecosystem) {
            super(owner, ecosystem, "editImage");
        }

        @Override
        public SdCpp.Flux2Sd.Edit images(Object... urlsOrRefs) {
            return mediaList("images", urlsOrRefs);
        }
    }
}
