package org.triagedesk.cases.boundary;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.triagedesk.cases.control.EvidenceBundleReader;
import org.triagedesk.cases.control.EvidenceBundleReader.LimitExceededException;
import org.triagedesk.cases.control.EvidenceBundleReader.UnsafeArchiveException;
import org.triagedesk.kernel.Evidence;

/**
 * Turns what a person uploaded (text files, {@code .zip} or {@code .tar.gz} support bundles) into
 * evidence, within the limits on entries, size and compression ratio that hold for the whole upload.
 * Used alike by the API, the public self-check and the case page.
 */
@ApplicationScoped
public class EvidenceUploads {

    /** One uploaded file: its name and a way to open its bytes once. */
    public record Part(String name, Opener content) {
    }

    @FunctionalInterface
    public interface Opener {
        InputStream open() throws IOException;
    }

    /** The text files found, and what was left out with the reason (binary entries, for example). */
    public record Read(List<Evidence> files, List<String> skipped) {
    }

    /** The part that could not be read, with the reason, e.g. a path outside the bundle or a limit passed. */
    public static class UnreadableUploadException extends Exception {
        private final String part;
        private final boolean tooLarge;

        public UnreadableUploadException(String part, String message, boolean tooLarge) {
            super(message);
            this.part = part;
            this.tooLarge = tooLarge;
        }

        public String part() {
            return part;
        }

        public boolean tooLarge() {
            return tooLarge;
        }
    }

    public Read read(List<Part> parts) throws UnreadableUploadException {
        EvidenceBundleReader.Limits limits = EvidenceBundleReader.Limits.DEFAULT;
        EvidenceBundleReader reader = new EvidenceBundleReader(limits);
        List<Evidence> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        long total = 0;
        for (Part part : parts) {
            try (InputStream in = part.content().open()) {
                EvidenceBundleReader.Bundle bundle = reader.read(part.name(), in);
                total += bundle.totalBytes();
                if (total > limits.maxTotalBytes()) {
                    throw new UnreadableUploadException("uncompressed size",
                            "the upload holds more than " + limits.maxTotalBytes() / 1_048_576 + " MiB uncompressed", true);
                }
                files.addAll(bundle.files());
                skipped.addAll(bundle.skipped());
            } catch (LimitExceededException e) {
                throw new UnreadableUploadException(e.limit(), e.getMessage(), true);
            } catch (UnsafeArchiveException e) {
                throw new UnreadableUploadException(part.name(), e.getMessage(), false);
            } catch (IOException e) {
                throw new UnreadableUploadException(part.name(), "cannot be read: " + e.getMessage(), false);
            }
        }
        return new Read(files, skipped);
    }
}
