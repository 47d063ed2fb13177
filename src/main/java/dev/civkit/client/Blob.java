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
}
