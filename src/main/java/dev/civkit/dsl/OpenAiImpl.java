package dev.civkit.dsl;

import dev.civkit.request.InvalidRequestException;

final class OpenAiImpl extends PromptImageImpl<OpenAi> implements OpenAi {
    private final String model;
    private final String operation;

    OpenAiImpl(WorkflowBuilder owner, String model, String operation) {
        super(owner, "openai");
        this.model = model;
        this.operation = operation;
        preset("model", model);
        preset("operation", operation);
        if (operation.equals("editImage")) required("images");
        if (model.equals("dall-e-3")) required("size");
    }

    @Override
    public OpenAi quality(String q) {
        return switch (model) {
            case "gpt-image-2", "gpt-image-1.5" -> oneOf("quality", q, "low", "medium", "high");
            case "gpt-image-1" -> oneOf("quality", q, "auto", "high", "medium", "low");
            default -> oneOf("quality", q, "auto", "hd", "standard");
        };
    }

    @Override
    public OpenAi size(int width, int height) {
        if (!model.equals("gpt-image-2"))
            throw new InvalidRequestException(type() + ".input.width", model + " takes size(\"1024x1024\"), not width and height");
        whole("width", width, 1, 4096);
        return whole("height", height, 1, 4096);
    }

    @Override
    public OpenAi size(String size) {
        return switch (model) {
            case "gpt-image-1.5", "gpt-image-1" -> operation.equals("editImage") && model.equals("gpt-image-1.5")
                    ? oneOf("size", size, "auto", "1024x1024", "1536x1024", "1024x1536")
                    : oneOf("size", size, "1024x1024", "1536x1024", "1024x1536");
            case "dall-e-3" -> oneOf("size", size, "1024x1024", "1792x1024", "1024x1792");
            default -> throw new InvalidRequestException(type() + ".input.size", model + " takes size(width, height)");
        };
    }

    @Override
    public OpenAi background(String b) {
        if (model.equals("gpt-image-2"))
            throw notFor("background", "is a gpt-image-1, gpt-image-1.5 and dall-e-3 field");
        return oneOf("background", b, "auto", "transparent", "opaque");
    }

    @Override
    public OpenAi quantity(int quantity) {
        if (model.equals("dall-e-3")) throw notFor("quantity", "is not a dall-e-3 field (one picture per request)");
        return whole("quantity", quantity, 1, 10);
    }

    @Override
    public OpenAi inputFidelity(String fidelity) {
        if (!model.equals("gpt-image-1.5") || !operation.equals("editImage"))
            throw notFor("inputFidelity", "is a gpt-image-1.5 editImage field");
        return oneOf("inputFidelity", fidelity, "low", "high");
    }

    @Override
    public OpenAi images(Object... urlsOrRefs) {
        if (!operation.equals("editImage")) throw notFor("images", "is the editImage source; createImage takes none");
        return mediaList("images", urlsOrRefs);
    }

    @Override
    public OpenAi maskImage(Object urlOrRef) {
        if (!model.equals("gpt-image-2") || !operation.equals("editImage"))
            throw notFor("maskImage", "is a gpt-image-2 editImage field" + (model.equals("gpt-image-1") && operation.equals("editImage")
                    ? "; gpt-image-1 names it mask: .set(\"mask\", url)" : ""));
        return media("maskImage", urlOrRef);
    }

    @Override
    public OpenAi style(String s) {
        if (!model.equals("dall-e-3")) throw notFor("style", "is a dall-e-3 field");
        return oneOf("style", s, "natural", "vivid");
    }

    private InvalidRequestException notFor(String field, String rule) {
        return new InvalidRequestException(type() + ".input." + field, rule + "; this step is " + describe());
    }
}
