package org.triagedesk.cases.entity;

import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/**
 * What every record a case owns has in common (its evidence, triage records, draft versions, area corrections): an
 * id of its own and the case it belongs to, column {@code case_id}. Created only through {@link SupportCase}.
 */
@MappedSuperclass
public abstract class CasePart {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "case_id")
    private SupportCase supportCase;

    protected CasePart() {
    }

    protected CasePart(SupportCase supportCase) {
        this.supportCase = supportCase;
    }

    public Long id() {
        return id;
    }
}
