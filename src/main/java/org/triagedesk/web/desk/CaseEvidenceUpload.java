package org.triagedesk.web.desk;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;

import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.triagedesk.cases.boundary.CaseUploads;
import org.triagedesk.cases.boundary.EvidenceUploads;
import org.triagedesk.web.PageTexts;

/**
 * Evidence uploaded on the case page: text files and support bundles are read within the upload
 * limits, masked, added to the case, and the case is triaged again. What each upload changed (new
 * findings, the area before and after, new known issues, skipped files) is shown until the page is left.
 */
@Named
@ViewScoped
public class CaseEvidenceUpload implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CaseUploads caseUploads;

    @Inject
    EvidenceUploads uploads;

    @Inject
    CaseView caseView;

    @Inject
    SecurityContext security;

    @Inject
    PageTexts texts;

    private final List<CaseUploadResult> results = new ArrayList<>();

    /** One uploaded file (the upload widget sends each chosen file on its own). */
    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        String name = file.getFileName();
        EvidenceUploads.Read read;
        try {
            read = uploads.read(List.of(new EvidenceUploads.Part(name, file::getInputStream)));
        } catch (EvidenceUploads.UnreadableUploadException e) {
            texts.error("desk", e.tooLarge() ? "case.upload.tooLarge" : "case.upload.unsafe", name, e.getMessage());
            return;
        }
        if (read.files().isEmpty()) {
            texts.error("desk", "case.upload.noText", name, String.join("; ", read.skipped()));
            return;
        }
        try {
            CaseUploads.EvidenceAdded added = caseUploads.add(caseView.getReference(), read.files(), read.skipped(),
                    security.getCallerPrincipal().getName()).orElseThrow();
            caseView.reload();
            results.add(0, CaseUploadResult.of(name, added, caseView.getTriage()));
            texts.info("desk", "case.upload.done", added.added().size(), name);
        } catch (EJBException e) {
            if (!CaseFailures.stale(e)) {
                throw e;
            }
            texts.error("desk", "case.stale");
        }
    }

    public List<CaseUploadResult> getResults() {
        return results;
    }
}
