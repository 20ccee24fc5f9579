package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.LinkedInHttp;
import dev.linkedinoauth.core.StoredToken;
import dev.linkedinoauth.core.TokenStore;
import dev.linkedinoauth.core.probe.ProbeCredentials;
import dev.linkedinoauth.core.probe.ProbeRun;
import dev.linkedinoauth.core.probe.ProbeRunner;
import dev.linkedinoauth.core.probe.ProbeTarget;
import dev.linkedinoauth.core.probe.Probes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code linkedin-oauth probe}: the contract's checkable rows sent to a server (LinkedIn by default), each
 * answer compared with what the contract says; exit {@link ExitCodes#DRIFT} when any differs.
 */
@Command(name = "probe",
        header = "Check a server (LinkedIn by default) against the contract the fake implements.",
        description = {"Sends the contract's checkable requests one by one (2 a second, no retries, stopping at the "
                + "first 429) and prints, per probe: id (it cites the contract's section), expected, observed, "
                + "verdict (match, drift, or skipped with the reason). Every request changes nothing the member "
                + "can see: reads, error paths with made-up codes, tokens and secrets, and posts LinkedIn refuses "
                + "before creating anything. Uses the stored token of --client-id and the client secret as other "
                + "commands do; probes that need what is missing are skipped.",
            "Exit 0 when nothing drifted, 7 when something did."},
        footerHeading = "%nExamples:%n",
        footer = {
            "  linkedin-oauth probe --report probe.md",
            "  linkedin-oauth probe --base-url http://127.0.0.1:8080 --spacing 1ms",
            "  linkedin-oauth probe --json | jq .summary",
            "%nWhat it sends and never sends, how to read and share the report:",
            "docs/probe.md (Check the fake against LinkedIn).",
            HelpTopics.SEE_ALSO,
        })
final class ProbeCommand extends BaseCommand {

    @Option(names = "--client-id", paramLabel = "ID",
            description = "The app's Client ID (default: $LINKEDIN_CLIENT_ID); without one, the probes that need it are skipped.")
    String clientId;

    @Mixin
    ClientSecretOptions clientSecret;

    @Mixin
    EndpointOptions endpoints;

    @Mixin
    EnvFileOption envFile;

    @Option(names = "--no-token", description = "Do not use the stored member token (its probes are skipped).")
    boolean noToken;

    @Option(names = "--json", description = "Print one JSON object instead of the table.")
    boolean json;

    @Option(names = "--report", paramLabel = "FILE",
            description = "Also write a Markdown report to FILE, every token, code and secret masked: ready to paste into a bug report.")
    Path report;

    @Option(names = "--spacing", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Pause between two requests (default: 500ms; at least 250ms against LinkedIn itself).")
    Duration spacing;

    /** Below this, a run against LinkedIn itself would no longer be "a few requests a second". */
    static final Duration MIN_PRODUCTION_SPACING = Duration.ofMillis(250);

    @Override
    public Integer call() throws IOException {
        Settings settings = envFile.load(env());
        String id = clientId != null && !clientId.isBlank() ? clientId.strip()
                : settings.get("LINKEDIN_CLIENT_ID").orElse(null);
        TokenStore store = noToken ? null : TokenStores.open(settings);
        if (id == null && store != null) {
            id = store.entries().last().orElse(null);   // the current entry, as other commands take it
        }
        EndpointOptions.Target asked = endpoints.explicit(settings);
        StoredToken stored = store == null || id == null ? null
                : StoredTokens.entryFor(store, id, asked == null ? null : EndpointOptions.key(asked));
        EndpointOptions.Target target = asked != null ? asked : new EndpointOptions.Target.Production();
        if (stored != null && stored.server() != null) {
            if (asked == null) {
                target = EndpointOptions.fromKey(stored.server());   // probe where the stored token came from
            } else if (!EndpointOptions.key(asked).equals(stored.server())) {
                say("The stored token of " + id + " was issued by " + EndpointOptions.describe(stored.server())
                        + ": it is never sent to another server, so the probes that need it are skipped.");
                stored = null;
            }
        }
        Duration pause = spacing == null ? ProbeRunner.DEFAULT_SPACING : spacing;
        if (target instanceof EndpointOptions.Target.Production && pause.compareTo(MIN_PRODUCTION_SPACING) < 0) {
            throw new CliException.Config("--spacing must be at least 250ms against LinkedIn itself");
        }
        String secret = secret(settings);
        if (stored != null && stored.isExpired(env().clock())) {
            say("The stored token of " + id + " has expired: the probes that need it are skipped (run linkedin-oauth login).");
            stored = null;
        }
        ProbeTarget probeTarget;
        try (LinkedInHttp http = LinkedInHttp.builder().maxRetries(0).build()) {
            probeTarget = ProbeTargets.of(target, http);
        }
        ProbeCredentials credentials = ProbeCredentials.of(id, secret, stored == null ? null : stored.accessToken(),
                stored == null ? null : stored.scopes());
        say("Probing " + probeTarget.discovery() + " (" + Probes.all().size() + " probes, one every "
                + pause.toMillis() + " ms)…");
        ProbeRun run = ProbeRunner.builder(probeTarget).credentials(credentials).spacing(pause).clock(env().clock())
                .build().run(Probes.all());
        ProbeOutput output = new ProbeOutput(run, credentials);
        if (json) {
            out().println(output.json());
        } else {
            out().print(output.table());
        }
        out().flush();
        if (report != null) {
            write(env().workingDirectory().resolve(report), output.markdown(Version.projectVersion()));
            say("Report written to " + report + " (tokens, codes and secrets masked).");
        }
        run.stopReason().ifPresent(reason -> say("The run stopped early: " + reason + "."));
        if (run.drifted()) {
            return ExitCodes.DRIFT;
        }
        if (run.stopReason().filter(r -> r.startsWith("no answer")).isPresent()) {
            say(spec.qualifiedName() + ": no answer from " + probeTarget.discovery().getHost()
                    + ". What to do: check the network and --base-url/--discovery-url");
            return ExitCodes.UNEXPECTED;
        }
        return ExitCodes.OK;
    }

    private String secret(Settings settings) {
        if (clientSecret.clientSecret == null && clientSecret.clientSecretFile == null
                && settings.get("LINKEDIN_CLIENT_SECRET").isEmpty()) {
            return null;
        }
        return clientSecret.resolve(settings, env());
    }

    /** Written next to the target and moved into place: a half-written report never replaces an old one. */
    private static void write(Path file, String text) throws IOException {
        Path parent = Optional.ofNullable(file.toAbsolutePath().getParent()).orElse(Path.of("."));
        Path temp = Files.createTempFile(parent, ".probe-report", ".tmp");
        try {
            Files.writeString(temp, text);
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
