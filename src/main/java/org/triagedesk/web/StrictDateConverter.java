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
 * is refused with a message naming the field instead of being quietly moved to the 28th, which is
 * what {@code p:datePicker} does with a {@code LocalDate} on its own. Every date field uses it.
 */
@FacesConverter("strictDate")
public class StrictDateConverter implements Converter<LocalDate> {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim(), DAY);
        } catch (DateTimeParseException e) {
            throw new ConverterException(message(context, component, value), e);
        }
    }

    private static jakarta.faces.application.FacesMessage message(FacesContext context, UIComponent component, String value) {
        java.util.ResourceBundle texts = java.util.ResourceBundle.getBundle("org.triagedesk.web.i18n.faces", context.getViewRoot().getLocale());
        Object label = component.getAttributes().get("label");
        String text = java.text.MessageFormat.format(texts.getString("jakarta.faces.converter.DateTimeConverter.DATE"),
                label != null ? label : component.getId(), value);
        return new jakarta.faces.application.FacesMessage(jakarta.faces.application.FacesMessage.SEVERITY_ERROR, text, text);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.format(DAY);
    }
}
