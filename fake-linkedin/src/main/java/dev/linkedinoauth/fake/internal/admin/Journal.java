package dev.linkedinoauth.fake.internal.admin;

import dev.linkedinoauth.fake.RecordedRequest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The requests one fake received, in arrival order: all of them for inspection, and a queue of those no
 * {@code takeRequest} has returned yet. Bounded, so that a standalone fake running for days keeps its memory.
 */
public final class Journal {
    static final int CAPACITY = 10_000;

    private final Deque<RecordedRequest> all = new ArrayDeque<>();
    private final Deque<RecordedRequest> untaken = new ArrayDeque<>();
    private long count;

    public synchronized void record(RecordedRequest request) {
        all.addLast(request);
        untaken.addLast(request);
        count++;
        if (all.size() > CAPACITY) {
            all.removeFirst();
        }
        if (untaken.size() > CAPACITY) {
            untaken.removeFirst();
        }
        notifyAll();
    }

    public synchronized List<RecordedRequest> all() {
        return List.copyOf(all);
    }

    /** The latest {@code n} requests, newest first. */
    synchronized List<RecordedRequest> latest(int n) {
        List<RecordedRequest> latest = new ArrayList<>();
        var it = all.descendingIterator();
        while (it.hasNext() && latest.size() < n) {
            latest.add(it.next());
        }
        return latest;
    }

    /** Every request since the start or the last reset, including any the bound has dropped. */
    public synchronized long count() {
        return count;
    }

    /** The oldest request not yet taken, waiting up to {@code timeout}; {@code null} if none arrived. */
    public synchronized RecordedRequest take(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (untaken.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return untaken.removeFirst();
    }

    public synchronized void clear() {
        all.clear();
        untaken.clear();
        count = 0;
    }
}
