package org.triagedesk.platform;

import java.io.Serializable;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * {@link SharedEntries} of this JVM alone: the embedded default. Past {@code maxEntries} it is emptied
 * (the callers keep only what is safe to forget: counters of recent clients).
 */
public class LocalEntries<V extends Serializable> implements SharedEntries<V> {

    private final Map<String, V> entries = new ConcurrentHashMap<>();
    private final int maxEntries;

    public LocalEntries(int maxEntries) {
        this.maxEntries = maxEntries;
    }

    @Override
    public V get(String key) {
        return entries.get(key);
    }

    @Override
    public V update(String key, UnaryOperator<V> change) {
        if (entries.size() >= maxEntries && !entries.containsKey(key)) {
            entries.clear();
        }
        return entries.compute(key, (k, old) -> change.apply(old));
    }

    @Override
    public void remove(String key) {
        entries.remove(key);
    }

    @Override
    public int size() {
        return entries.size();
    }
}
