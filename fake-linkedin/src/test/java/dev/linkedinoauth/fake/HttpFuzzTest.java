package dev.linkedinoauth.fake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.linkedinoauth.fake.model.LinkedInEndpoint;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Random requests to every path of the fake (LinkedIn's and {@code /__fake/*}): random methods, headers,
 * percent-encodings, bodies and JSON shapes, sent as raw HTTP/1.1. No answer may be a 5xx, and the fake
 * must be healthy after. Bounded by a count ({@code -Dfuzz.requests}, default 3,000), reproducible by
 * its seed ({@code -Dfuzz.seed}; printed on every run). {@code -Dfuzz.port=N} aims it at a fake already
 * running on 127.0.0.1:N (the standalone jar) instead of an embedded one.
 */
@Timeout(300)
class HttpFuzzTest {
    private static final String[] METHODS = {"GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS"};
    private static final String[] ADMIN = {"/", "/__fake", "/__fake/", "/__fake/health", "/__fake/requests", "/__fake/posts",
        "/__fake/feed", "/__fake/reset", "/__fake/outcomes", "/__fake/clock", "/__fake/avatars/x.svg", "/__fake/nothing"};
    private static final String[] TYPES = {"application/json", "application/x-www-form-urlencoded", "text/plain",
        "application/octet-stream", "multipart/form-data; boundary=x", "application/json; charset=latin1", ""};
    private static final String[] KEYS = {"grant_type", "code", "client_id", "client_secret", "redirect_uri", "refresh_token",
        "token", "advance", "set", "kind", "status", "error", "delay", "times", "endpoint", "author", "commentary",
        "visibility", "lifecycleState", "distribution", "body", "retryAfter", "scope", "state", "response_type"};

    @Test
    void noRandomRequestGetsA5xxAndTheFakeStaysHealthy() throws IOException {
        long seed = Long.getLong("fuzz.seed", System.nanoTime());
        int requests = Integer.getInteger("fuzz.requests", 3_000);
        System.out.println("HttpFuzzTest seed " + seed + " (-Dfuzz.seed=" + seed + "), " + requests + " requests");
        Random random = new Random(seed);
        List<String> paths = new ArrayList<>(List.of(ADMIN));
        for (LinkedInEndpoint endpoint : LinkedInEndpoint.values()) {
            if (endpoint.path() != null) {
                paths.add(endpoint.path());
            }
        }
        List<String> failures = new ArrayList<>();
        Integer external = Integer.getInteger("fuzz.port");
        try (FakeLinkedIn embedded = external == null ? FakeLinkedIn.start() : null) {
            int port = external == null ? embedded.port() : external;
            int fiveHundreds = 0;
            for (int i = 0; i < requests && failures.size() < 5; i++) {
                byte[] request = request(random, paths);
                int status = send(port, request);
                if (status >= 500) {
                    fiveHundreds++;
                    failures.add(status + " for " + new String(request, 0, Math.min(request.length, 300), StandardCharsets.ISO_8859_1));
                }
            }
            System.out.println("HttpFuzzTest sent " + requests + " requests, " + fiveHundreds + " answered 5xx");
            assertThat(failures).as("seed " + seed).isEmpty();
            assertThat(send(port, "GET /__fake/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII))).isEqualTo(200);
            assertThat(send(port, "POST /__fake/reset HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .getBytes(StandardCharsets.US_ASCII))).isEqualTo(200);
        }
    }

    static byte[] request(Random random, List<String> paths) {
        String method = METHODS[random.nextInt(METHODS.length)];
        String path = paths.get(random.nextInt(paths.size()));
        if (random.nextInt(8) == 0) {
            path += "/" + word(random);
        }
        String query = random.nextBoolean() ? "" : "?" + pairs(random, random.nextInt(5));
        byte[] body = body(random);
        StringBuilder head = new StringBuilder(method).append(' ').append(path).append(query).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        String type = TYPES[random.nextInt(TYPES.length)];
        if (!type.isEmpty()) {
            head.append("Content-Type: ").append(type).append("\r\n");
        }
        for (int h = random.nextInt(4); h > 0; h--) {
            String[] names = {"Authorization", "LinkedIn-Version", "X-Restli-Protocol-Version", "Accept", "X-Random"};
            String[] values = {"Bearer " + word(random), "Basic " + word(random), "2026" + random.nextInt(13), "2.0.0",
                word(random), "\u00e9t\u00e9"};
            head.append(names[random.nextInt(names.length)]).append(": ").append(values[random.nextInt(values.length)]).append("\r\n");
        }
        head.append("Content-Length: ").append(body.length).append("\r\nConnection: close\r\n\r\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] headBytes = head.toString().getBytes(StandardCharsets.UTF_8);
        out.write(headBytes, 0, headBytes.length);
        out.write(body, 0, body.length);
        return out.toByteArray();
    }

    private static byte[] body(Random random) {
        return switch (random.nextInt(6)) {
            case 0 -> new byte[0];
            case 1 -> pairs(random, random.nextInt(6)).getBytes(StandardCharsets.UTF_8);
            case 2 -> json(random, 0).getBytes(StandardCharsets.UTF_8);
            case 3 -> {
                int depth = 1 + random.nextInt(2_000);
                yield ("[".repeat(depth) + "]".repeat(random.nextInt(depth + 1))).getBytes(StandardCharsets.UTF_8);
            }
            case 4 -> {
                byte[] bytes = new byte[random.nextInt(2_000)];
                random.nextBytes(bytes);
                yield bytes;
            }
            default -> ("@[" + "n".repeat(random.nextInt(5_000)) + "](urn:li:person:x) #" + word(random))
                    .getBytes(StandardCharsets.UTF_8);
        };
    }

    private static String json(Random random, int depth) {
        return switch (depth > 3 ? random.nextInt(4) : random.nextInt(7)) {
            case 0 -> Integer.toString(random.nextInt());
            case 1 -> "\"" + word(random) + "\"";
            case 2 -> random.nextBoolean() ? "1e300" : "-0.5";
            case 3 -> random.nextBoolean() ? "null" : "\"P" + random.nextInt(Integer.MAX_VALUE) + "D\"";
            case 4 -> "[" + json(random, depth + 1) + "," + json(random, depth + 1) + "]";
            default -> {
                StringBuilder object = new StringBuilder("{");
                for (int k = random.nextInt(4); k > 0; k--) {
                    object.append('"').append(KEYS[random.nextInt(KEYS.length)]).append("\":").append(json(random, depth + 1))
                            .append(k > 1 ? "," : "");
                }
                yield object.append('}').toString();
            }
        };
    }

    private static String pairs(Random random, int n) {
        StringBuilder pairs = new StringBuilder();
        for (int i = 0; i < n; i++) {
            pairs.append(i == 0 ? "" : "&").append(KEYS[random.nextInt(KEYS.length)]).append('=').append(word(random));
        }
        return pairs.toString();
    }

    /** A short value: letters, an escape (valid or not), a reserved character, non-ASCII. */
    private static String word(Random random) {
        String[] pieces = {"a", "Z9", "%20", "%zz", "%", "+", "%C3%A9", "%FF", "..", "-", "_", "P61D", "urn:li:person:x",
            "fake-client-id", "http%3A%2F%2Flocalhost%3A3000%2Fcallback", "openid%20profile", "~"};
        StringBuilder word = new StringBuilder();
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            word.append(pieces[random.nextInt(pieces.length)]);
        }
        return word.toString();
    }

    /** The status of the answer; 0 when the connection closed without one (a 4xx-level refusal by Jetty). */
    static int send(int port, byte[] request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            try {
                out.write(request);
                out.flush();
            } catch (IOException e) {
                // Jetty may answer (400, 413) and close before the body is all sent; read what came back.
            }
            InputStream in = socket.getInputStream();
            byte[] line = new byte[12];
            int read = 0;
            try {
                while (read < 12) {
                    int n = in.read(line, read, 12 - read);
                    if (n < 0) {
                        break;
                    }
                    read += n;
                }
            } catch (IOException e) {
                return 0;
            }
            String status = new String(line, 0, read, StandardCharsets.US_ASCII);
            return status.startsWith("HTTP/1.1 ") && read == 12 ? Integer.parseInt(status.substring(9, 12)) : 0;
        }
    }
}
