package org.triagedesk.cases.control;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.junit.jupiter.api.Test;
import org.triagedesk.kernel.Evidence;

/** Support bundles built in the test, read safely: text kept, binary skipped, bombs and traversal refused. */
public class EvidenceBundleReaderTest {

    private final EvidenceBundleReader cut = new EvidenceBundleReader(new EvidenceBundleReader.Limits(50, 20L * 1024 * 1024, 100));

    @Test
    void readsTheTextFilesOfAZipBundleAndSkipsBinaryOnes() throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("AksHciLogs/kubectl-version.txt", "Server Version: v1.28.9\n".getBytes(StandardCharsets.UTF_8));
        files.put("AksHciLogs/moc/cloudagent.log", "E1120 cloudagent failed to reach node\n".getBytes(StandardCharsets.UTF_8));
        files.put("AksHciLogs/dump.bin", new byte[] {0x4d, 0x5a, 0, 0, 1, 2, 3});
        EvidenceBundleReader.Bundle bundle = cut.read("akshcilogs.zip", new ByteArrayInputStream(zip(files)));
        assertEquals(List.of("AksHciLogs/kubectl-version.txt", "AksHciLogs/moc/cloudagent.log"),
                bundle.files().stream().map(Evidence::name).toList());
        assertEquals(List.of("AksHciLogs/dump.bin: binary, not text"), bundle.skipped());
    }

    @Test
    void readsATarGzBundle() throws Exception {
        byte[] tgz = tarGz(Map.of("logs/kubelet.log", "Kubelet stopped posting node status\n".getBytes(StandardCharsets.UTF_8)));
        EvidenceBundleReader.Bundle bundle = cut.read("bundle.tar.gz", new ByteArrayInputStream(tgz));
        assertEquals("Kubelet stopped posting node status\n", bundle.files().get(0).content());
    }

    @Test
    void readsUtf16TextAsPowerShellWritesIt() throws Exception {
        byte[] utf16 = "KubernetesVersion : v1.29.4\r\n".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);
        assertTrue(cut.read("get-akshcicluster.txt", new ByteArrayInputStream(withBom)).files().get(0).content().contains("v1.29.4"));
    }

    @Test
    void refusesAZipBomb() throws Exception {
        byte[] bomb = zip(Map.of("zeros.log", new byte[10 * 1024 * 1024]));
        assertTrue(bomb.length < 100_000, "the bomb is small: " + bomb.length);
        EvidenceBundleReader.LimitExceededException e = assertThrows(EvidenceBundleReader.LimitExceededException.class,
                () -> cut.read("bomb.zip", new ByteArrayInputStream(bomb)));
        assertEquals("compression ratio", e.limit());
    }

    @Test
    void refusesMoreThanTheUncompressedBudget() throws Exception {
        EvidenceBundleReader small = new EvidenceBundleReader(new EvidenceBundleReader.Limits(50, 1024, 1_000_000));
        EvidenceBundleReader.LimitExceededException e = assertThrows(EvidenceBundleReader.LimitExceededException.class,
                () -> small.read("big.zip", new ByteArrayInputStream(zip(Map.of("a.log", "x".repeat(2000).getBytes())))));
        assertEquals("uncompressed size", e.limit());
    }

    @Test
    void refusesTooManyEntries() throws Exception {
        Map<String, byte[]> many = new LinkedHashMap<>();
        for (int i = 0; i < 60; i++) {
            many.put("f" + i + ".txt", "x".getBytes());
        }
        EvidenceBundleReader.LimitExceededException e = assertThrows(EvidenceBundleReader.LimitExceededException.class,
                () -> cut.read("many.zip", new ByteArrayInputStream(zip(many))));
        assertEquals("entries", e.limit());
    }

    @Test
    void refusesPathTraversal() throws Exception {
        assertThrows(EvidenceBundleReader.UnsafeArchiveException.class,
                () -> cut.read("evil.zip", new ByteArrayInputStream(zip(Map.of("../../etc/cron.d/x", "x".getBytes())))));
        assertThrows(EvidenceBundleReader.UnsafeArchiveException.class,
                () -> cut.read("evil.tgz", new ByteArrayInputStream(tarGz(Map.of("logs/../../etc/passwd", "x".getBytes())))));
        assertThrows(EvidenceBundleReader.UnsafeArchiveException.class, () -> EvidenceBundleReader.safeName("C:\\Windows\\x"));
    }

    @Test
    void refusesCorruptArchives() {
        assertThrows(EvidenceBundleReader.UnsafeArchiveException.class,
                () -> cut.read("broken.tgz", new ByteArrayInputStream("not gzip at all".getBytes())));
    }

    public static byte[] zip(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (var f : files.entrySet()) {
                zip.putNextEntry(new ZipEntry(f.getKey()));
                zip.write(f.getValue());
                zip.closeEntry();
            }
        }
        return out.toByteArray();
    }

    public static byte[] tarGz(Map<String, byte[]> files) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GzipCompressorOutputStream(out))) {
            for (var f : files.entrySet()) {
                TarArchiveEntry entry = new TarArchiveEntry(f.getKey());
                entry.setSize(f.getValue().length);
                tar.putArchiveEntry(entry);
                tar.write(f.getValue());
                tar.closeArchiveEntry();
            }
        }
        return out.toByteArray();
    }
}
