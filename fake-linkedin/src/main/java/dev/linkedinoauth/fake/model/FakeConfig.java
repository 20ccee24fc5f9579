package dev.linkedinoauth.fake.model;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the fake needs: where it listens, how it consents, which apps and members exist.
 * The same value drives the embedded fake, the standalone jar (as a JSON file) and the container.
 *
 * <pre>{@code
 * FakeConfig config = FakeConfig.builder().consent(Consent.INTERACTIVE).member(FakeMember.defaults()).build();
 * FakeConfig fromFile = FakeConfig.fromJson(Path.of("fake-linkedin.json"));
 * }</pre>
 *
 * @param host          the address to bind, {@code 127.0.0.1} by default
 * @param port          the port to bind, {@code 0} (an ephemeral port) by default
 * @param apps          the registered apps, at least one
 * @param members       the members, at least one; the first is the default member
 * @param publicBaseUrl the base URL clients see (issuer, discovery, avatars), or {@code null} for the
 *                      URL the fake listens on
 * @param imageProcessingDelay how long an uploaded image stays {@code PROCESSING} on the fake's clock before it
 *                      is {@code AVAILABLE} (or {@code PROCESSING_FAILED}); zero (the default) for at once
 * @param imageReadForbidden true to answer every image status read ({@code GET /rest/images…}) with 403
 *                      {@code ACCESS_DENIED}, as LinkedIn is reported to do for {@code w_member_social}-only tokens
 */
public record FakeConfig(String host, int port, Consent consent, List<FakeApp> apps, List<FakeMember> members,
                         String publicBaseUrl, java.time.Duration imageProcessingDelay, boolean imageReadForbidden) {

    /** Without the image settings: no processing delay, status reads allowed. */
    public FakeConfig(String host, int port, Consent consent, List<FakeApp> apps, List<FakeMember> members,
                      String publicBaseUrl) {
        this(host, port, consent, apps, members, publicBaseUrl, java.time.Duration.ZERO, false);
    }

    public FakeConfig {
        if (imageProcessingDelay == null) {
            imageProcessingDelay = java.time.Duration.ZERO;
        }
        if (imageProcessingDelay.isNegative()) {
            throw new FakeConfigException("imageProcessingDelay must not be negative");
        }
        if (host == null || host.isBlank()) {
            host = "127.0.0.1";
        }
        if (port < 0 || port > 65535) {
            throw new FakeConfigException("port must be between 0 and 65535, not " + port);
        }
        if (consent == null) {
            consent = Consent.AUTO;
        }
        apps = apps == null || apps.isEmpty() ? List.of(FakeApp.defaults()) : List.copyOf(apps);
        members = members == null || members.isEmpty() ? List.of(FakeMember.defaults()) : List.copyOf(members);
        Set<String> seen = new HashSet<>();
        for (FakeApp app : apps) {
            if (!seen.add(app.clientId())) {
                throw new FakeConfigException("two apps have the client id \"" + app.clientId() + "\"");
            }
        }
        seen.clear();
        for (FakeMember member : members) {
            if (!seen.add(member.id())) {
                throw new FakeConfigException("two members have the id \"" + member.id() + "\"");
            }
        }
        publicBaseUrl = checkPublicBaseUrl(publicBaseUrl);
    }

    /** Loopback, an ephemeral port, automatic consent, {@link FakeApp#defaults()}, {@link FakeMember#defaults()}. */
    public static FakeConfig defaults() {
        return new FakeConfig(null, 0, Consent.AUTO, null, null, null);
    }

    /** A builder starting from {@link #defaults()}. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this configuration's values; adding an app or member appends to them. */
    public Builder toBuilder() {
        Builder builder = new Builder().host(host).port(port).consent(consent).publicBaseUrl(publicBaseUrl)
                .imageProcessingDelay(imageProcessingDelay).imageReadForbidden(imageReadForbidden);
        builder.apps.addAll(apps);
        builder.members.addAll(members);
        return builder;
    }

    /**
     * Reads a JSON configuration file: {@code {"consent":"auto","apps":[{...}],"members":[{...}]}}, every
     * key optional, camelCase as the record components.
     *
     * @throws FakeConfigException with one line naming the problem
     */
    public static FakeConfig fromJson(Path file) {
        try {
            return of(ConfigJson.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString()));
        } catch (NoSuchFileException e) {
            throw new FakeConfigException("config file not found: " + file);
        } catch (IOException e) {
            throw new FakeConfigException("cannot read config file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Parses a JSON configuration, see {@link #fromJson(Path)}. */
    public static FakeConfig fromJson(String json) {
        return of(ConfigJson.parse(json, "config"));
    }

    /** This configuration as JSON, readable by {@link #fromJson(String)}. */
    public String toJson() {
        return ConfigJson.write(new ConfigJson.Fields(host, port, consent, publicBaseUrl, imageProcessingDelay,
                imageReadForbidden, apps, members));
    }

    /** The fields read from JSON over the defaults: an absent key keeps the builder's default. */
    private static FakeConfig of(ConfigJson.Fields fields) {
        Builder builder = builder();
        if (fields.host() != null) {
            builder.host(fields.host());
        }
        if (fields.port() != null) {
            builder.port(fields.port());
        }
        if (fields.consent() != null) {
            builder.consent(fields.consent());
        }
        if (fields.publicBaseUrl() != null) {
            builder.publicBaseUrl(fields.publicBaseUrl());
        }
        if (fields.imageProcessingDelay() != null) {
            builder.imageProcessingDelay(fields.imageProcessingDelay());
        }
        if (fields.imageReadForbidden() != null) {
            builder.imageReadForbidden(fields.imageReadForbidden());
        }
        fields.apps().forEach(builder::app);
        fields.members().forEach(builder::member);
        return builder.build();
    }

    /** The member {@link Consent#AUTO} signs in: the first configured member. */
    public FakeMember defaultMember() {
        return members.get(0);
    }

    public Optional<FakeApp> app(String clientId) {
        return apps.stream().filter(app -> app.clientId().equals(clientId)).findFirst();
    }

    public Optional<FakeMember> member(String id) {
        return members.stream().filter(member -> member.id().equals(id)).findFirst();
    }

    private static String checkPublicBaseUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI uri = new URI(url);
            if (!uri.isAbsolute() || uri.getHost() == null
                    || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new FakeConfigException("publicBaseUrl must be an http(s) URL without query, not \"" + url + "\"");
            }
        } catch (URISyntaxException e) {
            throw new FakeConfigException("publicBaseUrl is not a URL: \"" + url + "\"");
        }
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    /**
     * Builds a {@link FakeConfig}. Adding an app (or a member) replaces the default app (or member).
     *
     * <pre>{@code
     * FakeConfig config = FakeConfig.builder().port(8080).app(FakeApp.builder().refreshTokens(true).build()).build();
     * }</pre>
     */
    public static final class Builder {
        private String host;
        private int port;
        private Consent consent = Consent.AUTO;
        private final List<FakeApp> apps = new ArrayList<>();
        private final List<FakeMember> members = new ArrayList<>();
        private String publicBaseUrl;
        private java.time.Duration imageProcessingDelay = java.time.Duration.ZERO;
        private boolean imageReadForbidden;

        private Builder() {
        }

        public Builder host(String value) {
            host = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder consent(Consent value) {
            consent = value;
            return this;
        }

        /** Registers an app; the first call replaces the default app. */
        public Builder app(FakeApp app) {
            apps.add(app);
            return this;
        }

        public Builder apps(List<FakeApp> value) {
            apps.clear();
            apps.addAll(value);
            return this;
        }

        /** Adds a member; the first call replaces the default member, and the first member signs in under auto consent. */
        public Builder member(FakeMember member) {
            members.add(member);
            return this;
        }

        public Builder members(List<FakeMember> value) {
            members.clear();
            members.addAll(value);
            return this;
        }

        public Builder publicBaseUrl(String value) {
            publicBaseUrl = value;
            return this;
        }

        /** How long an uploaded image stays {@code PROCESSING} on the fake's clock; zero (default) for at once. */
        public Builder imageProcessingDelay(java.time.Duration value) {
            imageProcessingDelay = value;
            return this;
        }

        /** True to answer image status reads with 403 {@code ACCESS_DENIED} (default false). */
        public Builder imageReadForbidden(boolean value) {
            imageReadForbidden = value;
            return this;
        }

        public FakeConfig build() {
            return new FakeConfig(host, port, consent, apps, members, publicBaseUrl, imageProcessingDelay,
                    imageReadForbidden);
        }
    }
}
