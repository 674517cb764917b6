package org.triagedesk.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

/**
 * A day typed as {@code 2025-01-31}, read strictly: an impossible day such as {@code 2025-02-30}
 * is refused with the field's converter message instead of being quietly moved to the 28th.
 */
@FacesConverter("selfCheckDate")
public class SelfCheckDateConverter implements Converter<LocalDate> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim(), DAY);
        } catch (DateTimeParseException e) {
            throw new ConverterException(e.getMessage(), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.format(DAY);
    }
}
