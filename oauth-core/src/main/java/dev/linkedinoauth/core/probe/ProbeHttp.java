package dev.linkedinoauth.core.probe;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.net.URIBuilder;
import org.apache.hc.core5.util.Timeout;

/**
 * HttpClient 5 (classic), set up as oauth-core's {@code LinkedInHttp} is (timeouts, no cookies, no
 * redirects: a 302 is an answer to look at, not to follow) but with retries off: a probe is sent exactly
 * once, and a 429 stops the run instead of being retried.
 */
final class ProbeHttp implements AutoCloseable {
    /** Larger answers are not ones the contract describes; refuse rather than buffer them. */
    private static final int MAX_BODY_CHARS = 256 * 1024;

    private final CloseableHttpClient client;

    ProbeHttp(Duration timeout) {
        Timeout t = Timeout.of(timeout);
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(t).setSocketTimeout(t).build())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom().setConnectionRequestTimeout(t).setResponseTimeout(t).build())
                .disableAutomaticRetries()
                .disableRedirectHandling()
                .disableCookieManagement()
                .setUserAgent("linkedin-oauth-probe/0.1")
                .build();
    }

    /** An answer: status, media type (may be null), headers (lower-case names, first value) and body text. */
    record Answer(int status, String mimeType, Map<String, String> headers, String body) {
        Answer {
            headers = Map.copyOf(headers);
        }

        String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** Sends one request whose placeholders are already filled. */
    Answer send(String method, URI base, Map<String, String> query, Map<String, String> headers, Map<String, String> form,
                String json) throws IOException {
        HttpUriRequestBase request = new HttpUriRequestBase(method, withQuery(base, query));
        request.setHeader("Accept", "application/json");
        headers.forEach(request::setHeader);
        if (!form.isEmpty()) {
            List<NameValuePair> pairs = new ArrayList<>();
            form.forEach((k, v) -> pairs.add(new BasicNameValuePair(k, v)));
            request.setEntity(new UrlEncodedFormEntity(pairs, StandardCharsets.UTF_8));
        } else if (json != null) {
            request.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        }
        return client.execute(request, response -> {
            HttpEntity entity = response.getEntity();
            String body = entity == null ? "" : EntityUtils.toString(entity, StandardCharsets.UTF_8, MAX_BODY_CHARS);
            ContentType type = entity == null ? null : ContentType.parseLenient(entity.getContentType());
            Map<String, String> names = new HashMap<>();
            for (Header h : response.getHeaders()) {
                names.putIfAbsent(h.getName().toLowerCase(Locale.ROOT), h.getValue());
            }
            return new Answer(response.getCode(), type == null ? null : type.getMimeType().toLowerCase(Locale.ROOT), names, body);
        });
    }

    static URI withQuery(URI base, Map<String, String> query) {
        if (query.isEmpty()) {
            return base;
        }
        try {
            URIBuilder b = new URIBuilder(base);
            query.forEach(b::addParameter);
            return b.build();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot add a query to " + base, e);
        }
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }
}
