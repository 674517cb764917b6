package org.triagedesk.web;

import java.time.LocalDate;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import org.triagedesk.kernel.validation.CalendarDay;

/**
 * A day typed as {@code 2025-01-31}, read strictly as the API reads it ({@link CalendarDay}): an impossible day such
 * as {@code 2025-02-30} is refused with the reason ("February has no 30th"), led by the field's label, instead of
 * being quietly moved to the 28th, which is what {@code p:datePicker} does with a {@code LocalDate} on its own.
 * Every date field uses it.
 */
@FacesConverter("strictDate")
public class StrictDateConverter implements Converter<LocalDate> {

    @Override
    public LocalDate getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        CalendarDay day = CalendarDay.read(value, context.getViewRoot().getLocale());
        return day.day().orElseThrow(() -> new ConverterException(
                FieldMessages.error(FieldMessages.labelled(component, component.getId(), day.problem()))));
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
