package dev.linkedinoauth.cli;

import dev.linkedinoauth.core.Masking;
import dev.linkedinoauth.core.probe.ProbeCredentials;
import dev.linkedinoauth.core.probe.ProbeResult;
import dev.linkedinoauth.core.probe.ProbeRun;
import dev.linkedinoauth.core.probe.Verdict;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A probe run as the table, the JSON object and the Markdown report. The results come masked from
 * oauth-core; every text is masked once more against the run's own token and secret before it is shown,
 * so that nothing a server echoed can carry them out.
 */
final class ProbeOutput {
    private static final int EXPECTED_WIDTH = 44;
    private static final int OBSERVED_WIDTH = 44;

    private final ProbeRun run;
    private final ProbeCredentials credentials;

    ProbeOutput(ProbeRun run, ProbeCredentials credentials) {
        this.run = run;
        this.credentials = credentials;
    }

    /** One line per probe, then the differences of each drift, then the counts. */
    String table() {
        int idWidth = Math.max(5, run.results().stream().mapToInt(r -> r.id().length()).max().orElse(5));
        StringBuilder s = new StringBuilder();
        s.append(String.format("%-" + idWidth + "s  %-" + EXPECTED_WIDTH + "s  %-" + OBSERVED_WIDTH + "s  %s%n",
                "PROBE", "EXPECTED", "OBSERVED", "VERDICT"));
        for (ProbeResult r : run.results()) {
            s.append(String.format("%-" + idWidth + "s  %-" + EXPECTED_WIDTH + "s  %-" + OBSERVED_WIDTH + "s  %s%n",
                    r.id(), cut(clean(r.expected()), EXPECTED_WIDTH), cut(clean(r.observed()), OBSERVED_WIDTH), verdict(r)));
        }
        List<ProbeResult> drift = run.with(Verdict.DRIFT);
        if (!drift.isEmpty()) {
            s.append(String.format("%nDrift:%n"));
            for (ProbeResult r : drift) {
                s.append("  ").append(r.id()).append(" (§").append(r.section()).append("): ").append(clean(r.title()))
                        .append(System.lineSeparator());
                r.differences().forEach(d -> s.append("    - ").append(clean(d)).append(System.lineSeparator()));
            }
        }
        s.append(System.lineSeparator()).append(counts()).append(System.lineSeparator());
        return s.toString();
    }

    String json() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("target", run.target().toString());
        json.put("started_at", run.startedAt().truncatedTo(ChronoUnit.SECONDS).toString());
        Map<String, Object> summary = new LinkedHashMap<>();
        for (Verdict v : Verdict.values()) {
            summary.put(v.toString(), run.count(v));
        }
        json.put("summary", summary);
        json.put("drifted", run.drifted());
        run.stopReason().ifPresent(r -> json.put("stop_reason", clean(r)));
        run.retryAfter().ifPresent(d -> json.put("retry_after_seconds", d.toSeconds()));
        List<Map<String, Object>> results = new ArrayList<>();
        for (ProbeResult r : run.results()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", r.id());
            row.put("section", r.section());
            row.put("title", clean(r.title()));
            row.put("verdict", r.verdict().toString());
            row.put("request", clean(r.request()));
            row.put("expected", clean(r.expected()));
            row.put("observed", r.observed().isEmpty() ? null : clean(r.observed()));
            row.put("differences", r.differences().stream().map(this::clean).toList());
            row.put("reason", r.reason().isEmpty() ? null : clean(r.reason()));
            results.add(row);
        }
        json.put("results", results);
        return TokenPrinter.toJson(json);
    }

    /** The report a user can paste into a bug report: what was sent, what came back, where it differs. */
    String markdown(String version) {
        StringBuilder s = new StringBuilder();
        s.append("# linkedin-oauth probe report\n\n");
        s.append("- Target: ").append(code(run.target().toString())).append('\n');
        s.append("- Run: ").append(run.startedAt().truncatedTo(ChronoUnit.SECONDS)).append(", linkedin-oauth ")
                .append(version).append('\n');
        s.append("- Result: ").append(counts()).append('\n');
        run.stopReason().ifPresent(r -> s.append("- Stopped early: ").append(clean(r)).append('\n'));
        s.append("- Contract: `linkedin-api.md`; each probe id starts with the section it checks.\n\n");
        s.append("Tokens and codes are masked (`AQV…x9Q`), client secrets shown as `[hidden]`, and secret values in "
                + "requests left as their placeholder (`{member_token}`).\n\n");
        s.append("| Probe | Expected | Observed | Verdict |\n|---|---|---|---|\n");
        for (ProbeResult r : run.results()) {
            s.append("| ").append(cell(r.id())).append(" | ").append(cell(r.expected())).append(" | ")
                    .append(cell(r.observed())).append(" | ").append(cell(verdict(r))).append(" |\n");
        }
        List<ProbeResult> drift = run.with(Verdict.DRIFT);
        if (!drift.isEmpty()) {
            s.append("\n## Drift\n");
            for (ProbeResult r : drift) {
                s.append("\n### ").append(r.id()).append(" (§").append(r.section()).append(")\n\n");
                s.append(clean(r.title())).append("\n\n");
                s.append("- Request: ").append(code(r.request())).append('\n');
                s.append("- Expected: ").append(code(r.expected())).append('\n');
                s.append("- Observed: ").append(code(r.observed())).append('\n');
                s.append("- Differences:\n");
                r.differences().forEach(d -> s.append("  - ").append(code(d)).append('\n'));
            }
        }
        List<ProbeResult> skipped = run.with(Verdict.SKIPPED);
        if (!skipped.isEmpty()) {
            s.append("\n## Skipped\n\n");
            skipped.forEach(r -> s.append("- ").append(r.id()).append(": ").append(clean(r.reason())).append('\n'));
        }
        s.append("\n## Requests sent\n\n");
        run.results().stream().filter(r -> r.verdict() != Verdict.SKIPPED || !r.observed().isEmpty())
                .forEach(r -> s.append("- ").append(r.id()).append(": ").append(code(r.request())).append('\n'));
        return s.toString();
    }

    private String counts() {
        return run.results().size() + " probes: " + run.count(Verdict.MATCH) + " match, " + run.count(Verdict.DRIFT)
                + " drift, " + run.count(Verdict.SKIPPED) + " skipped";
    }

    private String verdict(ProbeResult r) {
        return switch (r.verdict()) {
            case MATCH -> "match";
            case DRIFT -> "drift: " + clean(r.differences().isEmpty() ? "" : r.differences().get(0))
                    + (r.differences().size() > 1 ? " (+" + (r.differences().size() - 1) + " more)" : "");
            case SKIPPED -> "skipped: " + clean(r.reason());
        };
    }

    /** Masks the run's own token and secret wherever they might still appear, and keeps the text on one line. */
    private String clean(String text) {
        String out = text == null ? "" : text.replaceAll("[\\r\\n\\t]+", " ");
        if (credentials.clientSecret() != null) {
            out = out.replace(credentials.clientSecret(), "[hidden]");
        }
        if (credentials.memberToken() != null) {
            out = out.replace(credentials.memberToken(), Masking.mask(credentials.memberToken()));
        }
        return out;
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }

    private String cell(String text) {
        return clean(text).replace("|", "\\|");
    }

    private String code(String text) {
        return "`" + clean(text).replace("`", "'") + "`";
    }
}
