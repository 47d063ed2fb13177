package dev.civkit.client;

import dev.civkit.request.InvalidRequestException;
import dev.civkit.request.Text;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

/**
 * Where the client talks to and as whom. Immutable; derive variants with the {@code with…}
 * methods.
 */
public record ClientConfig(String baseUrl, ApiToken token, Duration connectTimeout, Duration readTimeout, RetryPolicy retry) {
    public static final String DEFAULT_BASE_URL = "https://orchestration.civitai.com";
    public static final String TOKEN_ENV = "CIVITAI_API_TOKEN";
    public static final String BASE_URL_ENV = "CIVITAI_BASE_URL";
    /** The server holds a request at most 100 s, so reads must be allowed to outlast that. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(130);

    public ClientConfig {
        if (baseUrl == null || baseUrl.isBlank()) baseUrl = DEFAULT_BASE_URL;
        baseUrl = stripSlash(baseUrl.strip());
        if (!baseUrl.startsWith("http://") && !baseUrl.startsWith("https://") || okhttp3.HttpUrl.parse(baseUrl) == null)
            throw new InvalidRequestException("baseUrl", "the service address must be an absolute http(s) URL such as "
                    + DEFAULT_BASE_URL + " (set by baseUrl(url) or " + BASE_URL_ENV + "), got " + Text.quote(baseUrl));
        if (connectTimeout == null) connectTimeout = Duration.ofSeconds(15);
        if (readTimeout == null) readTimeout = DEFAULT_READ_TIMEOUT;
        if (retry == null) retry = RetryPolicy.DEFAULT;
    }

    public ClientConfig(String baseUrl, ApiToken token, Duration connectTimeout, Duration readTimeout) {
        this(baseUrl, token, connectTimeout, readTimeout, null);
    }

    public static ClientConfig of(String baseUrl, ApiToken token) {
        return new ClientConfig(baseUrl, token, null, null);
    }

    /** Token from CIVITAI_API_TOKEN, base URL from CIVITAI_BASE_URL (or the public API). */
    public static ClientConfig fromEnvironment() {
        return fromEnvironment(System.getenv());
    }

    public static ClientConfig fromEnvironment(Map<String, String> env) {
        return of(env.get(BASE_URL_ENV), ApiToken.of(env.get(TOKEN_ENV), TOKEN_ENV));
    }

    public ClientConfig withBaseUrl(String url) {
        return new ClientConfig(url, token, connectTimeout, readTimeout, retry);
    }

    public ClientConfig withToken(ApiToken t) {
        return new ClientConfig(baseUrl, t, connectTimeout, readTimeout, retry);
    }

    public ClientConfig withReadTimeout(Duration d) {
        return new ClientConfig(baseUrl, token, connectTimeout, d, retry);
    }

    /** How transient faults are retried; {@link RetryPolicy#NONE} turns retries off. */
    public ClientConfig withRetry(RetryPolicy r) {
        return new ClientConfig(baseUrl, token, connectTimeout, readTimeout, r);
    }

    /** Whether a base URL names this machine: a sandbox here, which takes plain http:// callbacks and keeps its state in a local folder. */
    public static boolean isLoopback(String baseUrl) {
        try {
            String host = URI.create(baseUrl).getHost();
            return host != null && (host.equals("localhost") || host.startsWith("127.") || host.equals("[::1]"));
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String stripSlash(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    @Override
    public String toString() {
        return "ClientConfig[" + baseUrl + ", token " + (token == null ? "none" : token.masked()) + "]";
    }
}
