package dev.civkit.dsl;

import dev.civkit.json.Json;

final class WanVideoImpl extends PromptVideoImpl<WanVideo> implements WanVideo {
    WanVideoImpl(WorkflowBuilder owner, String operation) {
        super(owner, "wan");
        preset("version", "v2.6");
        preset("provider", "fal");
        preset("operation", operation);
        if (operation.equals("image-to-video")) required("images");
    }

    @Override
    public WanVideo resolution(String r) {
        return oneOf("resolution", r, "720p", "1080p");
    }

    @Override
    public WanVideo aspectRatio(String ratio) {
        return oneOf("aspectRatio", ratio, "16:9", "9:16", "1:1", "4:3", "3:4");
    }

    @Override
    public WanVideo duration(int seconds) {
        return whole("duration", seconds, 1, 15);
    }

    @Override
    public WanVideo cfgScale(double cfg) {
        return num("cfgScale", cfg);
    }

    @Override
    public WanVideo steps(int steps) {
        return whole("steps", steps, 1, 200);
    }

    @Override
    public WanVideo frameRate(int fps) {
        return whole("frameRate", fps, 1, 60);
    }

    @Override
    public WanVideo enablePromptExpansion(boolean on) {
        return put("enablePromptExpansion", on);
    }

    @Override
    public WanVideo images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }

    @Override
    public WanVideo lora(String air, double strength) {
        tools.jackson.databind.node.ArrayNode arr = input.get("loras") instanceof tools.jackson.databind.node.ArrayNode a ? a : Json.array();
        arr.addObject().put("air", air).put("strength", strength);
        input.set("loras", arr);
        return this;
    }
}
