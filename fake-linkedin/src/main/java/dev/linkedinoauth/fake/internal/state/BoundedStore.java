package dev.linkedinoauth.fake.internal.state;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import java.util.function.UnaryOperator;

/**
 * A map that keeps at most {@code maxEntries} values and {@code maxCost} of their summed cost (bytes, as
 * the caller counts them), forgetting the oldest first: what lets a fake run for weeks in a fixed heap.
 * Insertion order is the age; replacing a value keeps its place. Thread-safe by one lock, which is cheap
 * next to the HTTP work around every call.
 */
final class BoundedStore<V> {
    private final LinkedHashMap<String, V> values = new LinkedHashMap<>();
    private final int maxEntries;
    private final long maxCost;
    private final ToLongFunction<V> cost;
    private long totalCost;
    private long evicted;

    BoundedStore(int maxEntries, long maxCost, ToLongFunction<V> cost) {
        this.maxEntries = maxEntries;
        this.maxCost = maxCost;
        this.cost = cost;
    }

    /** Counted by entries only. */
    BoundedStore(int maxEntries) {
        this(maxEntries, Long.MAX_VALUE, value -> 0);
    }

    synchronized void put(String key, V value) {
        V previous = values.put(key, value);
        totalCost += cost.applyAsLong(value) - (previous == null ? 0 : cost.applyAsLong(previous));
        Iterator<V> oldest = values.values().iterator();
        while ((values.size() > maxEntries || totalCost > maxCost) && oldest.hasNext()) {
            V gone = oldest.next();
            oldest.remove();
            totalCost -= cost.applyAsLong(gone);
            evicted++;
        }
    }

    synchronized V get(String key) {
        return values.get(key);
    }

    /** Replaces the value of {@code key} if present (same cost assumed: callers only flip flags). */
    synchronized V computeIfPresent(String key, UnaryOperator<V> change) {
        V current = values.get(key);
        if (current == null) {
            return null;
        }
        V changed = change.apply(current);
        values.put(key, changed);
        totalCost += cost.applyAsLong(changed) - cost.applyAsLong(current);
        return changed;
    }

    synchronized void replaceAll(UnaryOperator<V> change) {
        for (Map.Entry<String, V> entry : values.entrySet()) {
            V changed = change.apply(entry.getValue());
            totalCost += cost.applyAsLong(changed) - cost.applyAsLong(entry.getValue());
            entry.setValue(changed);
        }
    }

    synchronized V remove(String key) {
        V gone = values.remove(key);
        if (gone != null) {
            totalCost -= cost.applyAsLong(gone);
        }
        return gone;
    }

    /** Forgets every value the predicate accepts (the pruning on the fake's clock). */
    synchronized void removeIf(Predicate<V> forget) {
        Iterator<V> it = values.values().iterator();
        while (it.hasNext()) {
            V value = it.next();
            if (forget.test(value)) {
                it.remove();
                totalCost -= cost.applyAsLong(value);
            }
        }
    }

    /** A copy, oldest first. */
    synchronized List<V> values() {
        return new ArrayList<>(values.values());
    }

    /** The newest {@code n} values, newest first. */
    synchronized List<V> newest(int n) {
        List<V> all = new ArrayList<>(values.values());
        List<V> newest = new ArrayList<>(Math.min(n, all.size()));
        for (int i = all.size() - 1; i >= 0 && newest.size() < n; i--) {
            newest.add(all.get(i));
        }
        return newest;
    }

    synchronized int size() {
        return values.size();
    }

    /** How many values the bounds have pushed out since the last {@link #clear()}. */
    synchronized long evicted() {
        return evicted;
    }

    synchronized void clear() {
        values.clear();
        totalCost = 0;
        evicted = 0;
    }
}
