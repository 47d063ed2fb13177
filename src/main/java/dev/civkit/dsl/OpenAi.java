package dev.civkit.dsl;

import dev.civkit.request.InvalidRequestException;

/** {@code engine: openai}: gpt-image-2 takes width/height; 1.5 and 1 take a fixed size. */
public interface OpenAi extends PromptImage<OpenAi> {
    /** low, medium, high (gpt-image-1 also auto; dall-e-3: auto, hd, standard). */
    OpenAi quality(String q);

    /** gpt-image-2: any width and height. */
    OpenAi size(int width, int height);

    /** gpt-image-1 / 1.5: 1024x1024, 1536x1024, 1024x1536 (1.5's edit also auto); dall-e-3: 1024x1024, 1792x1024, 1024x1792. */
    OpenAi size(String size);

    /** gpt-image-1 and 1.5 (create and edit) and dall-e-3; gpt-image-2 has no background option. */
    OpenAi background(String b);

    /** Not on dall-e-3, which makes one picture per request. */
    OpenAi quantity(int quantity);

    /** gpt-image-1.5 editImage only: how closely the edit keeps the input. */
    OpenAi inputFidelity(String fidelity);

    /** editImage only: the images to edit. */
    OpenAi images(Object... urlsOrRefs);

    /** gpt-image-2 editImage only. gpt-image-1's edit calls its mask {@code mask}: {@code .set("mask", url)}. */
    OpenAi maskImage(Object urlOrRef);

    /** dall-e-3: natural or vivid. */
    OpenAi style(String s);

    final class Models {
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

    final class Ops {
        private final WorkflowBuilder owner;
        private final String model;
        private final boolean edits;

        Ops(WorkflowBuilder owner, String model, boolean edits) {
            this.owner = owner;
            this.model = model;
            this.edits = edits;
        }

        public OpenAi createImage() {
            return new OpenAiImpl(owner, model, "createImage");
        }

        public OpenAi editImage() {
            if (!edits) throw new InvalidRequestException("imageGen.input.operation", model + " only creates images");
            return new OpenAiImpl(owner, model, "editImage");
        }

        @Override
        public String toString() {
            return Choices.of(this, "openai: choose the operation");
        }
    }
}
