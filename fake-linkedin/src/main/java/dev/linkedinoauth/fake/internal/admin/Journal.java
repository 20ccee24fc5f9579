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
 * {@code takeRequest} has returned yet. Bounded in count ({@value #CAPACITY}) and bytes ({@link #MAX_BYTES};
 * bodies cut at {@link #MAX_BODY_BYTES}), the oldest forgotten first, so that a standalone fake running for
 * days keeps its memory.
 */
public final class Journal {
    static final int CAPACITY = 10_000;
    /** What the journal may hold in all, counted as the heap holds text (two bytes a character): 32 MiB. */
    public static final long MAX_BYTES = 32L << 20;
    /** A body is recorded up to this many bytes (64 KiB) and cut there; the listing says so. */
    public static final int MAX_BODY_BYTES = 64 << 10;

    /** One recorded request with what the journal knows beside it: the body's size as received. */
    public record Entry(RecordedRequest request, int bodyBytes, long cost) {
        public boolean bodyTruncated() {
            return bodyBytes > MAX_BODY_BYTES;
        }
    }

    private final Deque<Entry> all = new ArrayDeque<>();
    private final Deque<Entry> untaken = new ArrayDeque<>();
    private long count;
    private long bytes;

    /** Records a request whose body was {@code bodyBytes} long before the caller cut it to {@link #MAX_BODY_BYTES}. */
    public synchronized void record(RecordedRequest request, int bodyBytes) {
        Entry entry = new Entry(request, bodyBytes, cost(request));
        all.addLast(entry);
        untaken.addLast(entry);
        count++;
        bytes += entry.cost();
        while (all.size() > CAPACITY || (bytes > MAX_BYTES && all.size() > 1)) {
            Entry gone = all.removeFirst();
            bytes -= gone.cost();
            if (untaken.peekFirst() == gone) { // untaken is a suffix of all, in the same order
                untaken.removeFirst();
            }
        }
        notifyAll();
    }

    public synchronized void record(RecordedRequest request) {
        record(request, request.body().length());
    }

    /** The heap a recorded request holds, near enough: its text at two bytes a character, plus the objects. */
    static long cost(RecordedRequest request) {
        long chars = request.method().length() + request.path().length() + request.query().length() + request.body().length();
        for (var header : request.headers().entrySet()) {
            chars += header.getKey().length();
            for (String value : header.getValue()) {
                chars += value.length() + 16;
            }
        }
        return 2 * chars + 512;
    }

    public synchronized List<RecordedRequest> all() {
        return all.stream().map(Entry::request).toList();
    }

    /** The entries, oldest first, for the admin listing. */
    public synchronized List<Entry> entries() {
        return List.copyOf(all);
    }

    /** The latest {@code n} requests, newest first. */
    synchronized List<RecordedRequest> latest(int n) {
        List<RecordedRequest> latest = new ArrayList<>();
        var it = all.descendingIterator();
        while (it.hasNext() && latest.size() < n) {
            latest.add(it.next().request());
        }
        return latest;
    }

    /** What the entries kept now hold, as {@link #cost} counts it. */
    public synchronized long bytes() {
        return bytes;
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
        return untaken.removeFirst().request();
    }

    public synchronized void clear() {
        all.clear();
        untaken.clear();
        count = 0;
        bytes = 0;
    }
}
