package dev.linkedinoauth.core;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.classic.methods.HttpPut;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.FileEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;

/**
 * The HTTP client every piece of oauth-core talks to LinkedIn with (Apache HttpClient 5, classic): a
 * connect and a response timeout on every call, and bounded retries with backoff on 429 and 503 that honour
 * {@code Retry-After}. No retries on other statuses. Share one instance; close it when done.
 *
 * <pre>{@code
 * try (LinkedInHttp http = LinkedInHttp.builder().responseTimeout(Duration.ofSeconds(20)).build()) {
 *     TokenClient tokens = new TokenClient(http, LinkedInEndpoints.production(), clientId, secret); }
 * }</pre>
 */
public final class LinkedInHttp implements AutoCloseable {
    static {
        QuietLogging.init(); // before the first HttpClient or Jetty class: quiet unless the user configured logging
    }

    /** Bodies larger than this are not LinkedIn answers we understand; refuse rather than buffer them. */
    private static final int MAX_BODY_CHARS = 1 << 20;

    private final CloseableHttpClient client;
    private final Builder settings;

    private LinkedInHttp(Builder b) {
        this.settings = b.copy();
        ConnectionConfig connectionConfig = ConnectionConfig.custom()
                .setConnectTimeout(Timeout.of(b.connectTimeout))
                .setSocketTimeout(Timeout.of(b.responseTimeout))
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDefaultConnectionConfig(connectionConfig)
                        .setTlsSocketStrategy(new LazyTls())
                        .build())
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setConnectionRequestTimeout(Timeout.of(b.connectTimeout))
                        .setResponseTimeout(Timeout.of(b.responseTimeout))
                        .build())
                .setRetryStrategy(new RetryAfterStrategy(b.maxRetries, b.retryInterval, b.maxRetryWait))
                .setUserAgent("linkedin-oauth/0.1")
                .disableCookieManagement()
                .disableRedirectHandling()
                .evictExpiredConnections()
                .evictIdleConnections(TimeValue.ofSeconds(30))
                .build();
    }

    /** Defaults: connect timeout 10 s, response timeout 30 s, 3 retries on 429/503, backoff from 1 s, waits capped at 30 s. */
    public static LinkedInHttp create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this client's settings, for another client that differs in some. */
    public Builder toBuilder() {
        return settings.copy();
    }

    public Duration connectTimeout() {
        return settings.connectTimeout;
    }

    public Duration responseTimeout() {
        return settings.responseTimeout;
    }

    public int maxRetries() {
        return settings.maxRetries;
    }

    /** POSTs an {@code application/x-www-form-urlencoded} body (repeatable, so 429/503 retries can resend it). */
    HttpResult postForm(URI uri, Map<String, String> form) {
        List<NameValuePair> pairs = new ArrayList<>();
        form.forEach((k, v) -> pairs.add(new BasicNameValuePair(k, v)));
        HttpPost post = new HttpPost(uri);
        post.setEntity(new UrlEncodedFormEntity(pairs, StandardCharsets.UTF_8));
        post.setHeader(HttpHeaders.ACCEPT, "application/json");
        return execute(post);
    }

    /** GETs a resource, with {@code Authorization: Bearer} when a token is given. */
    HttpResult get(URI uri, String bearerToken) {
        HttpGet get = new HttpGet(uri);
        get.setHeader(HttpHeaders.ACCEPT, "application/json");
        if (bearerToken != null) {
            get.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken);
        }
        return execute(get);
    }

    /** GETs a resource with {@code Authorization: Bearer} and the given extra headers (e.g. {@code LinkedIn-Version}). */
    HttpResult get(URI uri, String bearerToken, Map<String, String> headers) {
        HttpGet get = new HttpGet(uri);
        get.setHeader(HttpHeaders.ACCEPT, "application/json");
        get.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + Objects.requireNonNull(bearerToken, "bearerToken"));
        headers.forEach(get::setHeader);
        return execute(get);
    }

    /**
     * PUTs a file as the body (an image upload), reporting bytes sent to {@code progress}. Never resent: an
     * upload URL is used once, and on any failure the caller starts a new upload.
     */
    HttpResult putFile(URI uri, String bearerToken, Path file, String mediaType, UploadProgress progress) {
        HttpPut put = new HttpPut(uri);
        put.setEntity(new CountingEntity(new FileEntity(file.toFile(), ContentType.create(mediaType)), file, progress));
        if (bearerToken != null) {
            put.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + bearerToken);
        }
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(RetryAfterStrategy.NEVER_RETRY, Boolean.TRUE);
        return execute(put, context);
    }

    /**
     * POSTs a JSON body with {@code Authorization: Bearer} and the given extra headers. It creates something
     * (a post), so the retry strategy resends it after a 429 only, never after a 503 ({@link RetryAfterStrategy}).
     */
    HttpResult postJson(URI uri, String bearerToken, Map<String, String> headers, String json) {
        HttpPost post = new HttpPost(uri);
        post.setEntity(new StringEntity(json, ContentType.APPLICATION_JSON));
        post.setHeader(HttpHeaders.ACCEPT, "application/json");
        post.setHeader(HttpHeaders.AUTHORIZATION, "Bearer " + Objects.requireNonNull(bearerToken, "bearerToken"));
        headers.forEach(post::setHeader);
        HttpClientContext context = HttpClientContext.create();
        context.setAttribute(RetryAfterStrategy.CREATES_RESOURCE, Boolean.TRUE);
        return execute(post, context);
    }

    private HttpResult execute(HttpUriRequestBase request) {
        return execute(request, HttpClientContext.create());
    }

    private HttpResult execute(HttpUriRequestBase request, HttpClientContext context) {
        try {
            return client.execute(request, context, response -> {
                HttpEntity entity = response.getEntity();
                String body = entity == null ? "" : EntityUtils.toString(entity, StandardCharsets.UTF_8, MAX_BODY_CHARS);
                ContentType type = entity == null ? null : ContentType.parseLenient(entity.getContentType());
                Map<String, String> headers = new HashMap<>();
                for (Header header : response.getHeaders()) {
                    headers.putIfAbsent(header.getName().toLowerCase(Locale.ROOT), header.getValue());
                }
                return new HttpResult(response.getCode(), body, type == null ? null : type.getMimeType(), headers);
            });
        } catch (IOException e) {
            throw new LinkedInConnectionException("Cannot reach " + withoutQuery(request) + ": "
                    + describe(e), e);
        }
    }

    private static String withoutQuery(HttpUriRequestBase request) {
        try {
            URI u = request.getUri();
            return new URI(u.getScheme(), null, u.getHost(), u.getPort(), u.getPath(), null, null).toString();
        } catch (Exception e) {
            return request.getRequestUri();
        }
    }

    private static String describe(IOException e) {
        String name = e.getClass().getSimpleName();
        return e.getMessage() == null ? name : name + " (" + e.getMessage() + ")";
    }

    @Override
    public void close() {
        client.close(CloseMode.GRACEFUL);
    }

    /**
     * Settings for {@link LinkedInHttp}; the built client copies them, so later changes do not leak in.
     *
     * <pre>{@code
     * LinkedInHttp http = LinkedInHttp.builder().connectTimeout(Duration.ofSeconds(5)).maxRetries(1).build();
     * }</pre>
     */
    public static final class Builder {
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(30);
        private int maxRetries = 3;
        private Duration retryInterval = Duration.ofSeconds(1);
        private Duration maxRetryWait = Duration.ofSeconds(30);

        private Builder() {
        }

        public Builder connectTimeout(Duration value) {
            this.connectTimeout = positive(value, "connectTimeout");
            return this;
        }

        public Builder responseTimeout(Duration value) {
            this.responseTimeout = positive(value, "responseTimeout");
            return this;
        }

        /** Retries after a 429 or 503 answer; 0 disables retrying. */
        public Builder maxRetries(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("maxRetries must be >= 0");
            }
            this.maxRetries = value;
            return this;
        }

        /** First backoff when the answer has no {@code Retry-After}; doubles on each further retry. */
        public Builder retryInterval(Duration value) {
            this.retryInterval = Objects.requireNonNull(value, "retryInterval");
            return this;
        }

        /** Longest single wait, whatever {@code Retry-After} asks for. */
        public Builder maxRetryWait(Duration value) {
            this.maxRetryWait = Objects.requireNonNull(value, "maxRetryWait");
            return this;
        }

        public LinkedInHttp build() {
            if (retryInterval.compareTo(responseTimeout) > 0) {
                // HttpClient skips retries entirely when the default interval exceeds the response timeout.
                throw new IllegalArgumentException("retryInterval must not exceed responseTimeout");
            }
            return new LinkedInHttp(this);
        }

        private Builder copy() {
            Builder b = new Builder();
            b.connectTimeout = connectTimeout;
            b.responseTimeout = responseTimeout;
            b.maxRetries = maxRetries;
            b.retryInterval = retryInterval;
            b.maxRetryWait = maxRetryWait;
            return b;
        }

        private static Duration positive(Duration value, String name) {
            Objects.requireNonNull(value, name);
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(name + " must be positive");
            }
            return value;
        }
    }
}
