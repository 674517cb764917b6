package org.triagedesk.cases.control;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.apache.commons.compress.archivers.ArchiveEntry;
import org.apache.commons.compress.archivers.ArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveInputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.utils.InputStreamStatistics;
import org.triagedesk.kernel.Evidence;

/**
 * Reads an uploaded evidence file: plain text as it is, a support bundle ({@code .zip}, {@code .tar.gz},
 * {@code .tgz}, as {@code Get-AksHciLogs} writes them) entry by entry. Archives are read defensively:
 * at most {@link Limits#maxEntries()} entries and {@link Limits#maxTotalBytes()} uncompressed in all, no
 * entry that inflates more than {@link Limits#maxRatio()} times its compressed size, no path that
 * leaves the archive; binary entries are skipped and listed.
 * <p>
 * Over 150 lines: the archive formats and the defensive limits (entries, size, ratio, paths) are read together,
 * because each limit must hold across every entry of every format; the exceptions and records it answers with are
 * nested here.
 */
public class EvidenceBundleReader {

    /** The limits an upload is read within. */
    public record Limits(int maxEntries, long maxTotalBytes, long maxRatio) {
        public static final Limits DEFAULT = new Limits(10_000, 200L * 1024 * 1024, 100);
    }

    /** The text files found, and the entries skipped with the reason. */
    public record Bundle(List<Evidence> files, List<String> skipped, long totalBytes) {
    }

    /** Past a limit: {@code limit} names which one. */
    public static class LimitExceededException extends Exception {
        private final String limit;

        public LimitExceededException(String limit, String message) {
            super(message);
            this.limit = limit;
        }

        public String limit() {
            return limit;
        }
    }

    /** An archive that cannot be read safely (path traversal, corrupt data). */
    public static class UnsafeArchiveException extends Exception {
        public UnsafeArchiveException(String message) {
            super(message);
        }
    }

    private static final int SNIFF = 8192;
    private final Limits limits;

    public EvidenceBundleReader(Limits limits) {
        this.limits = limits;
    }

    public Bundle read(String fileName, InputStream upload) throws IOException, LimitExceededException, UnsafeArchiveException {
        String lower = fileName.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".zip")) {
            return archive(new ZipArchiveInputStream(upload), fileName);
        }
        if (lower.endsWith(".tar.gz") || lower.endsWith(".tgz")) {
            GzipCompressorInputStream gzip;
            try {
                gzip = new GzipCompressorInputStream(new BufferedInputStream(upload));
            } catch (IOException e) {
                throw new UnsafeArchiveException(fileName + " is not a readable archive: " + e.getMessage());
            }
            return archive(new TarArchiveInputStream(gzip), fileName, gzip);
        }
        byte[] bytes = limited(upload, limits.maxTotalBytes(), fileName);
        List<String> skipped = new ArrayList<>();
        List<Evidence> files = new ArrayList<>();
        text(bytes).ifPresentOrElse(t -> files.add(new Evidence(fileName, t)), () -> skipped.add(fileName + ": binary, not text"));
        return new Bundle(files, skipped, bytes.length);
    }

    private Bundle archive(ArchiveInputStream<?> in, String fileName) throws IOException, LimitExceededException, UnsafeArchiveException {
        return archive(in, fileName, in);
    }

    /** @param compressed the stream whose byte counts tell how much compressed data an entry took */
    private Bundle archive(ArchiveInputStream<?> in, String fileName, InputStream compressed)
            throws IOException, LimitExceededException, UnsafeArchiveException {
        List<Evidence> files = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        long total = 0;
        int entries = 0;
        try (in) {
            ArchiveEntry entry;
            while ((entry = in.getNextEntry()) != null) {
                if (++entries > limits.maxEntries()) {
                    throw new LimitExceededException("entries", fileName + " has more than " + limits.maxEntries() + " entries");
                }
                String name = safeName(entry.getName());
                if (entry.isDirectory()) {
                    continue;
                }
                if (!in.canReadEntryData(entry)) {
                    skipped.add(name + ": encrypted or unsupported compression");
                    continue;
                }
                long before = compressedCount(compressed);
                byte[] bytes = limited(in, limits.maxTotalBytes() - total, fileName);
                total += bytes.length;
                long used = compressedCount(compressed) - before;
                if (used > 0 && bytes.length > 1024 * 1024 && bytes.length / used > limits.maxRatio()) {
                    throw new LimitExceededException("compression ratio", name + " inflates " + bytes.length / used
                            + " times its compressed size (at most " + limits.maxRatio() + ")");
                }
                String path = name;
                text(bytes).ifPresentOrElse(t -> files.add(new Evidence(path, t)), () -> skipped.add(path + ": binary, not text"));
            }
        } catch (IOException e) {
            if (e.getCause() instanceof LimitExceededException limit) {
                throw limit;
            }
            throw new UnsafeArchiveException(fileName + " is not a readable archive: " + e.getMessage());
        }
        return new Bundle(files, skipped, total);
    }

    /** Compressed bytes read so far, where the stream counts them (zip entries, gzip streams). */
    private static long compressedCount(InputStream in) {
        return in instanceof InputStreamStatistics stats ? stats.getCompressedCount() : -1;
    }

    /** Entry names must stay inside the archive: no absolute paths, no "..", no drive letters. */
    static String safeName(String name) throws UnsafeArchiveException {
        String normal = name.replace('\\', '/');
        if (normal.startsWith("/") || normal.matches("^[A-Za-z]:.*") || List.of(normal.split("/")).contains("..")) {
            throw new UnsafeArchiveException("entry '" + name + "' points outside the archive");
        }
        return normal;
    }

    private byte[] limited(InputStream in, long budget, String fileName) throws IOException, LimitExceededException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int n;
        long read = 0;
        while ((n = in.read(buffer)) > 0) {
            read += n;
            if (read > budget) {
                throw new LimitExceededException("uncompressed size", fileName + " holds more than "
                        + limits.maxTotalBytes() / (1024 * 1024) + " MiB uncompressed");
            }
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    /** UTF-8 (or UTF-16 with a byte-order mark, as PowerShell writes) text without NUL bytes; empty for binary content. */
    static Optional<String> text(byte[] bytes) {
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return Optional.of(new String(bytes, StandardCharsets.UTF_16));
        }
        for (int i = 0; i < Math.min(bytes.length, SNIFF); i++) {
            if (bytes[i] == 0) {
                return Optional.empty();
            }
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
