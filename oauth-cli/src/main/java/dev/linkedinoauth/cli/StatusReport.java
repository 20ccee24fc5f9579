package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.StoredToken;
import dev.linkedinoauth.core.TokenEntries;
import dev.linkedinoauth.core.TokenStore;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code status} prints. Apart from the command so that {@code --help} loads no oauth-core class (picocli
 * reflects over a command's methods).
 */
final class StatusReport {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private StatusReport() {
    }

    static int print(Settings settings, CliEnvironment env, PrintWriter out, boolean json, Duration minValid) {
        TokenStore store = TokenStores.open(settings);
        TokenEntries entries = store.entries();
        String current = entries.lastKey().orElse(null);
        Clock clock = env.clock();
        Instant now = clock.instant();
        List<Map<String, Object>> rows = new ArrayList<>();
        entries.tokens().forEach((key, token) ->
                rows.add(row(TokenEntries.clientIdOf(key), token, key.equals(current), now)));
        if (json) {
            Map<String, Object> all = new LinkedHashMap<>();
            all.put("store", store.file().toString());
            all.put("current", current == null ? null : TokenEntries.clientIdOf(current));
            all.put("entries", rows);
            out.println(TokenPrinter.toJson(all));
        } else if (rows.isEmpty()) {
            out.println("No logins in " + store.file() + ".");
        } else {
            out.println("Logins in " + store.file() + " (* current):");
            List<StoredToken> tokens = List.copyOf(entries.tokens().values());
            for (int i = 0; i < rows.size(); i++) {
                Map<String, Object> r = rows.get(i);
                StoredToken token = tokens.get(i);
                out.println(((Boolean) r.get("current") ? "* " : "  ") + r.get("client_id"));
                line(out, "server", EndpointOptions.describe(token.server() == null ? "production" : token.server())
                        + (token.server() == null ? " (not recorded; saved by an older version)" : ""));
                line(out, "member", token.memberName() == null ? token.personUrn()
                        : token.memberName() + " (" + token.personUrn() + ")");
                line(out, "scope", String.join(" ", token.scopes()));
                line(out, "expires", token.expiresAt() == null ? "unknown"
                        : WHEN.format(token.expiresAt()) + " (" + TimeText.relative(token.expiresAt(), now)
                        + (token.isExpired(clock) ? ", expired" : "") + ")");
            }
        }
        out.flush();
        if (current == null) {
            throw new CliException.NotLoggedIn("not logged in: " + store.file() + " holds no token; run linkedin-oauth login");
        }
        StoredToken token = entries.current().orElseThrow();
        StoredTokens.requireUnexpired(token, clock);
        StoredTokens.requireValidFor(token, minValid, clock);
        return ExitCodes.OK;
    }

    private static Map<String, Object> row(String clientId, StoredToken token, boolean current, Instant now) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("client_id", clientId);
        r.put("current", current);
        r.put("server", token.server());
        r.put("redirect_uri", token.redirectUri());
        r.put("member_id", token.memberId());
        r.put("person_urn", token.personUrn());
        r.put("name", token.memberName());
        r.put("scope", token.scopes());
        if (token.expiresAt() != null) {
            r.put("expires_at", token.expiresAt().truncatedTo(ChronoUnit.SECONDS).toString());
            r.put("expires_in", Math.max(0, Duration.between(now, token.expiresAt()).getSeconds()));
            r.put("expired", !now.isBefore(token.expiresAt()));
        }
        return r;
    }

    private static void line(PrintWriter out, String label, String value) {
        if (value != null) {
            out.printf("    %-10s%s%n", label, value);
        }
    }
}
