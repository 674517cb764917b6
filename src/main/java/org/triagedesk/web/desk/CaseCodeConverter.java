package org.triagedesk.web.desk;

import java.util.Locale;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import org.triagedesk.web.PageTexts;

/**
 * Reads a code from the address ({@code ?status=NEW}) into the enum the inbox filters by, and says
 * plainly, in the page's language, when a bookmark holds a code that does not exist.
 */
@FacesConverter("caseCode")
public class CaseCodeConverter implements Converter<Object> {

    @Override
    @SuppressWarnings({"unchecked", "rawtypes"})
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        ValueExpression target = component.getValueExpression("value");
        Class<?> type = target.getType(context.getELContext());
        try {
            return Enum.valueOf((Class<Enum>) type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            Object label = component.getAttributes().get("label");
            String text = new PageTexts().get("desk", "inbox.unknownCode", label == null ? "" : label, value);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), e);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Object value) {
        return value == null ? "" : ((Enum<?>) value).name();
    }
}
