package dev.civkit.request;

import java.net.URI;
import java.net.URISyntaxException;
import tools.jackson.databind.JsonNode;

/** Callback URLs: absolute http(s) with a host, since the orchestrator has to reach them. */
public final class Callbacks {
    private Callbacks() {}

    static void check(JsonNode callbacks) {
        if (callbacks == null || callbacks.isNull()) return;
        if (!callbacks.isArray()) throw new InvalidRequestException("callbacks", "must be a list of {url, type}, got " + callbacks.getNodeType());
        for (int i = 0; i < callbacks.size(); i++) {
            JsonNode cb = callbacks.get(i);
            if (!cb.isObject()) throw new InvalidRequestException("callbacks[" + i + "]", "each callback is an object {url, type}, got " + cb);
            JsonNode url = cb.get("url");
            url("callbacks[" + i + "].url", url == null || !url.isString() ? null : url.asString());
        }
    }

    /** @return the URL when it is an absolute http(s) URL with a host */
    public static String url(String at, String url) {
        if (url == null) throw new InvalidRequestException(at, "a callback needs a URL such as \"https://example.com/hook\", got null");
        Text.requireEncodable(at, url);
        String why = problem(url);
        if (why != null) throw new InvalidRequestException(at, "must be an absolute http(s) URL with a host (" + why + "), got " + Text.quote(url));
        return url;
    }

    private static String problem(String url) {
        if (url.isBlank()) return "it is blank";
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (Character.isWhitespace(c) || Character.isISOControl(c)) return "it contains a space or control character";
        }
        URI u;
        try {
            u = new URI(url);
        } catch (URISyntaxException e) {
            return "not a URL: " + e.getReason();
        }
        String scheme = u.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) return "the scheme must be http or https";
        if (u.getHost() == null || u.getHost().isBlank()) return "it has no host";
        return null;
    }
}
