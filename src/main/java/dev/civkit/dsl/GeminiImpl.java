package dev.civkit.dsl;

/** Both operations' fields; each operation's class offers its own through its interface. */
abstract class GeminiImpl<S extends Gemini<S>> extends PromptImageImpl<S> implements Gemini<S> {
    GeminiImpl(WorkflowBuilder owner, String operation) {
        super(owner, "gemini");
        preset("model", "2.5-flash");
        preset("operation", operation);
    }

    static final class Create extends GeminiImpl<Gemini.Create> implements Gemini.Create {
        Create(WorkflowBuilder owner) {
            super(owner, "createImage");
        }
    }

    static final class Edit extends GeminiImpl<Gemini.Edit> implements Gemini.Edit {
        Edit(WorkflowBuilder owner) {
            super(owner, "editImage");
            required("images");
        }
    }
}
