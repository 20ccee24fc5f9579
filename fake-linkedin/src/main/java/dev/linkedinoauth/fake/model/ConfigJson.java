package dev.linkedinoauth.fake.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkedinoauth.fake.internal.text.Json;
import dev.linkedinoauth.fake.internal.text.JsonValues;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads and writes the JSON form of {@link FakeConfig}. Hand-mapped rather than data-bound so that a
 * typo in a key is reported by name instead of silently ignored, and missing keys take the defaults. Read
 * with the streaming parser ({@link JsonValues}), not Jackson's tree, which would load its data binding at
 * every standalone start; only {@link #write} (on demand) uses the tree.
 * It reads into and writes from {@link Fields}, never FakeConfig itself, so that the two files do not
 * import each other (FakeConfig applies the fields to its builder).
 */
final class ConfigJson {
    /** The configuration's values as JSON has them; when read, a key that was absent is null. */
    record Fields(String host, Integer port, Consent consent, String publicBaseUrl,
                  java.time.Duration imageProcessingDelay, Boolean imageReadForbidden,
                  List<FakeApp> apps, List<FakeMember> members) {
    }

    private static final Set<String> CONFIG_KEYS = Set.of("host", "port", "consent", "apps", "members", "publicBaseUrl",
            "imageProcessingDelaySeconds", "imageReadForbidden");
    private static final Set<String> APP_KEYS = Set.of("clientId", "clientSecret", "redirectUris", "scopes",
            "refreshTokens", "clientCredentials", "name");
    private static final Set<String> MEMBER_KEYS = Set.of("id", "givenName", "familyName", "email", "picture", "locale");

    private ConfigJson() {
    }

    static Fields parse(String json, String source) {
        Object parsed;
        try {
            parsed = JsonValues.read(json);
        } catch (JsonProcessingException e) {
            throw new FakeConfigException(source + " is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        } catch (IOException e) {
            throw new FakeConfigException(source + " is not valid JSON (" + e.getMessage() + ")");
        }
        if (!(parsed instanceof Map<?, ?>)) {
            throw new FakeConfigException(source + ": the configuration must be a JSON object");
        }
        Map<?, ?> root = (Map<?, ?>) parsed;
        try {
            checkKeys(root, CONFIG_KEYS, "");
            String host = null;
            Integer port = null;
            Consent consent = null;
            String publicBaseUrl = null;
            java.time.Duration imageProcessingDelay = null;
            Boolean imageReadForbidden = null;
            List<FakeApp> apps = new ArrayList<>();
            List<FakeMember> members = new ArrayList<>();
            if (root.containsKey("host")) {
                host = text(root, "host", "");
            }
            if (root.containsKey("port")) {
                if (!(root.get("port") instanceof Long number) || number != number.intValue()) {
                    throw new FakeConfigException("port must be a number");
                }
                port = number.intValue();
            }
            if (root.containsKey("consent")) {
                consent = Consent.parse(text(root, "consent", ""));
            }
            if (root.containsKey("publicBaseUrl")) {
                publicBaseUrl = text(root, "publicBaseUrl", "");
            }
            if (root.containsKey("imageProcessingDelaySeconds")) {
                if (!(root.get("imageProcessingDelaySeconds") instanceof Long seconds) || seconds < 0) {
                    throw new FakeConfigException("imageProcessingDelaySeconds must be a whole number of seconds, 0 or more");
                }
                imageProcessingDelay = java.time.Duration.ofSeconds(seconds);
            }
            if (root.containsKey("imageReadForbidden")) {
                if (!(root.get("imageReadForbidden") instanceof Boolean forbidden)) {
                    throw new FakeConfigException("imageReadForbidden must be true or false");
                }
                imageReadForbidden = forbidden;
            }
            int index = 0;
            for (Object app : array(root, "apps")) {
                apps.add(app(app, "apps[" + index++ + "]."));
            }
            index = 0;
            for (Object member : array(root, "members")) {
                members.add(member(member, "members[" + index++ + "]."));
            }
            return new Fields(host, port, consent, publicBaseUrl, imageProcessingDelay, imageReadForbidden, apps, members);
        } catch (FakeConfigException e) {
            throw new FakeConfigException(source + ": " + e.getMessage(), e);
        }
    }

    static String write(Fields config) {
        ObjectNode root = Json.mapper().createObjectNode();
        root.put("host", config.host());
        root.put("port", config.port());
        root.put("consent", config.consent().jsonName());
        if (config.publicBaseUrl() != null) {
            root.put("publicBaseUrl", config.publicBaseUrl());
        }
        if (!config.imageProcessingDelay().isZero()) {
            root.put("imageProcessingDelaySeconds", config.imageProcessingDelay().toSeconds());
        }
        if (Boolean.TRUE.equals(config.imageReadForbidden())) {
            root.put("imageReadForbidden", true);
        }
        ArrayNode apps = root.putArray("apps");
        for (FakeApp app : config.apps()) {
            ObjectNode node = apps.addObject();
            node.put("clientId", app.clientId());
            node.put("clientSecret", app.clientSecret());
            app.redirectUris().forEach(node.putArray("redirectUris")::add);
            app.scopes().forEach(node.putArray("scopes")::add);
            node.put("refreshTokens", app.refreshTokens());
            node.put("clientCredentials", app.clientCredentials());
            node.put("name", app.name());
        }
        ArrayNode members = root.putArray("members");
        for (FakeMember member : config.members()) {
            ObjectNode node = members.addObject();
            node.put("id", member.id());
            node.put("givenName", member.givenName());
            node.put("familyName", member.familyName());
            node.put("email", member.email());
            if (member.picture() != null) {
                node.put("picture", member.picture());
            }
            node.put("locale", member.locale());
        }
        try {
            return Json.mapper().writerWithDefaultPrettyPrinter().writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot happen: a tree always serializes", e);
        }
    }

    private static FakeApp app(Object value, String path) {
        if (!(value instanceof Map<?, ?> node)) {
            throw new FakeConfigException(path.substring(0, path.length() - 1) + " must be an object");
        }
        checkKeys(node, APP_KEYS, path);
        FakeApp.Builder builder = FakeApp.builder();
        if (node.containsKey("clientId")) {
            builder.clientId(text(node, "clientId", path));
        }
        if (node.containsKey("clientSecret")) {
            builder.clientSecret(text(node, "clientSecret", path));
        }
        if (node.containsKey("redirectUris")) {
            builder.redirectUris(strings(node, "redirectUris", path));
        }
        if (node.containsKey("scopes")) {
            builder.scopes(new LinkedHashSet<>(strings(node, "scopes", path)));
        }
        if (node.containsKey("refreshTokens")) {
            builder.refreshTokens(bool(node, "refreshTokens", path));
        }
        if (node.containsKey("clientCredentials")) {
            builder.clientCredentials(bool(node, "clientCredentials", path));
        }
        if (node.containsKey("name")) {
            builder.name(text(node, "name", path));
        }
        return builder.build();
    }

    private static FakeMember member(Object value, String path) {
        if (!(value instanceof Map<?, ?> node)) {
            throw new FakeConfigException(path.substring(0, path.length() - 1) + " must be an object");
        }
        checkKeys(node, MEMBER_KEYS, path);
        FakeMember d = FakeMember.defaults();
        return new FakeMember(
                node.containsKey("id") ? text(node, "id", path) : d.id(),
                node.containsKey("givenName") ? text(node, "givenName", path) : d.givenName(),
                node.containsKey("familyName") ? text(node, "familyName", path) : d.familyName(),
                node.containsKey("email") ? text(node, "email", path) : d.email(),
                node.get("picture") != null ? text(node, "picture", path) : null,
                node.containsKey("locale") ? text(node, "locale", path) : d.locale());
    }

    private static void checkKeys(Map<?, ?> node, Set<String> allowed, String path) {
        for (Object name : node.keySet()) {
            if (!allowed.contains(name)) {
                throw new FakeConfigException("unknown key \"" + path + name + "\" (known: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    private static String text(Map<?, ?> node, String key, String path) {
        if (!(node.get(key) instanceof String value)) {
            throw new FakeConfigException(path + key + " must be a string");
        }
        return value;
    }

    private static boolean bool(Map<?, ?> node, String key, String path) {
        if (!(node.get(key) instanceof Boolean value)) {
            throw new FakeConfigException(path + key + " must be true or false");
        }
        return value;
    }

    private static List<String> strings(Map<?, ?> node, String key, String path) {
        if (!(node.get(key) instanceof List<?> value)) {
            throw new FakeConfigException(path + key + " must be an array of strings");
        }
        List<String> result = new ArrayList<>();
        for (Object item : value) {
            if (!(item instanceof String text)) {
                throw new FakeConfigException(path + key + " must be an array of strings");
            }
            result.add(text);
        }
        return result;
    }

    private static List<?> array(Map<?, ?> root, String key) {
        Object value = root.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw new FakeConfigException(key + " must be an array");
        }
        return list;
    }
}
