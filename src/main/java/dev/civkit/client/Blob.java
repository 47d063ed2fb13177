package dev.civkit.client;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Map;

/**
 * Any output file: image, video or audio. Image fields ({@code width}, {@code height},
 * {@code previewUrl}) and audio's {@code duration} are null where they do not apply.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Blob(
        String type,
        String id,
        Boolean available,
        String url,
        String urlExpiresAt,
        String previewUrl,
        String previewUrlExpiresAt,
        Integer width,
        Integer height,
        Double duration,
        String jobId,
        String nsfwLevel,
        String blockedReason,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public Blob {
        extra = Extra.normalise(extra);
    }

    /** Short: kind, id, pixel size or duration; the signed URL is long and says nothing to a reader. */
    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(type == null ? "blob" : type).append(' ').append(id);
        if (width != null && height != null) sb.append(' ').append(width).append('x').append(height);
        if (duration != null) sb.append(' ').append(duration).append(" s");
        if (Boolean.FALSE.equals(available)) sb.append(" (not available").append(blockedReason == null ? "" : ": " + blockedReason).append(')');
        return sb.toString();
    }
}
