package org.triagedesk.web;

import java.time.LocalDate;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;

import org.triagedesk.kernel.validation.Constraints;
import org.triagedesk.kernel.validation.FieldProblem;

/**
 * The pages' side of the request constraints ({@link Constraints}): each problem is shown beside the input it
 * names (the input's id is the field's last name, as in the API), worded in the page's language and led by the
 * input's own label, e.g. "Stopped since: must not be after the as-of day (2026-12-03)".
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    /** Checks {@code bean} for {@code asOf} in the page's language and shows every problem in {@code form}. */
    public static boolean check(String form, Object bean, LocalDate asOf) {
        FacesContext faces = FacesContext.getCurrentInstance();
        return show(form, Constraints.check(bean, asOf, faces.getViewRoot().getLocale()));
    }

    /** Shows every problem beside its input of {@code form}; true when there is none. */
    public static boolean show(String form, List<FieldProblem> problems) {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (FieldProblem problem : problems) {
            String clientId = form + ":" + problem.name();
            UIComponent input = faces.getViewRoot().findComponent(clientId);
            faces.addMessage(input == null ? null : clientId, error(labelled(input, problem.name(), problem.message())));
        }
        if (!problems.isEmpty()) {
            faces.validationFailed();
        }
        return problems.isEmpty();
    }

    /** A message led by the input's label (its id when it has none). */
    public static String labelled(UIComponent input, String fallback, String message) {
        Object label = input == null ? null : input.getAttributes().get("label");
        return (label != null ? label : input != null ? input.getId() : fallback) + ": " + message;
    }

    public static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }
}
