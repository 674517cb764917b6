package org.triagedesk.web;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;

import org.triagedesk.eligibility.entity.ClusterProfile;
import org.triagedesk.kernel.validation.Constraints;
import org.triagedesk.kernel.validation.FieldProblem;

/**
 * Checks one input of a cluster-profile form against the constraints of the {@link ClusterProfile} field of the same
 * name (the input's id), in the validation phase: so a bad version is reported together with a day that is no day
 * (which the date converter refuses in the same phase), not after it. Both pages use it on the version. The days'
 * rule (not after the as-of day) is checked in the pages' actions with the rest of the request: a refused value is
 * not kept in the form's bean, and a day typed into the form must survive a switch of the page's language.
 * Checked for today when the constraint needs a day.
 */
@FacesValidator("clusterField")
public class ClusterFieldValidator implements Validator<Object> {

    @Override
    public void validate(FacesContext faces, UIComponent input, Object value) {
        Object text = value instanceof String s ? (s.isBlank() ? null : s.strip()) : value;
        List<FieldProblem> problems = Constraints.checkValue(ClusterProfile.class, input.getId(), text,
                LocalDate.now(ZoneOffset.UTC), faces.getViewRoot().getLocale());
        if (!problems.isEmpty()) {
            throw new ValidatorException(FieldMessages.error(FieldMessages.labelled(input, input.getId(), problems.get(0).message())));
        }
    }
}
