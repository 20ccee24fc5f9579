package dev.linkedinoauth.fake.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.linkedinoauth.fake.internal.text.Json;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and writes the JSON form of {@link FakeConfig}. Hand-mapped rather than data-bound so that a
 * typo in a key is reported by name instead of silently ignored, and missing keys take the defaults.
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
        JsonNode root;
        try {
            root = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            throw new FakeConfigException(source + " is not valid JSON (line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr() + ")");
        }
        if (root == null || !root.isObject()) {
            throw new FakeConfigException(source + ": the configuration must be a JSON object");
        }
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
            if (root.has("host")) {
                host = text(root, "host", "");
            }
            if (root.has("port")) {
                JsonNode portNode = root.get("port");
                if (!portNode.canConvertToInt() || !portNode.isIntegralNumber()) {
                    throw new FakeConfigException("port must be a number");
                }
                port = portNode.intValue();
            }
            if (root.has("consent")) {
                consent = Consent.parse(text(root, "consent", ""));
            }
            if (root.has("publicBaseUrl")) {
                publicBaseUrl = text(root, "publicBaseUrl", "");
            }
            if (root.has("imageProcessingDelaySeconds")) {
                JsonNode delay = root.get("imageProcessingDelaySeconds");
                if (!delay.isIntegralNumber() || !delay.canConvertToLong() || delay.longValue() < 0) {
                    throw new FakeConfigException("imageProcessingDelaySeconds must be a whole number of seconds, 0 or more");
                }
                imageProcessingDelay = java.time.Duration.ofSeconds(delay.longValue());
            }
            if (root.has("imageReadForbidden")) {
                if (!root.get("imageReadForbidden").isBoolean()) {
                    throw new FakeConfigException("imageReadForbidden must be true or false");
                }
                imageReadForbidden = root.get("imageReadForbidden").booleanValue();
            }
            int index = 0;
            for (JsonNode app : array(root, "apps")) {
                apps.add(app(app, "apps[" + index++ + "]."));
            }
            index = 0;
            for (JsonNode member : array(root, "members")) {
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

    private static FakeApp app(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new FakeConfigException(path.substring(0, path.length() - 1) + " must be an object");
        }
        checkKeys(node, APP_KEYS, path);
        FakeApp.Builder builder = FakeApp.builder();
        if (node.has("clientId")) {
            builder.clientId(text(node, "clientId", path));
        }
        if (node.has("clientSecret")) {
            builder.clientSecret(text(node, "clientSecret", path));
        }
        if (node.has("redirectUris")) {
            builder.redirectUris(strings(node, "redirectUris", path));
        }
        if (node.has("scopes")) {
            builder.scopes(new LinkedHashSet<>(strings(node, "scopes", path)));
        }
        if (node.has("refreshTokens")) {
            builder.refreshTokens(bool(node, "refreshTokens", path));
        }
        if (node.has("clientCredentials")) {
            builder.clientCredentials(bool(node, "clientCredentials", path));
        }
        if (node.has("name")) {
            builder.name(text(node, "name", path));
        }
        return builder.build();
    }

    private static FakeMember member(JsonNode node, String path) {
        if (!node.isObject()) {
            throw new FakeConfigException(path.substring(0, path.length() - 1) + " must be an object");
        }
        checkKeys(node, MEMBER_KEYS, path);
        FakeMember d = FakeMember.defaults();
        return new FakeMember(
                node.has("id") ? text(node, "id", path) : d.id(),
                node.has("givenName") ? text(node, "givenName", path) : d.givenName(),
                node.has("familyName") ? text(node, "familyName", path) : d.familyName(),
                node.has("email") ? text(node, "email", path) : d.email(),
                node.has("picture") && !node.get("picture").isNull() ? text(node, "picture", path) : null,
                node.has("locale") ? text(node, "locale", path) : d.locale());
    }

    private static void checkKeys(JsonNode node, Set<String> allowed, String path) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                throw new FakeConfigException("unknown key \"" + path + name + "\" (known: " + String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
            }
        }
    }

    private static String text(JsonNode node, String key, String path) {
        JsonNode value = node.get(key);
        if (!value.isTextual()) {
            throw new FakeConfigException(path + key + " must be a string");
        }
        return value.textValue();
    }

    private static boolean bool(JsonNode node, String key, String path) {
        JsonNode value = node.get(key);
        if (!value.isBoolean()) {
            throw new FakeConfigException(path + key + " must be true or false");
        }
        return value.booleanValue();
    }

    private static List<String> strings(JsonNode node, String key, String path) {
        JsonNode value = node.get(key);
        if (!value.isArray()) {
            throw new FakeConfigException(path + key + " must be an array of strings");
        }
        List<String> result = new ArrayList<>();
        for (JsonNode item : value) {
            if (!item.isTextual()) {
                throw new FakeConfigException(path + key + " must be an array of strings");
            }
            result.add(item.textValue());
        }
        return result;
    }

    private static Iterable<JsonNode> array(JsonNode root, String key) {
        JsonNode value = root.get(key);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new FakeConfigException(key + " must be an array");
        }
        return value;
    }
}
