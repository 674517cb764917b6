package org.triagedesk.api;

import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.triagedesk.accounts.entity.Role;
import org.triagedesk.eligibility.boundary.Catalogs;
import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.eligibility.entity.KubernetesVersion;
import org.triagedesk.eligibility.entity.VersionLifecycle;
import org.triagedesk.platform.Jsons;

/** The Kubernetes minors the support window is judged against. Anyone signed in reads; KB maintainers change. */
@Path("kubernetes-versions")
@Produces(ApiError.JSON)
@RolesAllowed({Role.ENGINEER_NAME, Role.KB_MAINTAINER_NAME, Role.ADMIN_NAME})
public class KubernetesVersionsResource {

    @Inject
    Catalogs catalogs;

    @GET
    public String list() {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        catalogs.versions().forEach(v -> list.add(json(v)));
        return list.build().toString();
    }

    @GET
    @Path("{minor}")
    public String one(@PathParam("minor") String minor) {
        return catalogs.version(minor(minor)).map(v -> json(v).build().toString())
                .orElseThrow(() -> new jakarta.ws.rs.NotFoundException());
    }

    @PUT
    @Path("{minor}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.KB_MAINTAINER_NAME, Role.ADMIN_NAME})
    public Response save(@PathParam("minor") String path, byte[] body, @Context SecurityContext caller, @Context UriInfo uri) {
        KubernetesMinor minor = minor(path);
        JsonObject json = JsonInput.object(body);
        JsonInput in = new JsonInput();
        String named = in.string(json, "minor", "minor", 16);
        if (named != null && !KubernetesMinor.parse(named).map(minor::equals).orElse(false)) {
            in.invalid("minor", "must match the path (" + minor + "), not \"" + named + "\"");
        }
        LocalDate release = in.date(json, "releaseDate", "releaseDate");
        if (release == null && in.valid()) {
            in.invalid("releaseDate", "is required");
        }
        // A field left out keeps its current value; one sent as null clears it.
        var current = catalogs.version(minor);
        LocalDate removal = json.containsKey("removalDate") ? in.date(json, "removalDate", "removalDate")
                : current.map(v -> v.lifecycle().removalDate()).orElse(null);
        if (release != null && removal != null && !removal.isAfter(release)) {
            in.invalid("removalDate", "must be after releaseDate");
        }
        String note = json.containsKey("note") ? in.string(json, "note", "note", 500)
                : current.map(KubernetesVersion::note).orElse(null);
        in.check();
        boolean created = catalogs.saveVersion(minor, release, removal, note, caller.getUserPrincipal().getName());
        String answer = catalogs.version(minor).map(v -> json(v).build().toString()).orElseThrow();
        return created ? Response.created(URI.create(uri.getAbsolutePath().toString())).entity(answer).build()
                : Response.ok(answer).build();
    }

    @DELETE
    @Path("{minor}")
    @RolesAllowed({Role.KB_MAINTAINER_NAME, Role.ADMIN_NAME})
    public Response delete(@PathParam("minor") String minor) {
        if (!catalogs.deleteVersion(minor(minor))) {
            throw new jakarta.ws.rs.NotFoundException();
        }
        return Response.noContent().build();
    }

    private static KubernetesMinor minor(String text) {
        if (!text.matches("\\d{1,3}\\.\\d{1,3}")) {
            throw InvalidRequestException.of("minor", "must be a minor version such as 1.29, not \"" + text + "\"");
        }
        return KubernetesMinor.of(text);
    }

    private static JsonObjectBuilder json(KubernetesVersion version) {
        VersionLifecycle v = version.lifecycle();
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("minor", v.minor().toString())
                .add("releaseDate", v.releaseDate().toString())
                .add("supportEnds", v.endOfWindow().toString());
        json.add("removalDate", v.removalDate() == null ? JsonValue.NULL : Jsons.createValue(v.removalDate().toString()));
        json.add("note", version.note() == null ? JsonValue.NULL : Jsons.createValue(version.note()));
        json.add("updatedAt", version.updatedAt() == null ? JsonValue.NULL : Jsons.createValue(version.updatedAt().toString()));
        json.add("updatedBy", version.updatedBy() == null ? JsonValue.NULL : Jsons.createValue(version.updatedBy()));
        return json;
    }
}
