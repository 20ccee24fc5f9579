package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.Masking;
import dev.linkedinoauth.core.LinkedInHttp;
import dev.linkedinoauth.core.TokenIntrospection;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code linkedin-oauth introspect [TOKEN]}: LinkedIn's view of a token (active, scope, expiry). */
@Command(name = "introspect",
        header = "Ask LinkedIn whether a token is active, and its scope and expiry.",
        description = {"Introspects the stored token, or TOKEN ('-' reads it from stdin, which keeps it out of "
                + "ps). A token of another app is reported inactive. Exit 0 whatever the answer; read "
                + "'active'.",
                HelpTopics.STORED_SESSION,
                HelpTopics.SECRET_SOURCES},
        footerHeading = "%nExamples:%n",
        footer = {
            "  linkedin-oauth introspect",
            "  linkedin-oauth introspect --json",
            "  jq -r .access_token token.json | linkedin-oauth introspect - --json",
            HelpTopics.SEE_ALSO,
        })
final class IntrospectCommand extends BaseCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "TOKEN",
            description = "The access token to introspect; '-' reads it from stdin (default: the stored token).")
    String token;

    @Mixin
    ApiCommandOptions api;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        Settings settings = api.envFile.load(env());
        TokenIntrospection info;
        String value;
        if (token == null) {
            // The stored token goes to the server that issued it, with its app's client id.
            StoredTokens.Chosen chosen = StoredTokens.choose(settings, api.clientId, api.endpoints);
            value = chosen.token().accessToken();
            try (LinkedInHttp http = LinkedInHttp.create()) {
                info = ApiClients.tokenClient(chosen.clientId(), chosen.target(), api, settings, env(), http)
                        .introspect(value);
            }
        } else {
            value = token(settings);
            try (LinkedInHttp http = LinkedInHttp.create()) {
                info = ApiClients.tokenClient(api, settings, env(), http).introspect(value);
            }
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("token", Masking.mask(value));
        fields.put("active", info.active());
        fields.put("status", info.status());
        fields.put("scope", info.scopes());
        fields.put("client_id", info.clientId());
        fields.put("auth_type", info.authType());
        fields.put("created_at", iso(info.createdAt()));
        fields.put("authorized_at", iso(info.authorizedAt()));
        fields.put("expires_at", iso(info.expiresAt()));
        if (json) {
            out().println(TokenPrinter.toJson(fields));
        } else {
            print(out(), fields, info.expiresAt(), info.active());
        }
        out().flush();
        return ExitCodes.OK;
    }

    private String token(Settings settings) throws IOException {
        if (token.equals("-")) {
            String line = env().stdin().readLine();
            if (line == null || line.isBlank()) {
                throw new CliException.Config("no token on stdin");
            }
            return line.strip();
        }
        return token.strip();
    }

    private void print(PrintWriter out, Map<String, Object> fields, Instant expiresAt, boolean active) {
        fields.forEach((key, value) -> {
            if (value == null) {
                return;
            }
            String text = value instanceof Iterable<?> list ? String.join(" ", (Iterable<String>) list) : value.toString();
            if (key.equals("expires_at") && expiresAt != null) {
                text += " (" + relative(expiresAt, active) + ")";
            }
            out.printf("  %-14s%s%n", WhoamiCommand.label(key), text);
        });
    }

    /**
     * "in 60 days" by this machine's clock, unless LinkedIn's answer contradicts it: an inactive token whose
     * expiry lies ahead here means LinkedIn's clock is later than ours (the fake's clock moved), or the token
     * was revoked; printing "in 60 days" next to "expired" would be nonsense.
     */
    private String relative(Instant expiresAt, boolean active) {
        Instant now = env().clock().instant();
        if (!active && expiresAt.isAfter(now)) {
            return "LinkedIn reports the token inactive; this machine's clock says " + TimeText.relative(expiresAt, now);
        }
        return TimeText.relative(expiresAt, now);
    }

    private static String iso(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
