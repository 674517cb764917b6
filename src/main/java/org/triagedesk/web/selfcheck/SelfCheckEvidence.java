package org.triagedesk.web.selfcheck;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

import org.primefaces.model.file.UploadedFile;
import org.primefaces.model.file.UploadedFiles;
import org.triagedesk.cases.boundary.EvidenceUploads;
import org.triagedesk.kernel.Evidence;
import org.triagedesk.web.PageTexts;

/**
 * The files a visitor uploaded to the self-check, read through {@link EvidenceUploads}: the text
 * files found (kept for the next check until removed) and what was left out. A bundle that is
 * unsafe or too large is refused as a whole, with a message on the upload field.
 */
public class SelfCheckEvidence implements Serializable {

    private static final long serialVersionUID = 1L;
    static final String FIELD = "selfCheck:files";
    /**
     * What one visitor may hold in their session for re-checks: 8 Mi characters of text. Engineers'
     * cases take whole bundles; an anonymous page must not let anyone park 200 MiB per session.
     */
    static final long MAX_CHARS = 8L * 1024 * 1024;

    private transient List<Evidence> files = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    /** Reads the newly uploaded files; false, with a message, when they cannot be read. */
    boolean read(EvidenceUploads uploads, UploadedFiles uploaded, PageTexts texts) {
        if (uploaded == null || uploaded.getFiles() == null || uploaded.getFiles().isEmpty()) {
            return true;
        }
        List<EvidenceUploads.Part> parts = uploaded.getFiles().stream()
                .filter(f -> f.getFileName() != null && !f.getFileName().isBlank())
                .map(SelfCheckEvidence::part).toList();
        try {
            EvidenceUploads.Read read = uploads.read(parts);
            long held = files().stream().mapToLong(f -> f.content().length()).sum()
                    + read.files().stream().mapToLong(f -> f.content().length()).sum();
            if (held > MAX_CHARS) {
                FacesContext.getCurrentInstance().addMessage(FIELD, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                        texts.get("sc", "error.selfCheckLimit", texts.get("sc", "field.files")), null));
                return false;
            }
            files().addAll(read.files());
            skipped.addAll(read.skipped());
            return true;
        } catch (EvidenceUploads.UnreadableUploadException e) {
            String field = texts.get("sc", "field.files");
            String text = e.tooLarge() ? texts.get("sc", "error.uploadTooLarge", field, e.part())
                    : texts.get("sc", "error.uploadUnsafe", field, e.part());
            FacesContext.getCurrentInstance().addMessage(FIELD, new FacesMessage(FacesMessage.SEVERITY_ERROR, text, null));
            return false;
        }
    }

    private static EvidenceUploads.Part part(UploadedFile file) {
        return new EvidenceUploads.Part(file.getFileName(), file::getInputStream);
    }

    void clear() {
        files().clear();
        skipped.clear();
    }

    public List<Evidence> files() {
        if (files == null) {
            files = new ArrayList<>();
        }
        return files;
    }

    public List<Evidence> getFiles() {
        return files();
    }

    public List<String> getSkipped() {
        return skipped;
    }

    public boolean isEmpty() {
        return files().isEmpty() && skipped.isEmpty();
    }
}
