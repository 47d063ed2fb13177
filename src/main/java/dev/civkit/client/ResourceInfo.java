package dev.civkit.client;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** GetResource's answer for an AIR: what it is, how big, whether it can be generated with now. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ResourceInfo(
        String air,
        Long size,
        Map<String, String> hashes,
        List<String> downloadUrls,
        String resourceName,
        String versionName,
        Boolean checkPermission,
        Boolean canGenerate,
        String fileFormat,
        Boolean hasMatureContentRestriction,
        Boolean hasNSFWContentRestriction,
        Double popularityRank,
        Boolean isFeatured,
        String publishedAt,
        String earlyAccessEndsAt,
        JsonNode availability,
        @JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

    public ResourceInfo {
        extra = Extra.normalise(extra);
    }

    @Override
    public String toString() {
        String name = resourceName == null ? air : resourceName + (versionName == null ? "" : " " + versionName);
        String mb = size == null ? "?" : String.format(Locale.ROOT, "%.1f MB", size / 1e6);
        return name + " | " + air + " | " + mb + " | " + fileFormat + (Boolean.FALSE.equals(canGenerate) ? " | cannot generate" : "");
    }
}
