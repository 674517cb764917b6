package org.triagedesk.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.triagedesk.accounts.entity.Role;
import org.triagedesk.cases.boundary.CaseIntake;
import org.triagedesk.cases.boundary.CaseLifecycle;
import org.triagedesk.cases.boundary.Cases;
import org.triagedesk.cases.entity.CaseFilter;
import org.triagedesk.cases.entity.CaseListing;
import org.triagedesk.cases.entity.CaseStatus;
import org.triagedesk.cases.entity.Severity;
import org.triagedesk.cases.entity.SupportCase;
import org.triagedesk.cases.entity.TriageRequest;
import org.triagedesk.eligibility.entity.Verdict;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.platform.Jsons;
import org.triagedesk.platform.Language;

/**
 * The engineers' cases: file, read, list and search, move through the life cycle, correct the area, read the history.
 * Over 150 lines: one resource for the paths under {@code /cases} of spec/api.md, each method a few lines of
 * reading the request and calling {@code CaseIntake}, {@code CaseLifecycle} or {@code Cases}.
 */
@Path("cases")
@Produces(ApiError.JSON)
@RolesAllowed({Role.ENGINEER_NAME, Role.ADMIN_NAME})
public class CasesResource {

    /** As for known issues: a search longer than this is not a search. */
    static final int MAX_QUERY = 2_000;


    @Inject
    Cases cases;

    @Inject
    CaseIntake intake;

    @Inject
    CaseLifecycle lifecycle;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(byte[] body, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage, @Context SecurityContext caller,
            @Context UriInfo uri) {
        JsonObject json = JsonBody.object(body);
        JsonInput in = new JsonInput();
        String customer = in.string(json, "customer", "customer", 200);
        Severity severity = in.code(json, "severity", "severity", Severity.class);
        if (severity == null && (json.get("severity") == null || json.get("severity") == JsonValue.NULL)) {
            in.invalid("severity", "is required: A, B or C");
        }
        TriageRequest request;
        try {
            request = TriageRequestJson.read(json, Language.ofAcceptLanguage(acceptLanguage).orElse(null));
        } catch (InvalidRequestException e) {
            e.violations().forEach(v -> in.invalid(v.field(), v.message()));
            request = null;
        }
        in.check();
        SupportCase filed = intake.file(request, customer, severity, caller.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(filed.reference().toString()).build())
                .entity(CaseJson.full(filed).build().toString()).build();
    }

    @GET
    @Path("{reference}")
    public String one(@PathParam("reference") String reference) {
        return cases.find(reference).map(c -> CaseJson.full(c).build().toString()).orElseThrow(NotFoundException::new);
    }

    @GET
    @Path("{reference}/history")
    public String history(@PathParam("reference") String reference) {
        SupportCase c = cases.find(reference).orElseThrow(NotFoundException::new);
        return CaseJson.history(cases.history(c)).build().toString();
    }

    /** Newest first; the total is in {@code X-Total-Count}. */
    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("area") String area, @QueryParam("verdict") String verdict,
            @QueryParam("severity") String severity, @QueryParam("q") String q, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        JsonInput in = new JsonInput();
        CaseFilter filter = new CaseFilter(code(in, "status", status, CaseStatus.class), code(in, "area", area, CoverageArea.class),
                code(in, "verdict", verdict, Verdict.class), code(in, "severity", severity, Severity.class), q);
        int p = QueryNumbers.read(in, "page", page, 0, 0, 100_000);
        int s = QueryNumbers.read(in, "size", size, 20, 1, 100);
        if (q != null && q.length() > MAX_QUERY) {
            in.invalid("q", "must be at most " + MAX_QUERY + " characters");
        }
        in.check();
        CaseListing result = cases.list(filter, p, s);
        JsonArrayBuilder items = Jsons.createArrayBuilder();
        result.cases().forEach(c -> items.add(CaseJson.summary(c)));
        return Response.ok(items.build().toString()).header("X-Total-Count", result.total())
                .header("X-Total-Count-Exact", result.exact()).build();
    }

    @PUT
    @Path("{reference}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    public String status(@PathParam("reference") String reference, byte[] body, @Context SecurityContext caller) {
        JsonObject json = JsonBody.object(body);
        JsonInput in = new JsonInput();
        CaseStatus status = in.code(json, "status", "status", CaseStatus.class);
        if (status == null && in.valid()) {
            in.invalid("status", "is required; one of " + List.of(CaseStatus.values()));
        }
        Long version = version(in, json);
        in.check();
        return lifecycle.moveTo(reference, status, version, caller.getUserPrincipal().getName())
                .map(c -> CaseJson.full(c).build().toString()).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{reference}/area")
    @Consumes(MediaType.APPLICATION_JSON)
    public String area(@PathParam("reference") String reference, byte[] body, @Context SecurityContext caller) {
        JsonObject json = JsonBody.object(body);
        JsonInput in = new JsonInput();
        CoverageArea area = in.code(json, "area", "area", CoverageArea.class);
        if (area == null && in.valid()) {
            in.invalid("area", "is required; one of " + List.of(CoverageArea.values()));
        }
        String reason = in.string(json, "reason", "reason", 2000);
        if (reason == null || reason.isBlank()) {
            in.invalid("reason", "is required: say why the area is wrong");
        }
        Long version = version(in, json);
        in.check();
        return lifecycle.correctArea(reference, area, reason.strip(), version, caller.getUserPrincipal().getName())
                .map(c -> CaseJson.full(c).build().toString()).orElseThrow(NotFoundException::new);
    }

    private static Long version(JsonInput in, JsonObject json) {
        Long version = in.number(json, "version", "version");
        if (version == null && (json.get("version") == null || json.get("version") == JsonValue.NULL)) {
            in.invalid("version", "is required: the version you read, for optimistic locking");
        }
        return version;
    }

    private static <E extends Enum<E>> String code(JsonInput in, String name, String value, Class<E> type) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip()).name();
        } catch (IllegalArgumentException e) {
            return in.invalid(name, "unknown code \"" + value + "\"; one of " + List.of(type.getEnumConstants()));
        }
    }
}
