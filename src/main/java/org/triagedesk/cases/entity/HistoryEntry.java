package org.triagedesk.cases.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An audit record of one change to a case: who, when, what, and the value before and after. */
@Entity
@Table(name = "case_history")
@NamedQuery(name = "HistoryEntry.ofCase", query = "select h from HistoryEntry h where h.caseId = :caseId order by h.at, h.id")
public class HistoryEntry {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "at", nullable = false)
    private Instant at;

    @Column(name = "actor", nullable = false)
    private String actor;

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
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.before = clip(before);
        this.after = clip(after);
    }

    private static String clip(String value) {
        return value == null || value.length() <= 20000 ? value : value.substring(0, 19_999) + "…";
    }

    public Instant at() {
        return at;
    }

    public String actor() {
        return actor;
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
