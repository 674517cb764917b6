package org.triagedesk.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;

import org.triagedesk.accounts.entity.Role;
import org.triagedesk.knowledgebase.boundary.KnowledgeBaseLoader;
import org.triagedesk.knowledgebase.entity.LoadReport;
import org.triagedesk.platform.Jsons;
import org.triagedesk.platform.Language;
import org.triagedesk.platform.SearchIndexes;

/** The kb/ folder: an admin reloads it without a restart; maintainers read the last load report. */
@Path("kb")
@Produces(ApiError.JSON)
public class KnowledgeBaseResource {

    @Inject
    KnowledgeBaseLoader loader;

    @Inject
    SearchIndexes indexes;

    /** Rebuilds every search index from the database; answers the counts and the time it took. */
    @POST
    @Path("reindex")
    @RolesAllowed(Role.ADMIN_NAME)
    public String reindex() {
        SearchIndexes.Rebuild rebuild = indexes.rebuild();
        return Jsons.createObjectBuilder().add("knownIssues", rebuild.of("KnownIssue")).add("examples", rebuild.of("LabelledExample"))
                .add("cases", rebuild.of("SupportCase")).add("millis", rebuild.millis())
                .add("documentsPerSecond", Math.round(rebuild.documentsPerSecond())).build().toString();
    }

    @POST
    @Path("reload")
    @RolesAllowed(Role.ADMIN_NAME)
    public String reload() {
        return json(loader.reload()).toString();
    }

    @GET
    @Path("report")
    @RolesAllowed({Role.KB_MAINTAINER_NAME, Role.ADMIN_NAME})
    public String report() {
        LoadReport report = loader.lastReport();
        if (report == null) {
            throw new NotFoundException();
        }
        return json(report).toString();
    }

    static JsonObject json(LoadReport report) {
        JsonArrayBuilder problems = Jsons.createArrayBuilder();
        // "message" stays the English text it always was; code, arguments and messages are for clients that word it themselves
        report.problems().forEach(p -> problems.add(Jsons.createObjectBuilder().add("file", p.file()).add("line", p.line())
                .add("message", p.message()).add("code", p.code()).add("arguments", Jsons.createArrayBuilder(p.arguments()))
                .add("messages", Jsons.createObjectBuilder().add("en", p.message(Language.EN)).add("ja", p.message(Language.JA)))));
        return Jsons.createObjectBuilder()
                .add("directory", report.directory())
                .add("at", report.at().toString())
                .add("files", report.files())
                .add("created", report.created())
                .add("updated", report.updated())
                .add("unchanged", report.unchanged())
                .add("retired", report.retired())
                .add("templates", report.templates())
                .add("problems", problems)
                .add("examples", report.examples())
                .add("glossaryConcepts", report.glossaryConcepts())
                .add("likelyDuplicates", duplicates(report))
                .add("millis", report.millis())
                .build();
    }

    private static JsonArrayBuilder duplicates(LoadReport report) {
        JsonArrayBuilder list = Jsons.createArrayBuilder();
        report.likelyDuplicates().forEach(p -> list.add(Jsons.createObjectBuilder().add("key", p.key())
                .add("duplicateOf", p.duplicate().key()).add("why", p.duplicate().why()).add("similarity", p.duplicate().similarity())));
        return list;
    }
}
