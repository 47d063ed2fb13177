package dev.civkit.dsl;

final class GrokImpl extends PromptImageImpl<Grok> implements Grok {
    GrokImpl(WorkflowBuilder owner, String operation) {
        super(owner, "grok");
        preset("operation", operation);
        if (operation.equals("editImage")) required("images");
    }

    @Override
    public Grok aspectRatio(String ratio) {
        return oneOf("aspectRatio", ratio, "2:1", "20:9", "19.5:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:19.5", "9:20", "1:2");
    }

    @Override
    public Grok quantity(int quantity) {
        return whole("quantity", quantity, 1, 10);
    }

    @Override
    public Grok images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }
}
