package org.triagedesk.eligibility.entity;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A catalog row: a host platform AKS Arc runs on, and the last day it is supported. */
@Entity
@Table(name = "host_platform")
@NamedQuery(name = "HostPlatform.all", query = "select p from HostPlatform p")
public class HostPlatform extends CatalogRow {

    /** A platform code as the policy and the API name it: upper case, digits and underscores. */
    public static final String CODE_PATTERN = "[A-Z][A-Z0-9_]{1,63}";

    @Id
    @Column(name = "code")
    private String code;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "end_of_support")
    private LocalDate endOfSupport;

    protected HostPlatform() {
    }

    public HostPlatform(String code) {
        this.code = code;
    }

    public void revise(String name, LocalDate endOfSupport, String note, String by, Instant at) {
        this.name = name == null || name.isBlank() ? code : name;
        this.endOfSupport = endOfSupport;
        revised(note, by, at);
    }

    public PlatformLifecycle lifecycle() {
        return new PlatformLifecycle(code, name, endOfSupport);
    }
}
