package org.triagedesk.web;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.triagedesk.platform.Language;

/**
 * The page bundles ({@code msg}, {@code sc}, {@code desk}, {@code mt}, {@code dash}) for beans that
 * word a message in the visitor's language, and a one-liner to show such a message.
 * <p>
 * The language is the one the header's switch chose ({@link LanguageChoice}), the same the page's
 * {@code f:view} renders in, and never the view's locale of the moment: a view action or a bean built
 * before the page's {@code f:view} applied would otherwise word its texts in the browser's language.
 */
@Named
@RequestScoped
public class PageTexts {

    /** The base names of faces-config.xml's resource bundles, by their variable. */
    private static final Map<String, String> BUNDLES = Map.of(
            "msg", "org.triagedesk.web.i18n.common",
            "sc", "org.triagedesk.web.i18n.selfcheck",
            "desk", "org.triagedesk.web.i18n.desk",
            "mt", "org.triagedesk.web.i18n.maintain",
            "dash", "org.triagedesk.web.i18n.dashboard");

    @Inject
    LanguageChoice languageChoice;

    public String get(String bundle, String key, Object... arguments) {
        try {
            Locale locale = choice().getLocale();
            String pattern = bundle(bundle, locale).getString(key);
            return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
        } catch (MissingResourceException | NullPointerException | IllegalStateException e) {
            return key;
        }
    }

    /** The language the texts are worded in. */
    public Language language() {
        return choice().getLanguage();
    }

    /** The visitor's choice; a converter that made its own {@code new PageTexts()} finds it through CDI. */
    private LanguageChoice choice() {
        if (languageChoice == null) {
            languageChoice = CDI.current().select(LanguageChoice.class).get();
        }
        return languageChoice;
    }

    static ResourceBundle bundle(String name, Locale locale) {
        String base = BUNDLES.get(name);
        if (base == null) {
            throw new MissingResourceException("no bundle " + name, PageTexts.class.getName(), name);
        }
        // no fallback to the JVM's default locale: English is the base file, Japanese the _ja one
        return ResourceBundle.getBundle(base, locale, PageTexts.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
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
