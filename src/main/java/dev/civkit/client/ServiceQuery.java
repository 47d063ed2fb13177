package dev.civkit.client;

import java.util.ArrayList;
import java.util.List;

/** ListServices filters; null fields are not sent. */
public record ServiceQuery(String category, String prefix, List<String> tags, String query, String status, String window,
                           Integer limit, Integer offset) {
    public ServiceQuery {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static ServiceQuery all() {
        return new ServiceQuery(null, null, null, null, null, null, null, null);
    }

    /** image, video, chat, audio, text, 3d, model or utility. */
    public ServiceQuery category(String c) { return new ServiceQuery(c, prefix, tags, query, status, window, limit, offset); }

    /** A subtree of ids, e.g. {@code image/flux2}. */
    public ServiceQuery prefix(String p) { return new ServiceQuery(category, p, tags, query, status, window, limit, offset); }

    public ServiceQuery tagged(String tag) {
        List<String> t = new ArrayList<>(tags);
        t.add(tag);
        return new ServiceQuery(category, prefix, t, query, status, window, limit, offset);
    }

    public ServiceQuery matching(String text) { return new ServiceQuery(category, prefix, tags, text, status, window, limit, offset); }

    /** available, degraded, unavailable or unknown. */
    public ServiceQuery status(String s) { return new ServiceQuery(category, prefix, tags, query, s, window, limit, offset); }

    /** 1h, 24h or 7d: the span metrics cover. */
    public ServiceQuery window(String w) { return new ServiceQuery(category, prefix, tags, query, status, w, limit, offset); }

    public ServiceQuery page(int offset, int limit) { return new ServiceQuery(category, prefix, tags, query, status, window, limit, offset); }
}
