/**
 * The contract ({@code linkedin-api.md}) as data, checked against a live server: {@link Probes#all()} lists
 * the checkable rows, each a {@link Probe} (the request to send and what to expect), and {@link ProbeRunner}
 * sends them one by one and reports a {@link ProbeResult} per row: match, drift, or skipped with a reason.
 *
 * <pre>{@code
 * ProbeRun run = ProbeRunner.builder(ProbeTarget.production())
 *         .credentials(ProbeCredentials.of(clientId, secret, token, scopes)).build().run(Probes.all());
 * if (run.drifted()) System.err.println(run.count(Verdict.DRIFT) + " rows drifted");
 * }</pre>
 *
 * <p>Safe by construction: every probe in {@link Probes#all()} changes nothing the member can see (no post,
 * upload or revocation; the posts probes send the body {@code {}}, which cannot create a post even if the
 * check under test were skipped). A probe marked {@link Probe#mutating()} is never sent unless the runner
 * is told {@link ProbeRunner.Builder#allowMutating(boolean)}. This package never uses the fake's code: the
 * fake stays an independent implementation of the same contract.
 */
package dev.linkedinoauth.core.probe;
