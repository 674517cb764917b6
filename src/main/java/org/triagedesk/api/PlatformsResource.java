package org.triagedesk.api;

import java.net.URI;
import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
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
import org.triagedesk.eligibility.entity.HostPlatform;
import org.triagedesk.eligibility.entity.PlatformLifecycle;
import org.triagedesk.platform.Jsons;

/** Host platforms AKS Arc is supported on, with their end of support. Anyone signed in reads; KB maintainers change. */
@Path("platforms")
@Produces(ApiError.JSON)
@RolesAllowed({Role.ENGINEER_NAME, Role.KB_MAINTAINER_NAME, Role.ADMIN_NAME})
public class PlatformsResource {

    @Inject
    Catalogs catalogs;

    @GET
    public String list() {
        return Jsons.arrayOf(catalogs.platforms(), PlatformsResource::json).build().toString();
    }

    @GET
    @Path("{code}")
    public String one(@PathParam("code") String code) {
        return catalogs.platform(code(code)).map(p -> json(p).build().toString()).orElseThrow(NotFoundException::new);
    }

    @PUT
    @Path("{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.KB_MAINTAINER_NAME, Role.ADMIN_NAME})
    public Response save(@PathParam("code") String path, byte[] body, @Context SecurityContext caller, @Context UriInfo uri) {
        String code = code(path);
        JsonObject json = JsonBody.object(body);
        JsonInput in = new JsonInput();
        String named = in.string(json, "code", "code", 64);
        if (named != null && !named.equals(code)) {
            in.invalid("code", "must match the path (" + code + "), not \"" + named + "\"");
        }
        // A field left out keeps its current value; one sent as null clears it.
        var current = catalogs.platform(code).map(HostPlatform::lifecycle);
        String name = json.containsKey("name") ? in.string(json, "name", "name", 200) : current.map(PlatformLifecycle::name).orElse(null);
        LocalDate endOfSupport = json.containsKey("endOfSupport") ? in.date(json, "endOfSupport", "endOfSupport")
                : current.map(PlatformLifecycle::endOfSupport).orElse(null);
        String note = json.containsKey("note") ? in.string(json, "note", "note", 500)
                : catalogs.platform(code).map(HostPlatform::note).orElse(null);
        in.check();
        boolean created = catalogs.savePlatform(code, name, endOfSupport, note, caller.getUserPrincipal().getName());
        String answer = catalogs.platform(code).map(p -> json(p).build().toString()).orElseThrow();
        return created ? Response.created(URI.create(uri.getAbsolutePath().toString())).entity(answer).build()
                : Response.ok(answer).build();
    }

    @DELETE
    @Path("{code}")
    @RolesAllowed({Role.KB_MAINTAINER_NAME, Role.ADMIN_NAME})
    public Response delete(@PathParam("code") String code) {
        if (!catalogs.deletePlatform(code(code))) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    private static String code(String text) {
        if (!text.matches("[A-Z][A-Z0-9_]{1,63}")) {
            throw InvalidRequestException.of("code", "must be an upper-case code such as WINDOWS_SERVER_2022, not \"" + text + "\"");
        }
        return text;
    }

    private static JsonObjectBuilder json(HostPlatform platform) {
        PlatformLifecycle p = platform.lifecycle();
        return Jsons.createObjectBuilder()
                .add("code", p.code())
                .add("name", p.name())
                .add("endOfSupport", p.endOfSupport() == null ? JsonValue.NULL : Jsons.createValue(p.endOfSupport().toString()))
                .add("note", platform.note() == null ? JsonValue.NULL : Jsons.createValue(platform.note()))
                .add("updatedAt", platform.updatedAt() == null ? JsonValue.NULL : Jsons.createValue(platform.updatedAt().toString()))
                .add("updatedBy", platform.updatedBy() == null ? JsonValue.NULL : Jsons.createValue(platform.updatedBy()));
    }
}
