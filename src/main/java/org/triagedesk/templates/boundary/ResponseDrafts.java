package org.triagedesk.templates.boundary;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.triagedesk.templates.control.SituationChoice;
import org.triagedesk.templates.control.TemplateRenderer;
import org.triagedesk.templates.entity.Draft;
import org.triagedesk.templates.entity.DraftInput;
import org.triagedesk.templates.entity.Situation;

/** Drafts the answer to a case: the template of its situation, in its language, filled with its facts. */
@ApplicationScoped
public class ResponseDrafts {

    @Inject
    ResponseTemplates templates;

    private final TemplateRenderer renderer = new TemplateRenderer();

    public Optional<Draft> draft(DraftInput input) {
        Situation situation = SituationChoice.of(input);
        return templates.find(situation.key(), input.language().code()).map(t -> renderer.render(t, input));
    }
}
