package dev.civkit.dsl;

/**
 * {@code engine: openai}: each model and operation offers the fields its official type has:
 * gpt-image-2 takes width and height, 1.5 and 1 a fixed size and a background, dall-e-3 a style and
 * one picture per request (and creates only).
 */
public interface OpenAi<S extends OpenAi<S>> extends PromptImage<S> {
    /** low, medium, high (gpt-image-1 also auto; dall-e-3: auto, hd, standard). */
    S quality(String q);

    /** gpt-image-2: any width and height. */
    interface Gpt2<S extends Gpt2<S>> extends OpenAi<S> {
        S size(int width, int height);

        S quantity(int quantity);

        interface Create extends Gpt2<Create> {}

        interface Edit extends Gpt2<Edit> {
            /** The pictures to edit (required). */
            Edit images(Object... urlsOrRefs);

            /** Where to edit: a picture whose transparent part is what changes. */
            Edit maskImage(Object urlOrRef);
        }
    }

    /** gpt-image-1.5: a fixed size, a background. */
    interface Gpt15<S extends Gpt15<S>> extends OpenAi<S> {
        /** 1024x1024, 1536x1024 or 1024x1536 (an edit also auto). */
        S size(String size);

        /** auto, transparent or opaque. */
        S background(String b);

        S quantity(int quantity);

        interface Create extends Gpt15<Create> {}

        interface Edit extends Gpt15<Edit> {
            /** The pictures to edit (required). */
            Edit images(Object... urlsOrRefs);

            /** low or high: how closely the edit keeps the input. */
            Edit inputFidelity(String fidelity);
        }
    }

    /** gpt-image-1: a fixed size, a background. */
    interface Gpt1<S extends Gpt1<S>> extends OpenAi<S> {
        /** 1024x1024, 1536x1024 or 1024x1536. */
        S size(String size);

        /** auto, transparent or opaque. */
        S background(String b);

        S quantity(int quantity);

        interface Create extends Gpt1<Create> {}

        interface Edit extends Gpt1<Edit> {
            /** The pictures to edit (required). */
            Edit images(Object... urlsOrRefs);

            /** Where to edit: a picture whose transparent part is what changes. */
            Edit mask(Object urlOrRef);
        }
    }

    /** dall-e-3: one picture per request, in a fixed size and a style. */
    interface DallE3 extends OpenAi<DallE3> {
        /** 1024x1024, 1792x1024 or 1024x1792 (required). */
        DallE3 size(String size);

        /** auto, transparent or opaque. */
        DallE3 background(String b);

        /** natural or vivid. */
        DallE3 style(String s);
    }

    final class Models {
        private final WorkflowBuilder owner;

        Models(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public CreateOrEdit<Gpt2.Create, Gpt2.Edit> gptImage2() {
            return new CreateOrEdit<>(() -> new OpenAiImpl.Gpt2Create(owner), () -> new OpenAiImpl.Gpt2Edit(owner));
        }

        public CreateOrEdit<Gpt15.Create, Gpt15.Edit> gptImage15() {
            return new CreateOrEdit<>(() -> new OpenAiImpl.Gpt15Create(owner), () -> new OpenAiImpl.Gpt15Edit(owner));
        }

        public CreateOrEdit<Gpt1.Create, Gpt1.Edit> gptImage1() {
            return new CreateOrEdit<>(() -> new OpenAiImpl.Gpt1Create(owner), () -> new OpenAiImpl.Gpt1Edit(owner));
        }

        /** dall-e-3 only creates. */
        public DallE3Ops dallE3() {
            return new DallE3Ops(owner);
        }

        @Override
        public String toString() {
            return Choices.of(this, "openai: choose the model");
        }
    }

    final class DallE3Ops {
        private final WorkflowBuilder owner;

        DallE3Ops(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public DallE3 createImage() {
            return new OpenAiImpl.DallE3Create(owner);
        }

        @Override
        public String toString() {
            return Choices.of(this, "openai dall-e-3: choose the operation");
        }
    }
}
