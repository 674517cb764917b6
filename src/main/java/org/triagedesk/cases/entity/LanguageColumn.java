package org.triagedesk.cases.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.triagedesk.platform.Language;

/** A language as its column keeps it: the code {@code en} or {@code ja}. */
@Converter
public class LanguageColumn implements AttributeConverter<Language, String> {

    @Override
    public String convertToDatabaseColumn(Language language) {
        return language == null ? null : language.code();
    }

    @Override
    public Language convertToEntityAttribute(String code) {
        return code == null ? null
                : Language.ofCode(code).orElseThrow(() -> new IllegalStateException("not a language code in the database: " + code));
    }
}
