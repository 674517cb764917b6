package org.triagedesk.platform;

import java.io.Serializable;
import java.util.Objects;
import java.util.function.UnaryOperator;

import com.hazelcast.map.IMap;

/**
 * {@link SharedEntries} in a Hazelcast {@code IMap} shared by every node: a change is a compare-and-set loop
 * ({@code putIfAbsent}, {@code replace(key, old, new)}, {@code remove(key, old)}), so two nodes changing the same
 * key at once both count. Entries nobody touched for the map's max-idle time are dropped by Hazelcast.
 */
public class HazelcastEntries<V extends Serializable> implements SharedEntries<V> {

    private final IMap<String, V> map;

    public HazelcastEntries(IMap<String, V> map) {
        this.map = map;
    }

    @Override
    public V get(String key) {
        return map.get(key);
    }

    @Override
    public V update(String key, UnaryOperator<V> change) {
        while (true) {
            V old = map.get(key);
            V next = change.apply(old);
            if (old == null) {
                if (next == null || map.putIfAbsent(key, next) == null) {
                    return next;
                }
            } else if (next == null) {
                if (map.remove(key, old)) {
                    return null;
                }
            } else if (Objects.equals(old, next) || map.replace(key, old, next)) {
                return next;
            }
        }
    }

    @Override
    public void remove(String key) {
        map.delete(key);
    }

    @Override
    public int size() {
        return map.size();
    }
}
