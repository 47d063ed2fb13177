package dev.civkit.dsl;

/**
 * FLUX.2 dev and klein on sdcpp: one class holds both ecosystems' fields; klein's classes offer
 * modelVersion through their interfaces, dev's do not.
 */
abstract class SdCppFlux2SdImpl<S extends SdCpp.Flux2Sd<S>> extends SdCppImageImpl<S> implements SdCpp.Flux2Sd<S> {
    SdCppFlux2SdImpl(WorkflowBuilder owner, String ecosystem, String operation) {
        super(owner, ecosystem, operation);
    }

    public S modelVersion(String v) {
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
    }

    static final class KleinCreate extends SdCppFlux2SdImpl<SdCpp.Flux2Klein.Create> implements SdCpp.Flux2Klein.Create {
        KleinCreate(WorkflowBuilder owner) {
            super(owner, "flux2Klein", "createImage");
        }
    }

    static final class KleinVariant extends SdCppFlux2SdImpl<SdCpp.Flux2Klein.Variant> implements SdCpp.Flux2Klein.Variant {
        KleinVariant(WorkflowBuilder owner) {
            super(owner, "flux2Klein", "createVariant");
            required("image");
        }
    }

    static final class KleinEdit extends SdCppFlux2SdImpl<SdCpp.Flux2Klein.Edit> implements SdCpp.Flux2Klein.Edit {
        KleinEdit(WorkflowBuilder owner) {
            super(owner, "flux2Klein", "editImage");
        }
    }
}
