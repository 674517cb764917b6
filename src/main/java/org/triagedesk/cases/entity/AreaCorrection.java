package org.triagedesk.cases.entity;

import java.time.Instant;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.triagedesk.kernel.ChangeStamp;
import org.triagedesk.kernel.CoverageArea;

/** An engineer's correction of a case's coverage area: who, when, from which area to which, and why. */
@Entity
@Table(name = "area_correction")
public class AreaCorrection extends CasePart {

    @Enumerated(EnumType.STRING)
    @Column(name = "from_area")
    private CoverageArea fromArea;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_area", nullable = false)
    private CoverageArea toArea;

    @Column(name = "reason", nullable = false)
    private String reason;

    @Embedded
    @AttributeOverride(name = "by", column = @Column(name = "corrected_by", nullable = false))
    @AttributeOverride(name = "at", column = @Column(name = "corrected_at", nullable = false))
    private ChangeStamp corrected;

    protected AreaCorrection() {
    }

    AreaCorrection(SupportCase supportCase, CoverageArea fromArea, CoverageArea toArea, String reason, String by, Instant at) {
        super(supportCase);
        this.fromArea = fromArea;
        this.toArea = toArea;
        this.reason = reason;
        this.corrected = new ChangeStamp(by, at);
    }

    /** The area the case had before, {@code null} when it had none. */
    public CoverageArea fromArea() {
        return fromArea;
    }

    public CoverageArea toArea() {
        return toArea;
    }

    public String reason() {
        return reason;
    }

    /** Who corrected the area and when. */
    public ChangeStamp corrected() {
        return corrected;
    }
}
