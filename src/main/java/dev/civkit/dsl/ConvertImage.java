package dev.civkit.dsl;

import dev.civkit.json.Json;
import tools.jackson.databind.node.ObjectNode;

/** {@code convertImage}: re-encode an image ({@code output: {format, quality}}). */
public final class ConvertImage extends TypedStep<ConvertImage> {
    ConvertImage(WorkflowBuilder owner) {
        super("convertImage", owner);
        required("image", "output");
    }

    public ConvertImage image(Object urlOrRef) {
        return media("image", urlOrRef);
    }

    /** jpeg or webp with a quality from 1 to 100. */
    public ConvertImage to(String format, int quality) {
        dev.civkit.request.Require.nonNull(format, "to(format, quality)", "\"jpeg\" or \"webp\"");
        if (!format.equals("jpeg") && !format.equals("webp"))
            throw new dev.civkit.request.InvalidRequestException(type() + ".input.output.format", "to(format, quality) takes jpeg or webp; use to(\"png\") or to(\"gif\")");
        if (quality < 1 || quality > 100)
            throw new dev.civkit.request.InvalidRequestException(type() + ".input.output.quality", "must be from 1 to 100, got " + quality);
        ObjectNode o = Json.object().put("format", format).put("quality", quality);
        input.set("output", o);
        return this;
    }

    /** png or gif (no quality setting). */
    public ConvertImage to(String format) {
        dev.civkit.request.Require.nonNull(format, "to(format)", "\"png\", \"gif\", \"jpeg\" or \"webp\"");
        if (!format.equals("png") && !format.equals("gif") && !format.equals("jpeg") && !format.equals("webp"))
            throw new dev.civkit.request.InvalidRequestException(type() + ".input.output.format", "must be one of [jpeg, png, webp, gif], got " + format);
        input.set("output", Json.object().put("format", format));
        return this;
    }

    public StepRef blob() {
        return output("blob.url");
    }
}
