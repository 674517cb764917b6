package org.triagedesk.eligibility.entity;

import java.time.LocalDate;

/** A host platform AKS Arc runs on, and the last day it is supported ({@code null}: no end announced). */
public record PlatformLifecycle(String code, String name, LocalDate endOfSupport) {

    public boolean supportedOn(LocalDate asOf) {
        return endOfSupport == null || !asOf.isAfter(endOfSupport);
    }
}
