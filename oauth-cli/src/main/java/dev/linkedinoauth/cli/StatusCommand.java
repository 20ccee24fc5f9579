package dev.linkedinoauth.cli;

import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code linkedin-oauth status}: every stored login, as {@code gh auth status} lists them; no network. */
@Command(name = "status",
        header = "List every stored login: client id, server, member, scopes, expiry; which is current.",
        description = "Reads the token store; no network, no token shown. The current entry (marked *) is the one "
                + "other commands use without --client-id: the last login. Exit 3 when the current entry is "
                + "missing or expired, or expires within --min-valid.",
        footerHeading = "%nExamples:%n",
        footer = {
            "  linkedin-oauth status",
            "  linkedin-oauth status --json | jq -r '.entries[].client_id'",
            "  linkedin-oauth status --min-valid 7d || linkedin-oauth login",
            HelpTopics.SEE_ALSO,
        })
final class StatusCommand extends BaseCommand {

    @Option(names = "--json", description = "Print one JSON object: current, entries[].")
    boolean json;

    @Option(names = "--min-valid", paramLabel = "DURATION", converter = DurationConverter.class,
            description = "Exit 3 when the current token expires within DURATION, e.g. 7d.")
    Duration minValid;

    @Mixin
    EnvFileOption envFile;

    @Override
    public Integer call() {
        return StatusReport.print(envFile.load(env()), env(), out(), json, minValid);
    }
}
