package dev.linkedinoauth.core;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.util.Timeout;

/**
 * A browser stand-in: GET, follow redirects, read the final page. Its last page is kept so tests can check
 * what the member would have seen.
 */
final class HttpFollowerBrowser {
    /** Longer than the callback server holds its page while the token exchange runs. */
    private static final Timeout RESPONSE_TIMEOUT = Timeout.ofSeconds(120);

    /**
     * The {@link Browser}s that {@link Browser#httpFollower()} handed out, so that the login can say it follows
     * the address itself instead of asking the member to open it. Held as Object and weakly: this class must not
     * import Browser (which names this class), and a forgotten browser must not stay in memory.
     */
    private static final java.util.Set<Object> HANDED_OUT =
            java.util.Collections.synchronizedSet(java.util.Collections.newSetFromMap(new java.util.WeakHashMap<>()));

    private volatile FinalPage lastPage;

    static <T> T handedOut(T browser) {
        HANDED_OUT.add(browser);
        return browser;
    }

    static boolean isHandedOut(Object browser) {
        return HANDED_OUT.contains(browser);
    }

    /** Where the follower ended and what it was shown. */
    record FinalPage(URI location, int status, String body) {
    }

    public void open(URI url) throws IOException {
        String redirectUri = redirectUriOf(url);
        try (CloseableHttpClient client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setTlsSocketStrategy(new LazyTls())
                        .build())
                .disableCookieManagement()
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(RESPONSE_TIMEOUT)
                        .setConnectionRequestTimeout(Timeout.ofSeconds(10))
                        .setRedirectsEnabled(true)
                        .setMaxRedirects(10)
                        .build())
                .build()) {
            HttpClientContext context = HttpClientContext.create();
            FinalPage page = client.execute(new HttpGet(url), context, response -> {
                List<URI> redirects = context.getRedirectLocations().getAll();
                URI location = redirects.isEmpty() ? url : redirects.get(redirects.size() - 1);
                String body = response.getEntity() == null ? ""
                        : EntityUtils.toString(response.getEntity(), StandardCharsets.UTF_8, 1 << 20);
                return new FinalPage(location, response.getCode(), body);
            });
            lastPage = page;
            if (redirectUri != null && !page.location().toString().startsWith(redirectUri)) {
                throw new IOException("the HTTP follower ended at " + withoutQuery(page.location()) + " (HTTP "
                        + page.status() + "), not at the redirect URI: this provider needs a real browser");
            }
        }
    }

    FinalPage lastPage() {
        return lastPage;
    }

    private static String redirectUriOf(URI authorizationUrl) {
        Map<String, String> params = new java.util.LinkedHashMap<>();
        String q = authorizationUrl.getRawQuery();
        if (q != null) {
            for (String pair : q.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    params.putIfAbsent(pair.substring(0, eq),
                            java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return params.get("redirect_uri");
    }

    private static String withoutQuery(URI u) {
        return u.getScheme() + "://" + u.getAuthority() + (u.getPath() == null ? "" : u.getPath());
    }
}
