package org.triagedesk.cases.boundary;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.triagedesk.platform.TriageSettings;

/** Evidence too large for a database row, kept as UTF-8 files under {@code TRIAGE_DATA_DIR/evidence/<case id>/}. */
final class EvidenceFiles {

    private EvidenceFiles() {
    }

    static Path write(long caseId, String text) {
        try {
            Path folder = root().resolve(String.valueOf(caseId));
            Files.createDirectories(folder);
            Path file = folder.resolve(UUID.randomUUID() + ".txt");
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store evidence", e);
        }
    }

    static String relative(Path file) {
        return root().relativize(file).toString().replace('\\', '/');
    }

    static String read(String relative) {
        try {
            Path file = root().resolve(relative).normalize();
            if (!file.startsWith(root())) {
                throw new IllegalStateException("evidence path outside the evidence folder: " + relative);
            }
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read evidence " + relative, e);
        }
    }

    private static Path root() {
        return TriageSettings.dataDirectory().resolve("evidence");
    }
}
