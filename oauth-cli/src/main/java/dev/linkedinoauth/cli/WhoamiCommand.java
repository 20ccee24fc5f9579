package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.LinkedInHttp;
import dev.linkedinoauth.core.Member;
import dev.linkedinoauth.core.MemberClient;
import dev.linkedinoauth.core.StoredToken;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code linkedin-oauth whoami}: the member behind the stored token, asked from LinkedIn's userinfo. */
@Command(name = "whoami",
        header = "Show the member the stored token belongs to (OpenID userinfo).",
        description = {"Calls /v2/userinfo with the stored token: a live check that the token still works. Exit 3 "
                + "when there is no token, it expired or LinkedIn no longer accepts it.",
                HelpTopics.STORED_SESSION},
        footerHeading = "%nExamples:%n",
        footer = {
            "  linkedin-oauth whoami",
            "  linkedin-oauth whoami --json | jq -r .person_urn",
            HelpTopics.SEE_ALSO,
        })
final class WhoamiCommand extends BaseCommand {

    @Mixin
    ClientIdOption clientId;

    @Mixin
    EndpointOptions endpoints;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Mixin
    EnvFileOption envFile;

    @Override
    public Integer call() {
        Settings settings = envFile.load(env());
        StoredTokens.Chosen chosen = StoredTokens.chooseUnexpired(settings, clientId, endpoints, env().clock());
        StoredToken stored = chosen.token();
        Member member;
        try (LinkedInHttp http = LinkedInHttp.create()) {
            member = new MemberClient(http, Endpoints.of(chosen.target(), http))
                    .userinfo(stored.accessToken());
        }
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("member_id", member.id());
        fields.put("person_urn", member.personUrn());
        fields.put("name", member.name());
        fields.put("given_name", member.givenName());
        fields.put("family_name", member.familyName());
        fields.put("email", member.email());
        fields.put("picture", member.picture());
        if (json) {
            out().println(TokenPrinter.toJson(fields));
        } else {
            fields.forEach((key, value) -> {
                if (value != null) {
                    out().printf("  %-14s%s%n", label(key), value);
                }
            });
        }
        out().flush();
        return ExitCodes.OK;
    }

    /** The same labels as login's and token's table: "member id", "person URN". */
    static String label(String jsonKey) {
        return jsonKey.equals("person_urn") ? "person URN" : jsonKey.replace('_', ' ');
    }
}
