package org.triagedesk.api;

import java.util.LinkedHashMap;
import java.util.Map;

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
import org.triagedesk.cases.entity.TriageResult;
import org.triagedesk.platform.Language;
import org.triagedesk.platform.StageTimer;

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
        long started = System.nanoTime();
        TriageRequest request = TriageRequestJson.read(JsonBody.object(body),
                Language.ofAcceptLanguage(acceptLanguage).orElse(null));
        StageTimer.start();
        long engineStarted = System.nanoTime();
        TriageResult result;
        Map<String, Long> stages;
        try {
            result = triage.triage(request);
        } finally {
            stages = new LinkedHashMap<>(StageTimer.finish());
        }
        long engine = System.nanoTime() - engineStarted;
        String json = TriageResultJson.write(result).toString();
        stages.put("engine", engine);
        stages.put("app", System.nanoTime() - started);
        return Response.ok(json)
                .header(HttpHeaders.CONTENT_LANGUAGE, request.answerLanguage().code())
                .header("Server-Timing", StageTimer.header(stages))
                .build();
    }
}
