package org.triagedesk.web;

import java.io.Serializable;
import java.util.Locale;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

import org.triagedesk.platform.Language;

/**
 * The language the pages speak to this visitor: the browser's preferred one of Japanese and English
 * until the visitor picks one with the switch in the header, then that choice for the session.
 */
@Named
@SessionScoped
public class LanguageChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private Language chosen;

    public Language getLanguage() {
        // a link such as /?lang=ja chooses too, so a page can be shared in a given language
        String asked = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("lang");
        if (asked != null) {
            Language.ofCode(asked).ifPresent(language -> chosen = language);
        }
        if (chosen != null) {
            return chosen;
        }
        String header = FacesContext.getCurrentInstance().getExternalContext().getRequestHeaderMap().get("Accept-Language");
        return Language.ofAcceptLanguage(header).orElse(Language.EN);
    }

    public Locale getLocale() {
        return getLanguage().locale();
    }

    public String getCode() {
        return getLanguage().code();
    }

    public boolean isJapanese() {
        return getLanguage() == Language.JA;
    }

    /** The switch: stays on the same page, with its query parameters, in the other language. */
    public void choose(String code) {
        Language.ofCode(code).ifPresent(language -> {
            chosen = language;
            FacesContext.getCurrentInstance().getViewRoot().setLocale(language.locale());
        });
    }
}
