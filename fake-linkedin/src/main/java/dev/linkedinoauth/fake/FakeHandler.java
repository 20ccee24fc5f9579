package dev.linkedinoauth.fake;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The single entry point of every request: reads it into a {@link FakeRequest}, finds the route,
 * writes the {@link FakeResponse}. A request journal or scripted faults belong here, in {@link #serve}.
 * Any exception becomes a JSON answer: the fake never shows a stack trace.
 */
final class FakeHandler extends Handler.Abstract {
    /** Bodies larger than this are refused; LinkedIn's own request limits are far below it. */
    static final int MAX_BODY_BYTES = 1 << 20;

    private final FakeContext context;
    private final List<Route> routes;
    private final PublicBaseUrl publicBaseUrl;

    FakeHandler(FakeContext context, List<Route> routes, PublicBaseUrl publicBaseUrl) {
        this.context = context;
        this.routes = List.copyOf(routes);
        this.publicBaseUrl = publicBaseUrl;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        FakeResponse answer;
        try {
            answer = serve(read(request));
        } catch (FakeRequest.MalformedRequestException e) {
            answer = RestErrors.error(400, null, null, e.getMessage());
        } catch (BodyTooLargeException e) {
            answer = RestErrors.error(413, null, null, "Request body larger than " + MAX_BODY_BYTES + " bytes");
        } catch (IOException e) {
            answer = RestErrors.error(400, null, null, "Could not read the request body");
        } catch (RuntimeException e) {
            answer = internalError(e);
        }
        write(answer, response, callback);
        return true;
    }

    /** Routes one request. Everything LinkedIn-shaped happens behind this method. */
    FakeResponse serve(FakeRequest request) {
        List<Route> samePath = routes.stream().filter(r -> r.matchesPath(request.path())).toList();
        if (samePath.isEmpty()) {
            return NotFound.json(request);
        }
        for (Route route : samePath) {
            if (route.method().equals(request.method())) {
                try {
                    return route.endpoint().handle(request);
                } catch (FakeRequest.MalformedRequestException e) {
                    return RestErrors.error(400, null, null, e.getMessage());
                } catch (RuntimeException e) {
                    return internalError(e);
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
        byte[] body;
        try (InputStream in = Request.asInputStream(request)) {
            body = in.readNBytes(MAX_BODY_BYTES + 1);
        }
        if (body.length > MAX_BODY_BYTES) {
            throw new BodyTooLargeException();
        }
        String path = request.getHttpURI().getPath();
        return new FakeRequest(request.getMethod(), path == null || path.isEmpty() ? "/" : path,
                request.getHttpURI().getQuery(), headers, body, publicBaseUrl.resolve(request), context.now());
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
    private static FakeResponse internalError(RuntimeException e) {
        return RestErrors.error(500, null, null, "fake-linkedin internal error: " + e.getClass().getSimpleName());
    }

    private static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;
    }
}
