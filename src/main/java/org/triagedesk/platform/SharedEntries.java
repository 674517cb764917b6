package org.triagedesk.platform;

import java.io.Serializable;
import java.util.function.UnaryOperator;

/**
 * A map whose entries are changed atomically, seen by every node when clustering is on (a Hazelcast
 * {@code IMap}, {@link HazelcastEntries}) and by this JVM only when it is off ({@link LocalEntries}). Values are
 * JDK types (strings, numbers), so no node ever needs another node's classes to read them.
 */
public interface SharedEntries<V extends Serializable> {

    /** The value of {@code key}, null when absent. */
    V get(String key);

    /**
     * Replaces the value of {@code key} with {@code change} applied to it (null when absent) as one atomic step,
     * and answers the new value; a change answering null removes the entry. {@code change} may run more than once
     * when another node changes the same key at the same moment, so it must not have side effects.
     */
    V update(String key, UnaryOperator<V> change);

    void remove(String key);

    /** How many entries there are (an estimate when clustered). */
    int size();
}
