package org.triagedesk.api;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

import org.triagedesk.accounts.entity.Role;
import org.triagedesk.cases.boundary.CaseUploads;
import org.triagedesk.cases.boundary.Cases;
import org.triagedesk.cases.boundary.EvidenceUploads;
import org.triagedesk.kernel.Evidence;
import org.triagedesk.platform.Jsons;

/**
 * Evidence of a case: upload text files and support bundles (multipart/form-data, any field name),
 * and download what was kept. Every file of an upload is read before anything is stored, so an
 * upload past a limit stores nothing.
 */
@Path("cases/{reference}/evidence")
@RolesAllowed({Role.ENGINEER_NAME, Role.ADMIN_NAME})
public class EvidenceResource {

    @Inject
    Cases cases;

    @Inject
    CaseUploads caseUploads;

    @Inject
    EvidenceUploads uploads;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(ApiError.JSON)
    public Response upload(@PathParam("reference") String reference, List<EntityPart> parts, @Context SecurityContext caller) {
        cases.find(reference).orElseThrow(NotFoundException::new); // an unknown case is 404 before the upload is read
        List<EvidenceUploads.Part> upload = new ArrayList<>();
        for (EntityPart part : parts == null ? List.<EntityPart>of() : parts) {
            upload.add(new EvidenceUploads.Part(part.getFileName().orElse(part.getName()), part::getContent));
        }
        EvidenceUploads.Read read;
        try {
            read = uploads.read(upload);
        } catch (EvidenceUploads.UnreadableUploadException e) {
            throw e.tooLarge() ? new WebApplicationException(ApiError.response(413, "Payload Too Large", e.part(), e.getMessage()))
                    : InvalidRequestException.of(e.part(), e.getMessage());
        }
        List<Evidence> files = read.files();
        List<String> skipped = read.skipped();
        if (files.isEmpty()) {
            throw InvalidRequestException.of("file", skipped.isEmpty() ? "send at least one file as multipart/form-data"
                    : "no text file in the upload; skipped: " + skipped);
        }
        CaseUploads.EvidenceAdded result = caseUploads.add(reference, files, skipped, caller.getUserPrincipal().getName())
                .orElseThrow(NotFoundException::new);
        JsonArrayBuilder added = Jsons.createArrayBuilder();
        result.added().forEach(e -> added.add(Jsons.createObjectBuilder().add("id", e.id()).add("name", e.name())
                .add("sizeBytes", e.sizeBytes()).add("truncatedInRow", e.truncated())));
        CaseUploads.Changes changes = result.changes();
        return Response.status(201).entity(Jsons.createObjectBuilder()
                .add("reference", reference)
                .add("added", added)
                .add("skipped", Jsons.createArrayBuilder(result.skipped()))
                .add("changes", Jsons.createObjectBuilder()
                        .add("newFindings", Jsons.createArrayBuilder(changes.newFindings()))
                        .add("areaBefore", changes.areaBefore() == null ? JsonValue.NULL : Jsons.createValue(changes.areaBefore()))
                        .add("areaAfter", changes.areaAfter() == null ? JsonValue.NULL : Jsons.createValue(changes.areaAfter()))
                        .add("newKnownIssues", Jsons.createArrayBuilder(changes.newKnownIssues())))
                .add("case", CaseJson.full(result.supportCase()))
                .build().toString()).type(ApiError.JSON).build();
    }

    @GET
    @Path("{id}")
    @Produces("text/plain;charset=UTF-8")
    public Response download(@PathParam("reference") String reference, @PathParam("id") long id) {
        var item = cases.evidence(reference, id).orElseThrow(NotFoundException::new);
        String text = cases.evidenceText(reference, id).orElseThrow(NotFoundException::new);
        String file = item.name().replaceAll("[^A-Za-z0-9._-]", "_");
        return Response.ok(text).header("Content-Disposition", "attachment; filename=\"" + file + "\"").build();
    }
}
