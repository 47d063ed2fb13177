package dev.civkit.dsl;

import dev.civkit.json.Json;
import dev.civkit.request.InvalidRequestException;
import dev.civkit.request.Require;
import tools.jackson.databind.node.ObjectNode;

final class ConvertImageImpl extends TypedStepImpl<ConvertImage> implements ConvertImage {
    ConvertImageImpl(WorkflowBuilder owner) {
        super("convertImage", owner);
        required("image", "output");
    }

    @Override
    public ConvertImage image(Object urlOrRef) {
        return media("image", urlOrRef);
    }

    @Override
    public ConvertImage to(String format, int quality) {
        Require.nonNull(format, "to(format, quality)", "\"jpeg\" or \"webp\"");
        if (!format.equals("jpeg") && !format.equals("webp"))
            throw new InvalidRequestException(type() + ".input.output.format", "to(format, quality) takes jpeg or webp; use to(\"png\") or to(\"gif\")");
        if (quality < 1 || quality > 100)
            throw new InvalidRequestException(type() + ".input.output.quality", "must be from 1 to 100, got " + quality);
        ObjectNode o = Json.object().put("format", format).put("quality", quality);
        input.set("output", o);
        return this;
    }

    @Override
    public ConvertImage to(String format) {
        Require.nonNull(format, "to(format)", "\"png\", \"gif\", \"jpeg\" or \"webp\"");
        if (!format.equals("png") && !format.equals("gif") && !format.equals("jpeg") && !format.equals("webp"))
            throw new InvalidRequestException(type() + ".input.output.format", "must be one of [jpeg, png, webp, gif], got " + format);
        input.set("output", Json.object().put("format", format));
        return this;
    }
}
