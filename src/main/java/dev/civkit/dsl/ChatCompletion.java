package dev.civkit.dsl;

/** {@code chatCompletion}: an OpenAI-style chat as a workflow step. */
public interface ChatCompletion extends TypedStep<ChatCompletion> {
    /** Provider/model, e.g. openai/gpt-4o-mini. */
    ChatCompletion model(String model);

    ChatCompletion system(String content);

    ChatCompletion user(String content);

    ChatCompletion assistant(String content);

    ChatCompletion temperature(double t);

    ChatCompletion maxTokens(int n);

    ChatCompletion topP(double p);

    ChatCompletion seed(long seed);

    default StepRef reply() {
        return output("choices[0].message.content");
    }
}
