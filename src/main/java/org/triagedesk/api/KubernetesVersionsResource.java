package org.triagedesk.api;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
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
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

import org.triagedesk.accounts.entity.Role;
import org.triagedesk.eligibility.boundary.Catalogs;
import org.triagedesk.eligibility.entity.CatalogImport;
import org.triagedesk.eligibility.entity.CatalogImportFormatException;
import org.triagedesk.eligibility.entity.KubernetesMinor;
import org.triagedesk.eligibility.entity.KubernetesVersion;
import org.triagedesk.eligibility.entity.PolicyCatalog;
import org.triagedesk.eligibility.entity.VersionLifecycle;
import org.triagedesk.kernel.validation.Constraints;
import org.triagedesk.platform.Jsons;

/**
 * The Kubernetes minors the support window is judged against. Anyone signed in reads; KB maintainers change.
 * <p>
 * Over 150 lines: the catalog's seven endpoints (list, one, save, delete, catalog import preview and apply, the
 * import log) with their query and body reading; the rules they check are the entity's constraints
 * (RemovedAfterRelease).
 */
@Path("kubernetes-versions")
@Produces(ApiError.JSON)
@RolesAllowed({Role.ENGINEER_NAME, Role.KB_MAINTAINER_NAME, Role.ADMIN_NAME})
public class KubernetesVersionsResource {

    @Inject
    Catalogs catalogs;

    @Inject
    Clock clock;

    /**
     * Every catalogued minor, oldest first, each with its {@code status} on {@code asOf} (default today) and whether the
     * catalog as a whole was {@code stale} that day (no minor inside its window: see {@code GET …/status}).
     */
    @GET
    public String list(@QueryParam("asOf") String asOfText) {
        LocalDate asOf = asOf(asOfText);
        PolicyCatalog catalog = catalogs.current();
        boolean stale = catalog.staleOn(asOf);
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        catalogs.versions().forEach(v -> list.add(json(v).add("status", v.lifecycle().statusOn(asOf).name()).add("stale", stale)));
        return list.build().toString();
    }

    /**
     * The catalog on a day: whether it is out of date ({@code stale}: its newest minor was released and yet no minor
     * is inside its support window), the minors supported that day, and the newest one released by then.
     */
    @GET
    @Path("status")
    public String status(@QueryParam("asOf") String asOfText) {
        LocalDate asOf = asOf(asOfText);
        PolicyCatalog catalog = catalogs.current();
        JsonObjectBuilder json = Jsons.createObjectBuilder()
                .add("asOf", asOf.toString())
                .add("stale", catalog.staleOn(asOf))
                .add("supportedOn", Jsons.createArrayBuilder(catalog.supportedOn(asOf).stream().map(String::valueOf).toList()));
        catalog.newestReleasedBy(asOf).ifPresentOrElse(n -> json.add("newestMinor", n.minor().toString()).add("newestSupportEnds", n.endOfWindow().toString()),
                () -> json.add("newestMinor", JsonValue.NULL).add("newestSupportEnds", JsonValue.NULL));
        return json.build().toString();
    }

    /**
     * Reads a pasted "AKS Arc Kubernetes release calendar" table (Markdown or copied from the page) or the output of
     * {@code az aksarc get-versions}, and answers what it found beside the catalog (new, changed, unchanged). With
     * {@code apply=true} it applies every new and changed minor in one transaction and records the import.
     * The body is the pasted text ({@code text/plain}) or {@code {"text": "…"}}.
     */
    @POST
    @Path("import")
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_JSON})
    @RolesAllowed({Role.KB_MAINTAINER_NAME, Role.ADMIN_NAME})
    public String importCatalog(@QueryParam("apply") String apply, @Context HttpHeaders headers, byte[] body,
            @Context SecurityContext caller) {
        String text;
        if (MediaType.APPLICATION_JSON_TYPE.isCompatible(headers.getMediaType())) {
            JsonObject json = JsonBody.object(body);
            JsonInput in = new JsonInput();
            text = in.string(json, "text", "text", CatalogImport.MAX_SOURCE);
            if (text == null && in.valid()) {
                in.invalid("text", "is required: the pasted release calendar or az aksarc get-versions output");
            }
            in.check();
        } else {
            text = new String(body, StandardCharsets.UTF_8);
            if (text.length() > CatalogImport.MAX_SOURCE) {
                throw InvalidRequestException.of("text", "is longer than " + CatalogImport.MAX_SOURCE + " characters");
            }
        }
        boolean applying = flag("apply", apply);
        try {
            if (applying) {
                Catalogs.AppliedImport applied = catalogs.applyImport(text, caller.getUserPrincipal().getName());
                return CatalogImportJson.of(applied.plan(), true, applied.id()).toString();
            }
            return CatalogImportJson.of(catalogs.previewImport(text), false, null).toString();
        } catch (CatalogImportFormatException e) {
            throw InvalidRequestException.of("text", e.getMessage());
        }
    }

    /** The imports applied so far, newest first: who, when, from what, and what changed. */
    @GET
    @Path("imports")
    public String imports() {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        catalogs.imports(100).forEach(i -> list.add(Jsons.createObjectBuilder()
                .add("id", i.id()).add("format", i.format()).add("importedAt", i.imported().at().toString())
                .add("importedBy", i.imported().by()).add("added", i.added()).add("changed", i.changed())
                .add("unchanged", i.unchanged()).add("summary", i.summary())));
        return list.build().toString();
    }

    @GET
    @Path("{minor}")
    public String one(@PathParam("minor") String minor) {
        return catalogs.version(minor(minor)).map(v -> json(v).build().toString())
                .orElseThrow(() -> new NotFoundException());
    }

    @PUT
    @Path("{minor}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Role.KB_MAINTAINER_NAME, Role.ADMIN_NAME})
    public Response save(@PathParam("minor") String path, byte[] body, @Context SecurityContext caller, @Context UriInfo uri) {
        KubernetesMinor minor = minor(path);
        CatalogRowPut<KubernetesVersion> put = new CatalogRowPut<>(body, catalogs.version(minor));
        JsonInput in = put.in();
        put.keyMatchesPath("minor", 16, named -> KubernetesMinor.parse(named).map(minor::equals).orElse(false), minor);
        LocalDate release = in.date(put.json(), "releaseDate", "releaseDate");
        if (release == null && in.valid()) {
            in.invalid("releaseDate", "is required");
        }
        LocalDate removal = put.sentOrKept("removalDate", () -> in.date(put.json(), "removalDate", "removalDate"),
                v -> v.lifecycle().removalDate());
        String note = put.note(KubernetesVersion::note);
        in.check(Constraints.check(new VersionLifecycle(minor, release, removal), Locale.ENGLISH));
        boolean created = catalogs.saveVersion(minor, release, removal, note, caller.getUserPrincipal().getName());
        return CatalogRowPut.saved(created, catalogs.version(minor).map(v -> json(v).build().toString()).orElseThrow(), uri);
    }

    @DELETE
    @Path("{minor}")
    @RolesAllowed({Role.KB_MAINTAINER_NAME, Role.ADMIN_NAME})
    public Response delete(@PathParam("minor") String minor) {
        if (!catalogs.deleteVersion(minor(minor))) {
            throw new NotFoundException();
        }
        return Response.noContent().build();
    }

    private LocalDate asOf(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(clock);
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw InvalidRequestException.of("asOf", "must be a date such as 2026-12-03, not \"" + text + "\"");
        }
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

    private static KubernetesMinor minor(String text) {
        if (!text.matches(KubernetesMinor.KEY_PATTERN)) {
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
