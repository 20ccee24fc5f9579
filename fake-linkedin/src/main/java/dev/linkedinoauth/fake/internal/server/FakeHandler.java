package dev.linkedinoauth.fake.internal.server;

import dev.linkedinoauth.fake.internal.fixture.Journal;
import dev.linkedinoauth.fake.internal.fixture.Fixture;
import dev.linkedinoauth.fake.internal.fixture.Reply;
import dev.linkedinoauth.fake.internal.fixture.ScriptedAnswers;
import dev.linkedinoauth.fake.internal.http.FakeRequest;
import dev.linkedinoauth.fake.internal.http.FakeResponse;
import dev.linkedinoauth.fake.internal.http.NotFound;
import dev.linkedinoauth.fake.internal.http.RestErrors;
import dev.linkedinoauth.fake.internal.http.Route;
import dev.linkedinoauth.fake.internal.api.ImageUploadEndpoint;
import dev.linkedinoauth.fake.internal.state.FakeContext;
import dev.linkedinoauth.fake.internal.state.ImageStore;
import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import dev.linkedinoauth.fake.model.Outcome;
import dev.linkedinoauth.fake.model.RecordedRequest;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.io.EofException;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The single entry point of every request: reads it into a {@link FakeRequest}, lets a scripted
 * {@link Outcome} answer it if one is queued for its endpoint, else finds the route; records it in the
 * journal; writes the {@link FakeResponse} (now, later, or not at all for a dropped connection). The
 * fake's own {@code /__fake/} paths are neither scripted nor recorded. Any exception becomes a JSON
 * answer: the fake never shows a stack trace.
 */
public final class FakeHandler extends Handler.Abstract {
    /** Bodies larger than this are refused; LinkedIn's own request limits are far below it. */
    public static final int MAX_BODY_BYTES = 1 << 20;

    private final Fixture fixture;
    private final FakeContext context;
    private final List<Route> routes;
    private final PublicBaseUrl publicBaseUrl;
    private final ScriptedAnswers scripted;

    public FakeHandler(Fixture fixture, List<Route> routes, PublicBaseUrl publicBaseUrl) {
        this.fixture = fixture;
        this.context = fixture.context();
        this.scripted = new ScriptedAnswers(context);
        this.routes = List.copyOf(routes);
        this.publicBaseUrl = publicBaseUrl;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        try {
            answer(request, response, callback);
        } catch (RuntimeException | Error e) {
            // The backstop: whatever one request did, the next one (health, reset) is answered as usual.
            write(internalError(e), response, callback);
        }
        return true;
    }

    private void answer(Request request, Response response, Callback callback) {
        FakeRequest received;
        try {
            received = read(request);
        } catch (BodyTooLargeException e) {
            write(RestErrors.error(413, null, null, "Request body larger than " + e.limit + " bytes"), response, callback);
            return;
        } catch (IOException e) {
            write(RestErrors.error(400, null, null, "Could not read the request body"), response, callback);
            return;
        }
        Match match = match(received.path());
        if (isAdmin(received.path())) {
            write(serve(received, match), response, callback); // the fake's own pages: never scripted, never recorded
            return;
        }
        Reply reply = reply(received, match);
        fixture.journal().record(recorded(received, match.endpoint(), reply.status()), received.body().length);
        deliver(reply, request, response, callback);
    }

    /**
     * The one classification of a request: the routes of its path and the LinkedIn endpoint they belong to
     * ({@link LinkedInEndpoint#OTHER} for a path no LinkedIn route serves).
     */
    record Match(LinkedInEndpoint endpoint, List<Route> routes) {
    }

    Match match(String path) {
        List<Route> samePath = new ArrayList<>(2); // loops, not streams: this runs for every request
        LinkedInEndpoint endpoint = null;
        for (Route route : routes) {
            if (route.matchesPath(path)) {
                samePath.add(route);
                if (endpoint == null) {
                    endpoint = route.endpoint();
                }
            }
        }
        return new Match(endpoint == null ? LinkedInEndpoint.OTHER : endpoint, samePath);
    }

    /**
     * The request as the journal keeps it, with the status it was answered (0: connection dropped); the
     * body cut at {@link Journal#MAX_BODY_BYTES}, so that no request can fill the heap through the journal.
     */
    private static RecordedRequest recorded(FakeRequest request, LinkedInEndpoint endpoint, int status) {
        if (endpoint == LinkedInEndpoint.IMAGE_UPLOAD) {
            // Image bytes are kept by the image store, not as text in the journal; the upload token is not repeated.
            return new RecordedRequest(request.method(), request.path(), request.rawQuery() == null ? null : "ut=…",
                    request.headers(), "<" + request.body().length + " bytes>", endpoint, status, request.receivedAt());
        }
        byte[] body = request.body();
        String text = new String(body, 0, Math.min(body.length, Journal.MAX_BODY_BYTES), StandardCharsets.UTF_8);
        return new RecordedRequest(request.method(), request.path(), request.rawQuery(), request.headers(),
                text, endpoint, status, request.receivedAt());
    }

    /** The fake's own paths ({@code /__fake/...}): admin API, dashboard, health, avatars; and {@code /}, a redirect to the dashboard. */
    static boolean isAdmin(String path) {
        return path.equals("/") || path.equals("/__fake") || path.startsWith("/__fake/");
    }

    /** The next scripted outcome for this request if one is queued, else the normal answer. */
    Reply reply(FakeRequest request, Match match) {
        Optional<Outcome> outcome = fixture.script().next(request, match.endpoint());
        if (outcome.isEmpty()) {
            return Reply.Send.now(serve(request, match));
        }
        try {
            return scripted.reply(outcome.get(), request, match.endpoint(), () -> serve(request, match));
        } catch (RuntimeException | Error e) {
            return Reply.Send.now(internalError(e));
        }
    }

    /** Routes one request. Everything LinkedIn-shaped happens behind this method. */
    FakeResponse serve(FakeRequest request) {
        return serve(request, match(request.path()));
    }

    private FakeResponse serve(FakeRequest request, Match match) {
        List<Route> samePath = match.routes();
        if (samePath.isEmpty()) {
            return NotFound.json(request);
        }
        for (Route route : samePath) {
            if (route.method().equals(request.method())) {
                try {
                    return route.handler().handle(request);
                } catch (FakeRequest.MalformedRequestException e) {
                    return RestErrors.error(400, null, null, e.getMessage());
                } catch (RuntimeException | Error e) {
                    return internalError(e); // a StackOverflowError too: this request fails, the fake does not
                }
            }
        }
        return NotFound.methodNotAllowed(request, samePath.stream().map(Route::method).distinct()
                .collect(Collectors.joining(", ")));
    }

    private FakeRequest read(Request request) throws IOException {
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (HttpField field : request.getHeaders()) {
            headers.computeIfAbsent(field.getName(), k -> new ArrayList<>()).add(field.getValue());
        }
        String path = request.getHttpURI().getPath();
        // Image uploads carry binary bodies up to the image store's per-upload limit; everything else is small.
        int limit = path != null && path.startsWith(ImageUploadEndpoint.PREFIX) ? ImageStore.MAX_UPLOAD_BYTES : MAX_BODY_BYTES;
        byte[] body;
        long length = request.getLength(); // Content-Length, or -1 (chunked): Jetty stops the body at it
        try (InputStream in = Request.asInputStream(request)) {
            body = length >= 0 && length <= limit ? exactly(in, (int) length) : in.readNBytes(limit + 1);
        }
        if (body.length > limit) {
            throw new BodyTooLargeException(limit);
        }
        return new FakeRequest(request.getMethod(), path == null || path.isEmpty() ? "/" : path,
                request.getHttpURI().getQuery(), headers, body, publicBaseUrl.resolve(request), context.now());
    }

    /** A body of known length into an array of that length: no growing buffers for the common small form. */
    private static byte[] exactly(InputStream in, int length) throws IOException {
        byte[] body = new byte[length];
        int read = in.readNBytes(body, 0, length);
        return read == length ? body : Arrays.copyOf(body, read);
    }

    private void deliver(Reply reply, Request request, Response response, Callback callback) {
        if (reply instanceof Reply.Send send) {
            if (send.delay().isZero()) {
                write(send.response(), response, callback);
            } else {
                // Scheduled, not slept: a slow answer must not hold one of the server's threads.
                getServer().getScheduler().schedule(() -> write(send.response(), response, callback),
                        send.delay().toMillis(), TimeUnit.MILLISECONDS);
            }
            return;
        }
        // A dropped connection: no status line, no bytes; the client sees the socket close.
        request.getConnectionMetaData().getConnection().getEndPoint().close();
        callback.failed(new EofException("connection dropped by a scripted outcome"));
    }

    private static void write(FakeResponse answer, Response response, Callback callback) {
        response.setStatus(answer.status());
        for (Map.Entry<String, String> header : answer.headers()) {
            response.getHeaders().add(header.getKey(), header.getValue());
        }
        response.getHeaders().put("Content-Length", Long.toString(answer.body().length));
        response.write(true, ByteBuffer.wrap(answer.body()), callback);
    }

    /** A bug in the fake, not bad input: say so in one line, without a stack trace. */
    private static FakeResponse internalError(Throwable e) {
        return RestErrors.error(500, null, null, "fake-linkedin internal error: " + e.getClass().getSimpleName());
    }

    private static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
        private final int limit;

        BodyTooLargeException(int limit) {
            this.limit = limit;
        }
    }
}
