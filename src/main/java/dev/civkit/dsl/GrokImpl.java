package dev.civkit.dsl;

/** Both operations' fields; each operation's class offers its own through its interface. */
abstract class GrokImpl<S extends Grok<S>> extends PromptImageImpl<S> implements Grok<S> {
    GrokImpl(WorkflowBuilder owner, String operation) {
        super(owner, "grok");
        preset("operation", operation);
    }

    static final class Create extends GrokImpl<Grok.Create> implements Grok.Create {
        Create(WorkflowBuilder owner) {
            super(owner, "createImage");
        }

        @Override
        public Grok.Create aspectRatio(String ratio) {
            return oneOf("aspectRatio", ratio, "2:1", "20:9", "19.5:9", "16:9", "4:3", "3:2", "1:1", "2:3", "3:4", "9:16", "9:19.5", "9:20", "1:2");
        }
    }

    static final class Edit extends GrokImpl<Grok.Edit> implements Grok.Edit {
        Edit(WorkflowBuilder owner) {
            super(owner, "editImage");
            required("images");
        }
    }
}
