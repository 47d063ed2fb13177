package dev.civkit.dsl;

/** Both operations' fields; each operation's class offers its own through its interface. */
abstract class WanVideoImpl<S extends WanVideo<S>> extends PromptVideoImpl<S> implements WanVideo<S> {
    WanVideoImpl(WorkflowBuilder owner, String operation) {
        super(owner, "wan");
        preset("version", "v2.6");
        preset("provider", "fal");
        preset("operation", operation);
    }

    @Override
    public S resolution(String r) {
        return oneOf("resolution", r, "720p", "1080p");
    }

    public S aspectRatio(String ratio) {
        return oneOf("aspectRatio", ratio, "16:9", "9:16", "1:1", "4:3", "3:4");
    }

    @Override
    public S duration(int seconds) {
        return whole("duration", seconds, 1, 15);
    }

    @Override
    public S frameRate(int fps) {
        return whole("frameRate", fps, 1, 60);
    }

    @Override
    public S lora(String air, double strength) {
        return loraList(air, strength);
    }

    static final class TextToVideo extends WanVideoImpl<WanVideo.TextToVideo> implements WanVideo.TextToVideo {
        TextToVideo(WorkflowBuilder owner) {
            super(owner, "text-to-video");
        }
    }

    static final class ImageToVideo extends WanVideoImpl<WanVideo.ImageToVideo> implements WanVideo.ImageToVideo {
        ImageToVideo(WorkflowBuilder owner) {
            super(owner, "image-to-video");
            required("images");
        }
    }
}
