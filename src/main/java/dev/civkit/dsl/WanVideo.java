package dev.civkit.dsl;


/**
 * {@code engine: wan, version: v2.6, provider: fal}. The types mark cfgScale required, but the
 * docs' recipe leaves it to the server, so it is not checked.
 */
public final class WanVideo extends PromptVideo<WanVideo> {
    WanVideo(WorkflowBuilder owner, String operation) {
        super(owner, "wan");
        preset("version", "v2.6");
        preset("provider", "fal");
        preset("operation", operation);
        if (operation.equals("image-to-video")) required("images");
    }

    public static final class Ops {
        private final WorkflowBuilder owner;

        Ops(WorkflowBuilder owner) {
            this.owner = owner;
        }

        public WanVideo textToVideo() {
            return new WanVideo(owner, "text-to-video");
        }

        public WanVideo imageToVideo() {
            return new WanVideo(owner, "image-to-video");
        }

        @Override
        public String toString() {
            return Choices.of(this, "wan: choose the operation");
        }
    }

    public WanVideo resolution(String r) {
        return oneOf("resolution", r, "720p", "1080p");
    }

    public WanVideo aspectRatio(String ratio) {
        return oneOf("aspectRatio", ratio, "16:9", "9:16", "1:1", "4:3", "3:4");
    }

    public WanVideo duration(int seconds) {
        return whole("duration", seconds, 1, 15);
    }

    public WanVideo cfgScale(double cfg) {
        return num("cfgScale", cfg);
    }

    public WanVideo steps(int steps) {
        return whole("steps", steps, 1, 200);
    }

    public WanVideo frameRate(int fps) {
        return whole("frameRate", fps, 1, 60);
    }

    public WanVideo enablePromptExpansion(boolean on) {
        return put("enablePromptExpansion", on);
    }

    public WanVideo images(Object... urlsOrRefs) {
        return mediaList("images", urlsOrRefs);
    }

    public WanVideo lora(String air, double strength) {
        tools.jackson.databind.node.ArrayNode arr = input.get("loras") instanceof tools.jackson.databind.node.ArrayNode a ? a : dev.civkit.json.Json.array();
        arr.addObject().put("air", air).put("strength", strength);
        input.set("loras", arr);
        return this;
    }
}
