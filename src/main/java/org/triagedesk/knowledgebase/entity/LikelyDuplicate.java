package org.triagedesk.knowledgebase.entity;

/**
 * A known issue that another one likely duplicates: its key and title, why ({@code signature}: they share a log
 * signature, given in {@code shared}; {@code text}: their titles and symptoms say nearly the same words) and how
 * alike they are (0 to 1).
 */
public record LikelyDuplicate(String key, String title, String why, double similarity, String shared) {

    /** A likely duplicate within the knowledge base: {@code key} looks like {@code duplicate}. */
    public record Pair(String key, LikelyDuplicate duplicate) {
    }
}
