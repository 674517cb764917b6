package org.triagedesk.eligibility.entity;

/** State of the Azure subscription the cluster is registered with. */
public enum SubscriptionState {
    ACTIVE, SUSPENDED, DELETED
}
