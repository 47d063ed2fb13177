package dev.civkit.dsl;

abstract class SdCppAnimaImpl<S extends SdCpp.Anima<S>> extends SdCppImageImpl<S> implements SdCpp.Anima<S> {
    SdCppAnimaImpl(WorkflowBuilder owner, String operation) {
        super(owner, "anima", operation);
    }

    static final class Create extends SdCppAnimaImpl<SdCpp.Anima.Create> implements SdCpp.Anima.Create {
        Create(WorkflowBuilder owner, String operation) {
            super(owner, operation);
        }
    }

    static final class Variant extends SdCppAnimaImpl<SdCpp.Anima.Variant> implements SdCpp.Anima.Variant {
        Variant(WorkflowBuilder owner) {
            super(owner, "createVariant");
            required("image");
        }
    }
}
