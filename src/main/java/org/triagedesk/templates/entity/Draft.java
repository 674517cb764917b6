package org.triagedesk.templates.entity;

/** A response to the customer, drafted from a template and the case's facts, ready for an engineer to edit. */
public record Draft(String key, String language, String subject, String body) {
}
