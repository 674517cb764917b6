package org.triagedesk.knowledgebase.entity;

import java.time.Instant;

/**
 * A CDI event: what the classifier learns from changed (kb/ was loaded, or a maintainer created, edited or
 * retired a known issue), so its model is due for a retrain. Fired after the change is committed.
 */
public record KnowledgeChanged(Instant at, String what) {
}
