package org.triagedesk.web;

import java.text.MessageFormat;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * The page bundles ({@code msg}, {@code sc}, {@code desk}, {@code mt}, {@code dash}) for beans that
 * word a message in the visitor's language, and a one-liner to show such a message.
 */
@Named
@RequestScoped
public class PageTexts {

    public String get(String bundle, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            ResourceBundle texts = faces.getApplication().getResourceBundle(faces, bundle);
            String pattern = texts.getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(arguments);
        } catch (MissingResourceException | NullPointerException e) {
            return key;
        }
    }

    public void info(String bundle, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, get(bundle, key, arguments));
    }

    public void error(String bundle, String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, get(bundle, key, arguments));
    }

    /** A message for the {@code p:messages for="key" forType="key"} of one part of a page, not for the page's global messages. */
    public void infoFor(String key, String bundle, String messageKey, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(key, new FacesMessage(FacesMessage.SEVERITY_INFO, get(bundle, messageKey, arguments), null));
    }

    public void errorFor(String key, String bundle, String messageKey, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(key, new FacesMessage(FacesMessage.SEVERITY_ERROR, get(bundle, messageKey, arguments), null));
    }

    private static void add(FacesMessage.Severity severity, String text) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(severity, text, null));
    }
}
