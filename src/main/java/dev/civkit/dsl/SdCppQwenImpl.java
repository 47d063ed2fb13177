package dev.civkit.dsl;

abstract class SdCppQwenImpl<S extends SdCpp.Qwen<S>> extends SdCppImageImpl<S> implements SdCpp.Qwen<S> {
    SdCppQwenImpl(WorkflowBuilder owner, String operation) {
        super(owner, "qwen", operation);
        preset("model", "20b");
    }

    @Override
    public S version(String v) {
        return "editImage".equals(input.path("operation").asString())
                ? oneOf("version", v, "latest", "2509", "2511")
                : oneOf("version", v, "latest", "2509", "2512");
    }

    static final class Create extends SdCppQwenImpl<SdCpp.Qwen.Create> implements SdCpp.Qwen.Create {
        Create(WorkflowBuilder owner, String operation) {
            super(owner, operation);
        }
    }

    static final class Variant extends SdCppQwenImpl<SdCpp.Qwen.Variant> implements SdCpp.Qwen.Variant {
        Variant(WorkflowBuilder owner) {
            super(owner, "createVariant");
            required("image", "width", "height");
        }
    }

    static final class Edit extends SdCppQwenImpl<SdCpp.Qwen.Edit> implements SdCpp.Qwen.Edit {
        Edit(WorkflowBuilder owner) {
            super(owner, "editImage");
            required("images", "width", "height");
        }
    }
}
