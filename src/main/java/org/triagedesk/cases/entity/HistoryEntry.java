package org.triagedesk.cases.entity;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.triagedesk.kernel.ChangeStamp;

/** An audit record of one change to a case: who, when, what, and the value before and after. */
@Entity
@Table(name = "case_history")
@NamedQuery(name = "HistoryEntry.ofCase", query = "select h from HistoryEntry h where h.caseId = :caseId order by h.changed.at, h.id")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "actor", nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "at", nullable = false))
    private ChangeStamp changed;

    @Column(name = "action", nullable = false)
    private String action;

    @Column(name = "before_value")
    private String before;

    @Column(name = "after_value")
    private String after;

    protected HistoryEntry() {
    }

    public HistoryEntry(Long caseId, Instant at, String actor, String action, String before, String after) {
        this.caseId = caseId;
        this.changed = new ChangeStamp(actor, at);
        this.action = action;
        this.before = clip(before);
        this.after = clip(after);
    }

    private static String clip(String value) {
        return value == null || value.length() <= 20000 ? value : value.substring(0, 19_999) + "…";
    }

    /** Who made the change and when. */
    public ChangeStamp changed() {
        return changed;
    }

    public String action() {
        return action;
    }

    public String before() {
        return before;
    }

    public String after() {
        return after;
    }
}
