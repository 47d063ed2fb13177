package dev.civkit.dsl;


/** {@code engine: kling}. cfgScale is marked required by the types but defaulted by the server (docs omit it). */
public final class Kling extends PromptVideo<Kling> {
    Kling(WorkflowBuilder owner) {
        super(owner, "kling");
    }

    public Kling model(String m) {
        return oneOf("model", m, "v1", "v1.5", "v1.6", "v2", "v2.5-turbo");
    }

    public Kling mode(String m) {
        return oneOf("mode", m, "standard", "professional");
    }

    public Kling aspectRatio(String ratio) {
        return oneOf("aspectRatio", ratio, "16:9", "9:16", "1:1");
    }

    /** 5 or 10 seconds; the wire value is the string "5" or "10". */
    public Kling duration(int seconds) {
        return oneOf("duration", Integer.toString(seconds), "5", "10");
    }

    public Kling cfgScale(double cfg) {
        return num("cfgScale", cfg);
    }

    public Kling sourceImage(Object urlOrRef) {
        return media("sourceImage", urlOrRef);
    }

    /** The source image by URL only, where {@link #sourceImage} also takes a data URL or Base64. */
    public Kling sourceImageUrl(Object urlOrRef) {
        return media("sourceImageUrl", urlOrRef);
    }

    /**
     * One camera movement, written to {@code cameraControl.config}: horizontal, vertical (moves),
     * pan, tilt, roll (rotations) or zoom. Call once per axis.
     */
    public Kling cameraControl(String axis, double amount) {
        String[] axes = {"horizontal", "vertical", "pan", "tilt", "roll", "zoom"};
        if (axis == null || !java.util.Arrays.asList(axes).contains(axis))
            throw new dev.civkit.request.InvalidRequestException(type() + ".input.cameraControl.config",
                    "axis must be one of " + java.util.Arrays.toString(axes) + ", got " + (axis == null ? "null" : '"' + axis + '"'));
        if (Double.isNaN(amount) || Double.isInfinite(amount))
            throw new dev.civkit.request.InvalidRequestException(type() + ".input.cameraControl.config." + axis, "must be a finite number, got " + amount);
        tools.jackson.databind.node.ObjectNode cc = input.get("cameraControl") instanceof tools.jackson.databind.node.ObjectNode o ? o : dev.civkit.json.Json.object();
        tools.jackson.databind.node.ObjectNode config = cc.get("config") instanceof tools.jackson.databind.node.ObjectNode o ? o : dev.civkit.json.Json.object();
        if (amount == Math.rint(amount) && Math.abs(amount) < Integer.MAX_VALUE) config.put(axis, (int) amount);
        else config.put(axis, amount);
        cc.set("config", config);
        input.set("cameraControl", cc);
        return self();
    }
}
