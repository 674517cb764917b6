package org.triagedesk.cases.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.hibernate.search.mapper.pojo.bridge.ValueBridge;
import org.hibernate.search.mapper.pojo.bridge.runtime.ValueBridgeToIndexedValueContext;

/**
 * A case reference as its column and its index field keep it: the text {@code CASE-2026-000042}. One class for
 * both (the JPA converter and the Hibernate Search value bridge), so the two can never disagree.
 */
@Converter
public class CaseReferenceColumn implements AttributeConverter<CaseReference, String>, ValueBridge<CaseReference, String> {

    @Override
    public String convertToDatabaseColumn(CaseReference reference) {
        return reference == null ? null : reference.toString();
    }

    @Override
    public CaseReference convertToEntityAttribute(String text) {
        return text == null ? null
                : CaseReference.parse(text).orElseThrow(() -> new IllegalStateException("not a case reference in the database: " + text));
    }

    @Override
    public String toIndexedValue(CaseReference reference, ValueBridgeToIndexedValueContext context) {
        return convertToDatabaseColumn(reference);
    }
}
