package org.triagedesk.knowledgebase.control;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.triagedesk.knowledgebase.entity.LoadProblem;
import org.triagedesk.knowledgebase.entity.RedactionAllowList;
import org.triagedesk.platform.Language;

class AllowListFileParserTest {

    private final AllowListFileParser cut = new AllowListFileParser();

    @Test
    void readsRangesAddressesAndDomainsWithTheirComments() {
        AllowListFileParser.Result r = cut.parse("redaction/allow-list.txt", List.of("# a comment", "", "10.1.0.0/16   # the lab",
                "2001:db8:1::7", "*.example.org", "coredns.io"));
        assertEquals(List.of(), r.problems());
        RedactionAllowList list = r.allowList();
        assertTrue(list.keepsAddress("10.1.200.3"));
        assertFalse(list.keepsAddress("10.2.0.1"));
        assertTrue(list.keepsAddress("2001:db8:1::7"));
        assertTrue(list.keepsHost("www.example.org"));
        assertTrue(list.keepsHost("CoreDNS.io"));
        assertFalse(list.keepsHost("notcoredns.io"));
        assertFalse(list.keepsHost("coredns.io.contoso.com"));
    }

    @Test
    void theReservedRangesAreAlwaysKept() {
        RedactionAllowList none = cut.parse("f", List.of()).allowList();
        for (String kept : List.of("127.0.0.1", "127.255.0.9", "::1", "169.254.169.254", "fe80::1%eth0", "febf::1", "192.0.2.1",
                "198.51.100.200", "203.0.113.9", "2001:db8::1", "::ffff:127.0.0.1")) {
            assertTrue(none.keepsAddress(kept), kept);
        }
        for (String masked : List.of("10.0.0.1", "192.168.1.10", "172.16.0.4", "128.0.0.1", "169.255.0.1", "fec0::1", "2001:db9::1",
                "192.0.3.1", "8.8.8.8", "fd00::1")) {
            assertFalse(none.keepsAddress(masked), masked);
        }
    }

    @Test
    void aLineThatIsNoEntryIsReportedWithItsNumberAndTheRestIsKept() {
        AllowListFileParser.Result r = cut.parse("redaction/allow-list.txt", List.of("coredns.io", "10.0.0.0/33", "not a domain", "k8s.io"));
        assertEquals(List.of(new LoadProblem("redaction/allow-list.txt", 2, "allowList.entry", "10.0.0.0/33"),
                new LoadProblem("redaction/allow-list.txt", 3, "allowList.entry", "not a domain")), r.problems());
        assertTrue(r.allowList().keepsHost("registry.k8s.io"));
        assertTrue(r.problems().get(0).message(Language.JA).contains("10.0.0.0/33"));
    }

    @Test
    void theShippedListParsesCleanlyAndKeepsWhatTheIssueAsked(@TempDir Path empty) {
        AllowListFileParser.Result shipped = cut.read(Path.of("kb"));
        assertEquals(List.of(), shipped.problems());
        for (String host : List.of("coredns.io", "kubernetes.io", "microsoft.com", "azure.com", "github.com", "k8s.io", "mcr.microsoft.com",
                "docker.io")) {
            assertTrue(shipped.allowList().keepsHost(host), host);
        }
        assertFalse(shipped.allowList().keepsHost("contoso.azurecr.io"), "customers' names under a shared service stay masked");
        assertFalse(shipped.allowList().keepsHost("contoso.blob.core.windows.net"));
        assertSame(RedactionAllowList.RESERVED_ONLY, cut.read(empty).allowList(), "no file: the reserved ranges only");
    }
}
