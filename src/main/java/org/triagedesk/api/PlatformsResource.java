package org.triagedesk.api;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
        CatalogRowPut<HostPlatform> put = new CatalogRowPut<>(body, catalogs.platform(code));
        JsonInput in = put.in();
        put.keyMatchesPath("code", 64, code::equals, code);
        String name = put.sentOrKept("name", () -> in.string(put.json(), "name", "name", 200), p -> p.lifecycle().name());
        LocalDate endOfSupport = put.sentOrKept("endOfSupport", () -> in.date(put.json(), "endOfSupport", "endOfSupport"),
                p -> p.lifecycle().endOfSupport());
        String note = put.note(HostPlatform::note);
        in.check();
        boolean created = catalogs.savePlatform(code, name, endOfSupport, note, caller.getUserPrincipal().getName());
        return CatalogRowPut.saved(created, catalogs.platform(code).map(p -> json(p).build().toString()).orElseThrow(), uri);
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
        if (!text.matches(HostPlatform.CODE_PATTERN)) {
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
