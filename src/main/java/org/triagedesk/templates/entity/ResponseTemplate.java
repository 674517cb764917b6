package org.triagedesk.templates.entity;

/** A response draft for one situation in one language, with {{placeholders}} for the case's facts. */
public record ResponseTemplate(String key, String language, String subject, String body, String file) {
}
