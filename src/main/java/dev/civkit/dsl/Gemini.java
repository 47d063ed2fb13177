package dev.civkit.dsl;


/** {@code engine: gemini, model: 2.5-flash}: create, or edit given images. */
public final class Gemini extends PromptImage<Gemini> {
    Gemini(WorkflowBuilder owner, String operation) {
        super(owner, "gemini");
        preset("model", "2.5-flash");
        preset("operation", operation);
        if (operation.equals("editImage")) required("images");
    }

    public Gemini quantity(int quantity) {
        return whole("quantity", quantity, 1, 10);
    }

    public Gemini images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }
}
