package dev.civkit.client;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The one place a request is sent again: after a transient fault (429, 5xx, a refused, reset or
 * cut connection, a body that broke off), only when the request is safe to repeat, within the
 * {@link RetryPolicy}'s tries and never past the call's {@link Deadline}. A Retry-After is
 * honoured at any length; when it would end after the deadline the answer goes back to the
 * caller at once, which says so. Success bodies are read here, under a size limit, so a body
 * that breaks off half-way is retried like any other fault and a hostile server cannot fill the
 * heap (the limit counts bytes after gzip inflation).
 */
final class RetryInterceptor implements Interceptor {
    /** Whether this client's server has answered at all yet (any status). */
    private volatile boolean answered;
    private static final Duration SLICE = Duration.ofMillis(50);
    private final RetryPolicy policy;
    private final Clock clock;
    private final AtomicLong retries;

    RetryInterceptor(RetryPolicy policy, Clock clock, AtomicLong retries) {
        this.policy = policy;
        this.clock = clock;
        this.retries = retries;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request req = chain.request();
        RequestPolicy p = RequestPolicy.of(req);
        Deadline deadline = req.tag(Deadline.class);
        int tries = p.repeatable() ? policy.maxTries() : 1;
        for (int failed = 0; ; ) {
            Duration pause;
            try {
                Response r = chain.proceed(req);
                answered = true;
                if (!isTransient(r.code())) return r.isSuccessful() && p.bodyLimit() > 0 ? buffered(r, p.bodyLimit()) : r;
                if (++failed >= tries) return r;
                pause = policy.delay(failed, Transport.retryAfter(r.header("Retry-After"), clock.now()));
                if (deadline != null && pause.compareTo(deadline.remaining()) > 0) return r; // the caller says why
                r.close();
            } catch (TooLargeException e) {
                throw e;
            } catch (IOException e) {
                // A host that has never answered and refuses or cannot be named is a wrong address, not a blip:
                // say so at once. Once it has answered, a refused connection is a restart and is waited out.
                if (neverConnected(e) && !answered) throw e;
                if (chain.call().isCanceled() || ++failed >= tries) throw e;
                pause = policy.delay(failed, null);
                if (deadline != null && pause.compareTo(deadline.remaining()) > 0) throw e;
            }
            retries.incrementAndGet();
            pause(pause, chain);
        }
    }

    /** The request never left: no connection was made (refused, no route) or the name did not resolve. */
    static boolean neverConnected(IOException e) {
        return e instanceof ConnectException || e instanceof UnknownHostException
                || e instanceof NoRouteToHostException;
    }

    static boolean isTransient(int code) {
        return code == 408 || code == 429 || (code >= 500 && code != 501 && code != 505);
    }

    /** Sleeps in slices so a canceled call (an interrupt, its deadline) stops waiting at once. */
    private void pause(Duration d, Chain chain) throws IOException {
        long end = clock.nanoTime() + d.toNanos();
        try {
            for (long left; (left = end - clock.nanoTime()) > 0; ) {
                if (chain.call().isCanceled()) throw new IOException("Canceled");
                clock.sleep(Duration.ofNanos(Math.min(left, SLICE.toNanos())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to retry");
        }
    }

    private static Response buffered(Response r, long limit) throws IOException {
        try (r) {
            ResponseBody body = r.body();
            long declared = body.contentLength();
            if (declared > limit) throw new TooLargeException(declared, limit);
            BufferedSource in = body.source();
            Buffer copy = new Buffer();
            while (!in.exhausted()) {
                copy.write(in.getBuffer(), in.getBuffer().size());
                if (copy.size() > limit) throw new TooLargeException(copy.size(), limit);
            }
            MediaType type = body.contentType();
            return r.newBuilder().body(ResponseBody.create(copy, type, copy.size())).build();
        }
    }

    /** An answer larger than any honest one; never retried. */
    static final class TooLargeException extends IOException {
        TooLargeException(long seen, long limit) {
            super("the answer is larger than " + (limit >> 20) + " MiB (" + seen + " bytes or more); refusing to read it");
        }
    }
}
