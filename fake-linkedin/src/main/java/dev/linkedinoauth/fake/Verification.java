package dev.linkedinoauth.fake;

import dev.linkedinoauth.fake.model.RecordedRequest;
import dev.linkedinoauth.fake.model.RequestPattern;
import java.util.List;

/** The checks behind {@link FakeLinkedIn#verify}: plain {@link AssertionError}s whose message shows what was received. */
final class Verification {
    /** A failure message lists at most this many requests, the latest ones. */
    static final int LISTED = 50;

    private Verification() {
    }

    static RecordedRequest atLeastOnce(RequestPattern pattern, List<RecordedRequest> received) {
        return received.stream().filter(pattern::matches).findFirst().orElseThrow(() -> new AssertionError(
                "expected " + pattern + ", but none matched; " + received(received)));
    }

    static List<RecordedRequest> exactly(int times, RequestPattern pattern, List<RecordedRequest> received) {
        if (times < 0) {
            throw new IllegalArgumentException("times cannot be negative: " + times);
        }
        List<RecordedRequest> matching = received.stream().filter(pattern::matches).toList();
        if (matching.size() != times) {
            throw new AssertionError("expected " + times + " × " + pattern + ", but " + matching.size()
                    + " matched; " + received(received));
        }
        return matching;
    }

    /** "received 3 requests:" and one numbered line each, secrets masked. */
    static String received(List<RecordedRequest> received) {
        if (received.isEmpty()) {
            return "the fake received no requests";
        }
        StringBuilder text = new StringBuilder("the fake received ").append(received.size())
                .append(received.size() == 1 ? " request:" : " requests:");
        int first = Math.max(0, received.size() - LISTED);
        if (first > 0) {
            text.append("\n  … ").append(first).append(" earlier ones left out");
        }
        for (int i = first; i < received.size(); i++) {
            text.append("\n  ").append(i + 1).append(". ").append(received.get(i));
        }
        return text.toString();
    }
}
