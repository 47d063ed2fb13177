package dev.civkit.dsl;


/** {@code engine: openai}: gpt-image-2 takes width/height; 1.5 and 1 take a fixed size. */
public final class OpenAi extends PromptImage<OpenAi> {
    private final String model;
    private final String operation;

    OpenAi(WorkflowBuilder owner, String model, String operation) {
        super(owner, "openai");
        this.model = model;
        this.operation = operation;
        preset("model", model);
        preset("operation", operation);
        if (operation.equals("editImage")) required("images");
        if (model.equals("dall-e-3")) required("size");
    }

    public static final class Models {
        private final WorkflowBuilder owner;

        Models(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public Ops gptImage2() {
            return new Ops(owner, "gpt-image-2", true);
        }

        public Ops gptImage15() {
            return new Ops(owner, "gpt-image-1.5", true);
        }

        public Ops gptImage1() {
            return new Ops(owner, "gpt-image-1", true);
        }

        public Ops dallE3() {
            return new Ops(owner, "dall-e-3", false);
        }

        @Override
        public String toString() {
            return Choices.of(this, "openai: choose the model");
        }
    }

    public static final class Ops {
        private final WorkflowBuilder owner;
        private final String model;
        private final boolean edits;

        Ops(WorkflowBuilder owner, String model, boolean edits) {
            this.owner = owner;
            this.model = model;
            this.edits = edits;
        }

        public OpenAi createImage() {
            return new OpenAi(owner, model, "createImage");
        }

        public OpenAi editImage() {
            if (!edits) throw new dev.civkit.request.InvalidRequestException("imageGen.input.operation", model + " only creates images");
            return new OpenAi(owner, model, "editImage");
        }

        @Override
        public String toString() {
            return Choices.of(this, "openai: choose the operation");
        }
    }

    /** low, medium, high (gpt-image-1 also auto; dall-e-3: auto, hd, standard). */
    public OpenAi quality(String q) {
        return switch (model) {
            case "gpt-image-2", "gpt-image-1.5" -> oneOf("quality", q, "low", "medium", "high");
            case "gpt-image-1" -> oneOf("quality", q, "auto", "high", "medium", "low");
            default -> oneOf("quality", q, "auto", "hd", "standard");
        };
    }

    /** gpt-image-2: any width and height. */
    public OpenAi size(int width, int height) {
        if (!model.equals("gpt-image-2"))
            throw new dev.civkit.request.InvalidRequestException(type() + ".input.width", model + " takes size(\"1024x1024\"), not width and height");
        return whole("width", width, 1, 4096).whole("height", height, 1, 4096);
    }

    /** gpt-image-1 / 1.5: 1024x1024, 1536x1024, 1024x1536 (1.5's edit also auto); dall-e-3: 1024x1024, 1792x1024, 1024x1792. */
    public OpenAi size(String size) {
        return switch (model) {
            case "gpt-image-1.5", "gpt-image-1" -> operation.equals("editImage") && model.equals("gpt-image-1.5")
                    ? oneOf("size", size, "auto", "1024x1024", "1536x1024", "1024x1536")
                    : oneOf("size", size, "1024x1024", "1536x1024", "1024x1536");
            case "dall-e-3" -> oneOf("size", size, "1024x1024", "1792x1024", "1024x1792");
            default -> throw new dev.civkit.request.InvalidRequestException(type() + ".input.size", model + " takes size(width, height)");
        };
    }

    /** gpt-image-1 and 1.5 (create and edit) and dall-e-3; gpt-image-2 has no background option. */
    public OpenAi background(String b) {
        if (model.equals("gpt-image-2"))
            throw notFor("background", "is a gpt-image-1, gpt-image-1.5 and dall-e-3 field");
        return oneOf("background", b, "auto", "transparent", "opaque");
    }

    /** Not on dall-e-3, which makes one picture per request. */
    public OpenAi quantity(int quantity) {
        if (model.equals("dall-e-3")) throw notFor("quantity", "is not a dall-e-3 field (one picture per request)");
        return whole("quantity", quantity, 1, 10);
    }

    /** gpt-image-1.5 editImage only: how closely the edit keeps the input. */
    public OpenAi inputFidelity(String fidelity) {
        if (!model.equals("gpt-image-1.5") || !operation.equals("editImage"))
            throw notFor("inputFidelity", "is a gpt-image-1.5 editImage field");
        return oneOf("inputFidelity", fidelity, "low", "high");
    }

    /** editImage only: the images to edit. */
    public OpenAi images(Object... urlsOrRefs) {
        if (!operation.equals("editImage")) throw notFor("images", "is the editImage source; createImage takes none");
        return mediaList("images", urlsOrRefs);
    }

    /** gpt-image-2 editImage only. gpt-image-1's edit calls its mask {@code mask}: {@code .set("mask", url)}. */
    public OpenAi maskImage(Object urlOrRef) {
        if (!model.equals("gpt-image-2") || !operation.equals("editImage"))
            throw notFor("maskImage", "is a gpt-image-2 editImage field" + (model.equals("gpt-image-1") && operation.equals("editImage")
                    ? "; gpt-image-1 names it mask: .set(\"mask\", url)" : ""));
        return media("maskImage", urlOrRef);
    }

    /** dall-e-3: natural or vivid. */
    public OpenAi style(String s) {
        if (!model.equals("dall-e-3")) throw notFor("style", "is a dall-e-3 field");
        return oneOf("style", s, "natural", "vivid");
    }

    private dev.civkit.request.InvalidRequestException notFor(String field, String rule) {
        return new dev.civkit.request.InvalidRequestException(type() + ".input." + field, rule + "; this step is " + describe());
    }
}
