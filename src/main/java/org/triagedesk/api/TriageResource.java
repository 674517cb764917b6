package org.triagedesk.api;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.triagedesk.cases.boundary.CaseTriage;
import org.triagedesk.cases.control.TriageResultJson;
import org.triagedesk.cases.entity.TriageRequest;
import org.triagedesk.platform.Language;

/** The public self-check: anyone may triage a case without saving it. */
@Path("triage")
@PermitAll
public class TriageResource {

    @Inject
    CaseTriage triage;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(ApiError.JSON)
    public Response triage(byte[] body, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        TriageRequest request = TriageRequestJson.read(JsonInput.object(body),
                Language.ofAcceptLanguage(acceptLanguage).orElse(null));
        return Response.ok(TriageResultJson.write(triage.triage(request)).toString())
                .header(HttpHeaders.CONTENT_LANGUAGE, request.answerLanguage().code())
                .build();
    }
}
