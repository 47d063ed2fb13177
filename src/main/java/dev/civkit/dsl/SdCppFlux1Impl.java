package dev.civkit.dsl;

abstract class SdCppFlux1Impl<S extends SdCpp.Flux1<S>> extends SdCppImageImpl<S> implements SdCpp.Flux1<S> {
    SdCppFlux1Impl(WorkflowBuilder owner, String operation) {
        super(owner, "flux1", operation);
        required("diffuserModel");
    }

    @Override
    public S clipLModel(String air) {
        return air("clipLModel", air);
    }

    @Override
    public S t5XXLModel(String air) {
        return text("t5XXLModel", air);
    }

    static final class Create extends SdCppFlux1Impl<SdCpp.Flux1.Create> implements SdCpp.Flux1.Create {
        Create(WorkflowBuilder owner, String operation) {
            super(owner, operation);
        }
    }

    static final class Variant extends SdCppFlux1Impl<SdCpp.Flux1.Variant> implements SdCpp.Flux1.Variant {
        Variant(WorkflowBuilder owner) {
            super(owner, "createVariant");
            required("image");
        }
    }

    static final class Edit extends SdCppFlux1Impl<SdCpp.Flux1.Edit> implements SdCpp.Flux1.Edit {
        Edit(WorkflowBuilder owner) {
            super(owner, "editImage");
        }
    }
}
