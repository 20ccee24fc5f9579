package dev.linkedinoauth.core.probe;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Sends probes to a target, one at a time and spaced out, each exactly once (no retries), and compares
 * each answer with its expectation. The first 429 stops the run: that probe and the rest are reported
 * skipped, with the {@code Retry-After} LinkedIn asked for, so that a quota is never pushed further. A
 * request that gets no answer at all stops the run too. Mutating probes are refused unless allowed.
 *
 * <pre>{@code
 * ProbeRun run = ProbeRunner.builder(ProbeTarget.forBaseUrl(fake)).credentials(creds)
 *         .spacing(Duration.ZERO).build().run(Probes.all());
 * }</pre>
 */
public final class ProbeRunner {
    /** Two requests a second: well below any documented or observed limit of LinkedIn's. */
    public static final Duration DEFAULT_SPACING = Duration.ofMillis(500);

    private final ProbeTarget target;
    private final ProbeCredentials credentials;
    private final Duration spacing;
    private final Duration timeout;
    private final boolean allowMutating;
    private final Clock clock;

    private ProbeRunner(Builder b) {
        this.target = b.target;
        this.credentials = b.credentials;
        this.spacing = b.spacing;
        this.timeout = b.timeout;
        this.allowMutating = b.allowMutating;
        this.clock = b.clock;
    }

    public static Builder builder(ProbeTarget target) {
        return new Builder(target);
    }

    /** Runs the probes in order. */
    public ProbeRun run(List<Probe> probes) {
        return run(probes, result -> { });
    }

    /** Runs the probes in order, telling {@code progress} about each result as it comes. */
    public ProbeRun run(List<Probe> probes, Consumer<ProbeResult> progress) {
        Instant startedAt = clock.instant();
        RunValues values = new RunValues(target, credentials, clock);
        List<ProbeResult> results = new ArrayList<>();
        String stop = null;
        String stoppedRest = null;
        Duration retryAfter = null;
        boolean sentOne = false;
        try (ProbeHttp http = new ProbeHttp(timeout)) {
            for (Probe probe : probes) {
                String request = describe(probe.request(), values);
                String expected = values.fillPublic(probe.expectation().summary());
                ProbeResult result;
                Optional<String> skip = stoppedRest != null ? Optional.of(stoppedRest) : skipReason(probe);
                if (skip.isPresent()) {
                    result = skipped(probe, request, expected, "", skip.get());
                } else {
                    if (sentOne && !pause()) {
                        stop = "interrupted";
                        stoppedRest = "not sent: the run was interrupted";
                        result = skipped(probe, request, expected, "", stoppedRest);
                        results.add(result);
                        progress.accept(result);
                        continue;
                    }
                    sentOne = true;
                    ProbeHttp.Answer answer;
                    try {
                        answer = send(http, probe.request(), values);
                    } catch (IOException e) {
                        String why = "no answer (" + values.mask(oneLine(e)) + ")";
                        stop = why + " from " + probe.id();
                        stoppedRest = "not sent: the run stopped after " + probe.id() + " got no answer";
                        result = skipped(probe, request, expected, "", why);
                        results.add(result);
                        progress.accept(result);
                        continue;
                    }
                    if (answer.status() == 429) {
                        retryAfter = retryAfter(answer.header("Retry-After")).orElse(null);
                        String wait = retryAfter == null ? "no Retry-After" : "Retry-After " + retryAfter.toSeconds() + " s";
                        String when = retryAfter == null ? "later" : "after "
                                + DateTimeFormatter.ISO_INSTANT.format(clock.instant().plus(retryAfter).truncatedTo(ChronoUnit.SECONDS));
                        stop = "429 Too Many Requests on " + probe.id() + " (" + wait + ")";
                        stoppedRest = "not sent: the run stopped at a 429 (" + wait + "); run again " + when;
                        result = skipped(probe, request, expected, "429",
                                "rate limited: 429 (" + wait + "), not a contract answer; run again " + when);
                    } else {
                        Comparison c = Comparison.of(probe.expectation(), answer, values);
                        result = new ProbeResult(probe.id(), probe.title(), c.differences.isEmpty() ? Verdict.MATCH : Verdict.DRIFT,
                                request, expected, c.observed, c.differences, "");
                    }
                }
                results.add(result);
                progress.accept(result);
            }
        }
        return new ProbeRun(target.discovery(), startedAt, results, Optional.ofNullable(stop), Optional.ofNullable(retryAfter));
    }

    private Optional<String> skipReason(Probe probe) {
        if (probe.mutating() && !allowMutating) {
            return Optional.of("mutating (it would change what the member can see); not sent unless allowed");
        }
        for (Credential c : probe.needs()) {
            if (credentials.value(c).isEmpty()) {
                return Optional.of(c.missingReason());
            }
        }
        if (probe.requiredScopes().isEmpty() && probe.absentScopes().isEmpty()) {
            return Optional.empty();
        }
        Set<String> scopes = credentials.scopes();
        if (scopes == null) {
            return Optional.of("the member token's scopes are unknown");
        }
        List<String> lacking = probe.requiredScopes().stream().filter(s -> !scopes.contains(s)).sorted().toList();
        if (!lacking.isEmpty()) {
            return Optional.of("the token lacks the scope " + String.join(", ", lacking));
        }
        List<String> having = probe.absentScopes().stream().filter(scopes::contains).sorted().toList();
        if (!having.isEmpty()) {
            return Optional.of("needs a token without " + String.join(", ", having) + " (this one has it)");
        }
        return Optional.empty();
    }

    private ProbeHttp.Answer send(ProbeHttp http, ProbeRequest request, RunValues values) throws IOException {
        return http.send(request.method(), target.uri(request.endpoint()), fill(request.query(), values),
                fill(request.headers(), values), fill(request.form(), values),
                request.json() == null ? null : values.fill(request.json()));
    }

    private static Map<String, String> fill(Map<String, String> map, RunValues values) {
        Map<String, String> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(k, values.fill(v)));
        return out;
    }

    /** The request in one line, with secret placeholders left as their names: {@code client_secret={client_secret}}. */
    private String describe(ProbeRequest request, RunValues values) {
        Map<String, String> query = new LinkedHashMap<>();
        request.query().forEach((k, v) -> query.put(k, values.fillPublic(v)));
        StringBuilder s = new StringBuilder(request.method()).append(' ')
                .append(ProbeHttp.withQuery(target.uri(request.endpoint()), query));
        request.headers().forEach((k, v) -> s.append(" | ").append(k).append(": ").append(values.fillPublic(v)));
        if (!request.form().isEmpty()) {
            List<String> pairs = new ArrayList<>();
            request.form().forEach((k, v) -> pairs.add(k + "=" + values.fillPublic(v)));
            s.append(" | form ").append(String.join("&", pairs));
        }
        if (request.json() != null) {
            s.append(" | json ").append(values.fillPublic(request.json()));
        }
        return values.mask(s.toString());
    }

    private static ProbeResult skipped(Probe probe, String request, String expected, String observed, String reason) {
        return new ProbeResult(probe.id(), probe.title(), Verdict.SKIPPED, request, expected, observed, List.of(), reason);
    }

    /** Waits the spacing; false when interrupted (the interrupt is kept for the caller). */
    private boolean pause() {
        if (spacing.isZero()) {
            return true;
        }
        try {
            Thread.sleep(spacing.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** {@code Retry-After} in seconds or as an HTTP date. */
    private Optional<Duration> retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return Optional.empty();
        }
        String value = header.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(value))));
        } catch (NumberFormatException e) {
            try {
                Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                Duration d = Duration.between(clock.instant(), at);
                return Optional.of(d.isNegative() ? Duration.ZERO : d.truncatedTo(ChronoUnit.SECONDS));
            } catch (DateTimeParseException ignored) {
                return Optional.empty();
            }
        }
    }

    private static String oneLine(IOException e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        text = text.replaceAll("\\s+", " ");
        return text.length() > 160 ? text.substring(0, 157) + "..." : text;
    }

    /**
     * Settings of a run.
     *
     * <pre>{@code
     * ProbeRunner.builder(ProbeTarget.production()).credentials(creds).spacing(Duration.ofSeconds(1)).build();
     * }</pre>
     */
    public static final class Builder {
        private final ProbeTarget target;
        private ProbeCredentials credentials = ProbeCredentials.none();
        private Duration spacing = DEFAULT_SPACING;
        private Duration timeout = Duration.ofSeconds(20);
        private boolean allowMutating;
        private Clock clock = Clock.systemUTC();

        private Builder(ProbeTarget target) {
            this.target = Objects.requireNonNull(target, "target");
        }

        public Builder credentials(ProbeCredentials value) {
            this.credentials = Objects.requireNonNull(value, "credentials");
            return this;
        }

        /** The pause between two requests ({@link #DEFAULT_SPACING}); zero for tests against a fake. */
        public Builder spacing(Duration value) {
            Objects.requireNonNull(value, "spacing");
            if (value.isNegative()) {
                throw new IllegalArgumentException("spacing cannot be negative");
            }
            this.spacing = value;
            return this;
        }

        /** The connect and response timeout of each request (20 s). */
        public Builder timeout(Duration value) {
            Objects.requireNonNull(value, "timeout");
            if (value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException("timeout must be positive");
            }
            this.timeout = value;
            return this;
        }

        /** Whether {@link Probe#mutating() mutating} probes may be sent (default: no, they are skipped). */
        public Builder allowMutating(boolean value) {
            this.allowMutating = value;
            return this;
        }

        /** The clock that picks the API versions and reads {@code Retry-After} dates. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        public ProbeRunner build() {
            return new ProbeRunner(this);
        }
    }
}
