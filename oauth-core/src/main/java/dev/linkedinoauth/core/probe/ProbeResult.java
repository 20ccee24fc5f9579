package dev.linkedinoauth.core.probe;

import java.util.List;
import java.util.Objects;

/**
 * One probe's outcome, ready to show and to share: every token, code and secret in it is masked.
 *
 * @param id          the probe's id, e.g. {@code 3.5-token-bogus-code}
 * @param title       what it checks
 * @param verdict     match, drift or skipped
 * @param request     the request as sent (method, URL and what it carried, masked), or as it would have been
 * @param expected    the expectation in one line, e.g. {@code 401 error=invalid_request}
 * @param observed    the answer in the same terms, e.g. {@code 401 error=invalid_client}; empty when not sent
 * @param differences each way the answer differs (drift only)
 * @param reason      why it was skipped; empty otherwise
 */
public record ProbeResult(String id, String title, Verdict verdict, String request, String expected, String observed,
                          List<String> differences, String reason) {
    public ProbeResult {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(verdict, "verdict");
        differences = List.copyOf(differences);
        request = request == null ? "" : request;
        observed = observed == null ? "" : observed;
        reason = reason == null ? "" : reason;
    }

    /** The contract section the id cites. */
    public String section() {
        return id.substring(0, id.indexOf('-'));
    }
}
