package dev.civkit.dsl;

/**
 * Every OpenAI image field in one place; the small classes below are the models' operations, each
 * offering through its interface only the fields its official type has (which is all TAB, forms and
 * sweeps see). What differs by model here is only which values a field takes.
 */
abstract class OpenAiImpl<S extends OpenAi<S>> extends PromptImageImpl<S> implements OpenAi<S> {
    private final String model;
    private final String operation;

    OpenAiImpl(WorkflowBuilder owner, String model, String operation) {
        super(owner, "openai");
        this.model = model;
        this.operation = operation;
        preset("model", model);
        preset("operation", operation);
        if (operation.equals("editImage")) required("images");
    }

    @Override
    public S quality(String q) {
        return switch (model) {
            case "gpt-image-2", "gpt-image-1.5" -> oneOf("quality", q, "low", "medium", "high");
            case "gpt-image-1" -> oneOf("quality", q, "auto", "high", "medium", "low");
            default -> oneOf("quality", q, "auto", "hd", "standard");
        };
    }

    public S size(String size) {
        if (model.equals("dall-e-3")) return oneOf("size", size, "1024x1024", "1792x1024", "1024x1792");
        return model.equals("gpt-image-1.5") && operation.equals("editImage")
                ? oneOf("size", size, "auto", "1024x1024", "1536x1024", "1024x1536")
                : oneOf("size", size, "1024x1024", "1536x1024", "1024x1536");
    }

    public S background(String b) {
        return oneOf("background", b, "auto", "transparent", "opaque");
    }

    public S inputFidelity(String fidelity) {
        return oneOf("inputFidelity", fidelity, "low", "high");
    }

    public S maskImage(Object urlOrRef) {
        return media("maskImage", urlOrRef);
    }

    public S mask(Object urlOrRef) {
        return media("mask", urlOrRef);
    }

    public S style(String s) {
        return oneOf("style", s, "natural", "vivid");
    }

    static final class Gpt2Create extends OpenAiImpl<OpenAi.Gpt2.Create> implements OpenAi.Gpt2.Create {
        Gpt2Create(WorkflowBuilder owner) {
            super(owner, "gpt-image-2", "createImage");
        }
    }

    static final class Gpt2Edit extends OpenAiImpl<OpenAi.Gpt2.Edit> implements OpenAi.Gpt2.Edit {
        Gpt2Edit(WorkflowBuilder owner) {
            super(owner, "gpt-image-2", "editImage");
        }
    }

    static final class Gpt15Create extends OpenAiImpl<OpenAi.Gpt15.Create> implements OpenAi.Gpt15.Create {
        Gpt15Create(WorkflowBuilder owner) {
            super(owner, "gpt-image-1.5", "createImage");
        }
    }

    static final class Gpt15Edit extends OpenAiImpl<OpenAi.Gpt15.Edit> implements OpenAi.Gpt15.Edit {
        Gpt15Edit(WorkflowBuilder owner) {
            super(owner, "gpt-image-1.5", "editImage");
        }
    }

    static final class Gpt1Create extends OpenAiImpl<OpenAi.Gpt1.Create> implements OpenAi.Gpt1.Create {
        Gpt1Create(WorkflowBuilder owner) {
            super(owner, "gpt-image-1", "createImage");
        }
    }

    static final class Gpt1Edit extends OpenAiImpl<OpenAi.Gpt1.Edit> implements OpenAi.Gpt1.Edit {
        Gpt1Edit(WorkflowBuilder owner) {
            super(owner, "gpt-image-1", "editImage");
        }
    }

    static final class DallE3Create extends OpenAiImpl<OpenAi.DallE3> implements OpenAi.DallE3 {
        DallE3Create(WorkflowBuilder owner) {
            super(owner, "dall-e-3", "createImage");
            required("size");
        }
    }
}
