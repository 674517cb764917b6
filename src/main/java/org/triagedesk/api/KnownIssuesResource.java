package org.triagedesk.api;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.triagedesk.accounts.entity.Role;
import org.triagedesk.kernel.CoverageArea;
import org.triagedesk.knowledgebase.boundary.KnowledgeBase;
import org.triagedesk.knowledgebase.entity.KnownIssue;
import org.triagedesk.knowledgebase.entity.KnownIssueContent;
import org.triagedesk.knowledgebase.entity.KnownIssueHits;
import org.triagedesk.knowledgebase.entity.KnownIssueStatus;
import org.triagedesk.knowledgebase.entity.LikelyDuplicate;
import org.triagedesk.platform.ErrorBody;
import org.triagedesk.platform.Jsons;
import org.triagedesk.platform.Violation;

/**
 * The known issues: engineers read and search them, KB maintainers create, revise (with the
 * {@code version} they read) and delete them. A change is searchable by the very next triage.
 */
@Path("known-issues")
@Produces(ApiError.JSON)
@RolesAllowed({Role.ENGINEER_NAME, Role.KB_MAINTAINER_NAME, Role.ADMIN_NAME})
public class KnownIssuesResource {

    static final int MAX_SIZE = 100;

    @Inject
    KnowledgeBase knowledgeBase;

    /** Best first; the total number of hits is in {@code X-Total-Count}. */
    @GET
    public Response search(@QueryParam("q") String q, @QueryParam("area") String area, @QueryParam("status") String status,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        JsonInput in = new JsonInput();
        CoverageArea coverage = area == null || area.isBlank() ? null : CoverageArea.of(area).orElseGet(() -> in.invalid("area",
                "unknown coverage area \"" + area + "\"; one of " + List.of(CoverageArea.values())));
        KnownIssueStatus state = null;
        if (status != null && !status.isBlank()) {
            try {
                state = KnownIssueStatus.valueOf(status);
            } catch (IllegalArgumentException e) {
                in.invalid("status", "unknown status \"" + status + "\"; one of " + List.of(KnownIssueStatus.values()));
            }
        }
        int p = QueryNumbers.read(in, "page", page, 0, 0, 100_000);
        int s = QueryNumbers.read(in, "size", size, 20, 1, MAX_SIZE);
        if (q != null && q.length() > 2000) {
            in.invalid("q", "must be at most 2000 characters");
        }
        in.check();
        KnownIssueHits result = knowledgeBase.search(q, coverage, state, p, s);
        JsonArrayBuilder items = Jsons.createArrayBuilder();
        result.hits().forEach(hit -> items.add(KnownIssueJson.write(hit.issue()).add("score", hit.score())));
        return Response.ok(items.build().toString()).header("X-Total-Count", result.total())
                .header("X-Total-Count-Exact", result.exact()).build();
    }

    @GET
    @Path("{key}")
    public String one(@PathParam("key") String key) {
        return knowledgeBase.find(key).map(i -> KnownIssueJson.write(i).build().toString()).orElseThrow(NotFoundException::new);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.KB_MAINTAINER_NAME, Role.ADMIN_NAME})
    public Response create(byte[] body, @QueryParam("rejectDuplicates") String rejectDuplicates, @Context SecurityContext caller,
            @Context UriInfo uri) {
        JsonObject json = JsonBody.object(body);
        JsonInput in = new JsonInput();
        String key = KnownIssueJson.key(in, json);
        KnownIssueContent content = KnownIssueJson.content(in, json);
        boolean reject = flag("rejectDuplicates", rejectDuplicates);
        List<LikelyDuplicate> duplicates = knowledgeBase.likelyDuplicates(key, content);
        if (reject && !duplicates.isEmpty()) {
            Violation duplicate = new Violation("title", "likely a duplicate of " + duplicates.get(0).key() + " ("
                    + duplicates.get(0).why() + "); send it without rejectDuplicates=true to create it anyway");
            return Response.status(409).type(ApiError.JSON).entity(ErrorBody.builder(409, "Conflict", List.of(duplicate))
                    .add("likelyDuplicates", KnownIssueJson.duplicates(duplicates)).build().toString()).build();
        }
        KnownIssue issue = knowledgeBase.create(key, content, caller.getUserPrincipal().getName());
        return Response.created(uri.getAbsolutePathBuilder().path(issue.key()).build())
                .entity(KnownIssueJson.write(issue).add("likelyDuplicates", KnownIssueJson.duplicates(duplicates)).build().toString()).build();
    }

    private static boolean flag(String name, String value) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("false")) {
            return false;
        }
        if (value.equalsIgnoreCase("true")) {
            return true;
        }
        throw InvalidRequestException.of(name, "must be true or false, not \"" + value + "\"");
    }

    @PUT
    @Path("{key}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.KB_MAINTAINER_NAME, Role.ADMIN_NAME})
    public String revise(@PathParam("key") String key, byte[] body, @Context SecurityContext caller) {
        JsonObject json = JsonBody.object(body);
        JsonInput in = new JsonInput();
        Long version = in.number(json, "version", "version");
        if (version == null && (json.get("version") == null || json.get("version") == JsonValue.NULL)) {
            in.invalid("version", "is required: the version you read, for optimistic locking");
        }
        String named = in.string(json, "key", "key", 200);
        if (named != null && !named.equals(key)) {
            in.invalid("key", "must match the path (" + key + ")");
        }
        KnownIssueContent content = KnownIssueJson.content(in, json);
        return knowledgeBase.revise(key, content, version, caller.getUserPrincipal().getName())
                .map(i -> KnownIssueJson.write(i).add("likelyDuplicates", KnownIssueJson.duplicates(knowledgeBase.likelyDuplicates(key, content)))
                        .build().toString())
                .orElseThrow(NotFoundException::new);
    }

    @DELETE
    @Path("{key}")
    @RolesAllowed({Role.KB_MAINTAINER_NAME, Role.ADMIN_NAME})
    public Response delete(@PathParam("key") String key) {
        if (!knowledgeBase.delete(key)) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }
}
