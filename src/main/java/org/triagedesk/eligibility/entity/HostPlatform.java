package org.triagedesk.eligibility.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.triagedesk.kernel.ChangeStamp;

/** A catalog row: a host platform AKS Arc runs on, and the last day it is supported. */
@Entity
@Table(name = "host_platform")
@NamedQuery(name = "HostPlatform.all", query = "select p from HostPlatform p")
public class HostPlatform {

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "end_of_support")
    private LocalDate endOfSupport;

    @Column(name = "note")
    private String note;

    @Version
    @Column(name = "row_version")
    private long rowVersion;

    @Embedded
    private ChangeStamp changed;

    protected HostPlatform() {
    }

    public HostPlatform(String code) {
        this.code = code;
    }

    public void revise(String name, LocalDate endOfSupport, String note, String by, Instant at) {
        this.name = name == null || name.isBlank() ? code : name;
        this.endOfSupport = endOfSupport;
        this.note = note;
        this.changed = new ChangeStamp(by, at);
    }

    public PlatformLifecycle lifecycle() {
        return new PlatformLifecycle(code, name, endOfSupport);
    }

    public String note() {
        return note;
    }

    public Instant updatedAt() {
        return changed == null ? null : changed.at();
    }

    public String updatedBy() {
        return changed == null ? null : changed.by();
    }
}
