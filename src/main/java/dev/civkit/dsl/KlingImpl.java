package dev.civkit.dsl;

import dev.civkit.json.Json;
import dev.civkit.request.InvalidRequestException;
import java.util.Arrays;

final class KlingImpl extends PromptVideoImpl<Kling> implements Kling {
    KlingImpl(WorkflowBuilder owner) {
        super(owner, "kling");
    }

    @Override
    public Kling model(String m) {
        return oneOf("model", m, "v1", "v1.5", "v1.6", "v2", "v2.5-turbo");
    }

    @Override
    public Kling mode(String m) {
        return oneOf("mode", m, "standard", "professional");
    }

    @Override
    public Kling aspectRatio(String ratio) {
        return oneOf("aspectRatio", ratio, "16:9", "9:16", "1:1");
    }

    @Override
    public Kling duration(int seconds) {
        return oneOf("duration", Integer.toString(seconds), "5", "10");
    }

    @Override
    public Kling sourceImage(Object urlOrRef) {
        return media("sourceImage", urlOrRef);
    }

    @Override
    public Kling sourceImageUrl(Object urlOrRef) {
        return media("sourceImageUrl", urlOrRef);
    }

    @Override
    public Kling cameraControl(String axis, double amount) {
        String[] axes = {"horizontal", "vertical", "pan", "tilt", "roll", "zoom"};
        if (axis == null || !Arrays.asList(axes).contains(axis))
            throw new InvalidRequestException(type() + ".input.cameraControl.config",
                    "axis must be one of " + Arrays.toString(axes) + ", got " + (axis == null ? "null" : '"' + axis + '"'));
        if (Double.isNaN(amount) || Double.isInfinite(amount))
            throw new InvalidRequestException(type() + ".input.cameraControl.config." + axis, "must be a finite number, got " + amount);
        tools.jackson.databind.node.ObjectNode cc = input.get("cameraControl") instanceof tools.jackson.databind.node.ObjectNode o ? o : Json.object();
        tools.jackson.databind.node.ObjectNode config = cc.get("config") instanceof tools.jackson.databind.node.ObjectNode o ? o : Json.object();
        if (amount == Math.rint(amount) && Math.abs(amount) < Integer.MAX_VALUE) config.put(axis, (int) amount);
        else config.put(axis, amount);
        cc.set("config", config);
        input.set("cameraControl", cc);
        return self();
    }
}
