package dev.civkit.client;

import dev.civkit.json.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Dispatcher;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * How every request travels: the token added for the API's own origin only, one retry policy
 * ({@link RetryInterceptor}), an overall deadline per call (OkHttp's call timeout, so a server
 * that trickles bytes cannot hold a call past it), redirects never followed behind the caller's
 * back, and every error answer turned into an {@link ApiException} whose message carries no
 * proxy's HTML.
 */
final class Transport {
    /** A call with no deadline of its own: retries and all, it is over within this (plus any held seconds). */
    static final Duration DEFAULT_CALL = Duration.ofMinutes(3);
    private static final long ERROR_BODY_LIMIT = 64 * 1024;

    final ClientConfig config;
    final HttpUrl base;
    final Clock clock;
    final OkHttpClient http;
    final AtomicLong requests = new AtomicLong();
    final AtomicLong retries = new AtomicLong();

    Transport(ClientConfig config, Clock clock) {
        this.config = config;
        this.clock = clock;
        this.base = HttpUrl.get(config.baseUrl());
        // Sweeps run dozens of workflows at once, each holding a long-poll: lift OkHttp's per-host cap of 5.
        Dispatcher dispatcher = new Dispatcher();
        dispatcher.setMaxRequests(512);
        dispatcher.setMaxRequestsPerHost(512);
        this.http = new OkHttpClient.Builder()
                .dispatcher(dispatcher)
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .followRedirects(false)
                .followSslRedirects(false)
                // OkHttp would quietly send some requests again after a connection failure: a second
                // retry layer, blind to idempotency keys. The interceptor below is the only one.
                .retryOnConnectionFailure(false)
                .addInterceptor(chain -> chain.proceed(authorise(chain.request())))
                .addInterceptor(new RetryInterceptor(config.retry(), clock, retries))
                .addNetworkInterceptor(chain -> {
                    requests.incrementAndGet();
                    return chain.proceed(chain.request());
                })
                .build();
    }

    // The token goes only to the API's own origin: blob content may live on another host.
    private Request authorise(Request r) {
        ApiToken token = config.token();
        if (token == null || !sameOrigin(r.url())) return r;
        return r.newBuilder().header("Authorization", "Bearer " + token.reveal()).build();
    }

    private boolean sameOrigin(HttpUrl url) {
        return url.scheme().equals(base.scheme()) && url.host().equals(base.host()) && url.port() == base.port();
    }

    HttpUrl.Builder url(String... segments) {
        HttpUrl.Builder b = base.newBuilder();
        for (String s : segments) b.addPathSegment(s);
        return b;
    }

    Deadline defaultDeadline(int heldSeconds) {
        return clock.after(DEFAULT_CALL.plusSeconds(heldSeconds));
    }

    /** Sends a request whose success answer has no body (204). */
    void noContent(String operation, Request req, boolean repeatable, Deadline d) {
        try (Response r = send(operation, RequestPolicy.tag(req, repeatable, RequestPolicy.JSON_LIMIT), d)) {
            // nothing to read
        }
    }

    /** Sends a request and reads its JSON answer as {@code type}. */
    <T> T json(String operation, Request req, boolean repeatable, Deadline d, Class<T> type) {
        try (Response r = send(operation, RequestPolicy.tag(req, repeatable, RequestPolicy.JSON_LIMIT), d)) {
            String text = text(operation, r);
            try {
                return Json.MAPPER.readValue(text, type);
            } catch (JacksonException e) {
                throw new UnreadableAnswerException(operation, r.code(), "not a " + type.getSimpleName() + ": " + e.getOriginalMessage(), text);
            }
        }
    }

    Answer workflow(String operation, Request req, boolean repeatable, Deadline d) {
        try (Response r = send(operation, RequestPolicy.tag(req, repeatable, RequestPolicy.JSON_LIMIT), d)) {
            String text = text(operation, r);
            try {
                return new Answer(r.code(), Workflow.fromJson(text));
            } catch (JacksonException e) {
                throw new UnreadableAnswerException(operation, r.code(), "not a Workflow: " + e.getOriginalMessage(), text);
            }
        }
    }

    private static String text(String operation, Response r) {
        if (r.isRedirect()) {
            HttpUrl to = r.header("Location") == null ? null : r.request().url().resolve(r.header("Location"));
            throw new UnreadableAnswerException(operation, r.code(), "a redirect" + (to == null ? "" : " to " + redact(to))
                    + " where an answer was expected (if the API moved, set CIVITAI_BASE_URL to where it points)", "");
        }
        try {
            String text = r.body().string();
            if (text.isBlank() || !looksLikeJson(text))
                throw new UnreadableAnswerException(operation, r.code(), shape(text), text);
            return text;
        } catch (IOException e) {
            throw new UncheckedIOException(operation + " broke off while reading the answer: " + e.getMessage(), e);
        }
    }

    private static boolean looksLikeJson(String s) {
        String t = s.stripLeading();
        return t.startsWith("{") || t.startsWith("[");
    }

    /**
     * Runs the call on OkHttp's dispatcher and waits for it here, because a thread blocked in a
     * socket read ignores interrupts: stopping a JShell snippet or a notebook cell must end a
     * 100-second long-poll at once, so an interrupt cancels the call. The deadline bounds the
     * whole call (connect, retries, the answer's body), not only each read.
     */
    Response send(String operation, Request request, Deadline deadline) {
        return send(operation, request, deadline, http);
    }

    Response send(String operation, Request request, Deadline deadline, OkHttpClient client) {
        Deadline d = deadline != null ? deadline : defaultDeadline(0);
        Request req = request.newBuilder().tag(Deadline.class, d).build();
        if (d.passed()) throw timedOut(operation, req, null);
        Call call = client.newCall(req);
        long budget = d.remaining().toNanos();
        call.timeout().timeout(budget, TimeUnit.NANOSECONDS);
        CompletableFuture<Response> answer = new CompletableFuture<>();
        call.enqueue(new Callback() {
            @Override
            public void onFailure(Call c, IOException e) {
                answer.completeExceptionally(e);
            }

            @Override
            public void onResponse(Call c, Response response) {
                if (!answer.complete(response)) response.close();
            }
        });
        Response r;
        boolean ok = false;
        try {
            // OkHttp's timeout cancels the call; the extra second only guards against a stuck callback.
            r = answer.get(budget + TimeUnit.SECONDS.toNanos(1), TimeUnit.NANOSECONDS);
            ok = true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CallInterruptedException(operation, e);
        } catch (TimeoutException e) {
            throw timedOut(operation, req, null);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RetryInterceptor.TooLargeException big)
                throw new IllegalStateException(operation + ": " + big.getMessage() + " (a misbehaving server or proxy; nothing was kept)", big);
            if (cause instanceof IOException io) {
                if (d.passed() || call.isCanceled() && !Thread.currentThread().isInterrupted()) throw timedOut(operation, req, io);
                throw unreachable(operation, req, io);
            }
            throw new IllegalStateException(operation + " failed: " + cause, cause);
        } finally {
            if (!ok) {
                call.cancel();
                answer.thenAccept(Response::close);
            }
        }
        if (r.isSuccessful() || r.isRedirect()) return r;
        try (r) {
            String raw = errorBody(r);
            Duration retryAfter = retryAfter(r.header("Retry-After"), clock.now());
            ProblemDetails p = problemOf(r, raw);
            String late = retryAfter != null && retryAfter.compareTo(d.remaining()) > 0
                    ? "The service asks to wait " + retryAfter.toSeconds() + " s before trying again, past this call's deadline ("
                      + d.remaining().toSeconds() + " s left): try again after " + clock.now().plus(retryAfter).truncatedTo(ChronoUnit.SECONDS) + "."
                    : null;
            throw new ApiException(operation, r.code(), p, retryAfter, raw, late);
        }
    }

    private String errorBody(Response r) {
        try {
            BufferedSource src = r.body().source();
            Buffer b = new Buffer();
            while (b.size() < ERROR_BODY_LIMIT && !src.exhausted()) b.write(src.getBuffer(), Math.min(src.getBuffer().size(), ERROR_BODY_LIMIT - b.size()));
            String text = b.readString(StandardCharsets.UTF_8);
            return config.token() != null ? config.token().scrub(text) : text;
        } catch (IOException e) {
            return "";
        }
    }

    /**
     * An RFC 7807 body as it is; anything else (a gateway's HTML, an empty body, a line of text)
     * becomes a title from the status and a few words about what came, never the page itself.
     */
    static ProblemDetails problemOf(Response r, String text) {
        if (looksLikeJson(text)) {
            try {
                JsonNode node = Json.parse(text);
                if (node.isObject()) return Json.convert(node, ProblemDetails.class);
            } catch (JacksonException | IllegalArgumentException ignored) {
                // fall through: described by its shape
            }
        }
        String title = r.message() == null || r.message().isBlank() ? reason(r.code()) : r.message();
        return new ProblemDetails(null, title, r.code(), shape(text), null, null, null);
    }

    /** A few words about a body that is not what the API sends. */
    static String shape(String text) {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) return "the answer had no body";
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("<") || lower.contains("<html") || lower.contains("<body"))
            return "a gateway or proxy answered an HTML page instead of the API (its body is on the exception: rawBody())";
        String line = t.lines().findFirst().orElse("").replaceAll("\\p{Cntrl}", " ");
        return line.length() > 160 ? line.substring(0, 160) + "..." : line;
    }

    static String reason(int code) {
        return switch (code) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "HTTP " + code;
        };
    }

    /** Retry-After is either whole seconds or an HTTP date, read against {@code now}. */
    static Duration retryAfter(String header, Instant now) {
        if (header == null || header.isBlank()) return null;
        try {
            return Duration.ofSeconds(Math.max(0, Long.parseLong(header.strip())));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(header.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(now, at);
                return d.isNegative() ? Duration.ZERO : d;
            } catch (DateTimeParseException notADate) {
                return null;
            }
        }
    }

    UncheckedIOException unreachable(String operation, Request req, IOException e) {
        if (RetryInterceptor.neverConnected(e))
            return new RepeatableFault(operation + " could not connect to " + req.url().host() + ":" + req.url().port() + " ("
                    + e.getClass().getSimpleName().replace("Exception", "") + ": " + e.getMessage()
                    + "); nothing was sent: check the address (CIVITAI_BASE_URL or baseUrl(…)) and the network", e);
        return new RepeatableFault(operation + " could not reach " + redact(req.url()) + ": " + e.getMessage()
                + " (check the network, or CIVITAI_BASE_URL; the workflow, if submitted, is not lost)", e);
    }

    CallTimedOutException timedOut(String operation, Request req, IOException cause) {
        return new CallTimedOutException(operation + " to " + redact(req.url()) + " got no complete answer before its deadline"
                + " (a slow or stalled server; the workflow, if submitted, is not lost: try again later)", cause);
    }

    // Signed URLs carry a credential in their path or query: show only where they point.
    static String redact(HttpUrl u) {
        return u.scheme() + "://" + u.host() + (u.port() == HttpUrl.defaultPort(u.scheme()) ? "" : ":" + u.port())
                + (u.encodedPath().contains("/content/") || u.querySize() > 0 && u.encodedPath().contains("/blobs/") ? "/…" : u.encodedPath());
    }

    void close() {
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }
}
