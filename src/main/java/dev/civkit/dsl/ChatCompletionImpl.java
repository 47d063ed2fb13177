package dev.civkit.dsl;

import dev.civkit.json.Json;
import dev.civkit.request.InvalidRequestException;
import tools.jackson.databind.node.ArrayNode;

final class ChatCompletionImpl extends TypedStepImpl<ChatCompletion> implements ChatCompletion {
    ChatCompletionImpl(WorkflowBuilder owner) {
        super("chatCompletion", owner);
        required("model", "messages");
    }

    @Override
    public ChatCompletion model(String model) {
        return text("model", model);
    }

    @Override
    public ChatCompletion system(String content) {
        return message("system", content);
    }

    @Override
    public ChatCompletion user(String content) {
        return message("user", content);
    }

    @Override
    public ChatCompletion assistant(String content) {
        return message("assistant", content);
    }

    private ChatCompletionImpl message(String role, String content) {
        if (content == null) throw new InvalidRequestException(type() + ".input.messages", "content must not be null");
        ArrayNode arr = input.get("messages") instanceof ArrayNode a ? a : Json.array();
        arr.addObject().put("role", role).put("content", content);
        input.set("messages", arr);
        return this;
    }

    @Override
    public ChatCompletion temperature(double t) {
        if (t < 0 || t > 2) throw new InvalidRequestException(type() + ".input.temperature", "must be from 0 to 2, got " + t);
        return num("temperature", t);
    }

    @Override
    public ChatCompletion maxTokens(int n) {
        return positive("maxTokens", n);
    }

    @Override
    public ChatCompletion topP(double p) {
        return num("topP", p);
    }

    @Override
    public ChatCompletion seed(long seed) {
        return whole("seed", seed, 0, Long.MAX_VALUE);
    }
}
