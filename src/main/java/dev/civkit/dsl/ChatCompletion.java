package dev.civkit.dsl;

import dev.civkit.json.Json;
import tools.jackson.databind.node.ArrayNode;

/** {@code chatCompletion}: an OpenAI-style chat as a workflow step. */
public final class ChatCompletion extends TypedStep<ChatCompletion> {
    ChatCompletion(WorkflowBuilder owner) {
        super("chatCompletion", owner);
        required("model", "messages");
    }

    /** Provider/model, e.g. openai/gpt-4o-mini. */
    public ChatCompletion model(String model) {
        return text("model", model);
    }

    public ChatCompletion system(String content) {
        return message("system", content);
    }

    public ChatCompletion user(String content) {
        return message("user", content);
    }

    public ChatCompletion assistant(String content) {
        return message("assistant", content);
    }

    private ChatCompletion message(String role, String content) {
        if (content == null) throw new dev.civkit.request.InvalidRequestException(type() + ".input.messages", "content must not be null");
        ArrayNode arr = input.get("messages") instanceof ArrayNode a ? a : Json.array();
        arr.addObject().put("role", role).put("content", content);
        input.set("messages", arr);
        return this;
    }

    public ChatCompletion temperature(double t) {
        if (t < 0 || t > 2) throw new dev.civkit.request.InvalidRequestException(type() + ".input.temperature", "must be from 0 to 2, got " + t);
        return num("temperature", t);
    }

    public ChatCompletion maxTokens(int n) {
        return positive("maxTokens", n);
    }

    public ChatCompletion topP(double p) {
        return num("topP", p);
    }

    public ChatCompletion seed(long seed) {
        return whole("seed", seed, 0, Long.MAX_VALUE);
    }

    public StepRef reply() {
        return output("choices[0].message.content");
    }
}
