package org.triagedesk.cases.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

/** An engineer's correction of a case's coverage area: who, when, from which area to which, and why. */
@Entity
@Table(name = "area_correction")
public class AreaCorrection extends CasePart {

    @Column(name = "from_area")
    private String fromArea;

    @Column(name = "to_area", nullable = false)
    private String toArea;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Column(name = "corrected_by", nullable = false)
    private String correctedBy;

    @Column(name = "corrected_at", nullable = false)
    private Instant correctedAt;

    protected AreaCorrection() {
    }

    AreaCorrection(SupportCase supportCase, String fromArea, String toArea, String reason, String by, Instant at) {
        super(supportCase);
        this.fromArea = fromArea;
        this.toArea = toArea;
        this.reason = reason;
        this.correctedBy = by;
        this.correctedAt = at;
    }

    public String fromArea() {
        return fromArea;
    }

    public String toArea() {
        return toArea;
    }

    public String reason() {
        return reason;
    }

    public String correctedBy() {
        return correctedBy;
    }

    public Instant correctedAt() {
        return correctedAt;
    }
}
