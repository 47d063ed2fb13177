package dev.civkit.dsl;

final class GeminiImpl extends PromptImageImpl<Gemini> implements Gemini {
    GeminiImpl(WorkflowBuilder owner, String operation) {
        super(owner, "gemini");
        preset("model", "2.5-flash");
        preset("operation", operation);
        if (operation.equals("editImage")) required("images");
    }

    @Override
    public Gemini quantity(int quantity) {
        return whole("quantity", quantity, 1, 10);
    }

    @Override
    public Gemini images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }
}
