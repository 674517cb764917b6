package org.triagedesk.cases.control;

import static org.junit.jupiter.api.Assertions.*;

import java.util.Map;

import org.junit.jupiter.api.Test;

/** Each kind of customer identifier is masked; the facts the rules read stay. */
class RedactorTest {

    private final Redactor cut = new Redactor();

    @Test
    void masksIpAddressesButKeepsVersionsPortsAndDates() {
        Redactor.Redacted r = cut.redact("2026-11-20T10:01:02Z dial udp 10.96.0.10:53: i/o timeout; node v1.28.5 kernel 5.15.131.1-2.cm2");
        assertEquals("2026-11-20T10:01:02Z dial udp [REDACTED-IP]:53: i/o timeout; node v1.28.5 kernel 5.15.131.1-2.cm2", r.text());
        assertEquals(Map.of("ip", 1), r.masked());
        assertEquals("[REDACTED-IP] is up", cut.redact("fe80:0:0:0:204:61ff:fe9d:f156 is up").text());
    }

    @Test
    void masksSubscriptionAndTenantGuids() {
        Redactor.Redacted r = cut.redact("Subscription: 3f2504e0-4f89-11d3-9a0c-0305e82c3301 Tenant: 72F988BF-86F1-41AF-91AB-2D7CD011DB47");
        assertEquals("Subscription: [REDACTED-GUID] Tenant: [REDACTED-GUID]", r.text());
        assertEquals(2, r.total());
    }

    @Test
    void masksTokensInTheirSeveralForms() {
        assertEquals("Authorization: Bearer [REDACTED-TOKEN]", cut.redact("Authorization: Bearer abcdefghijklmnop0123456789").text());
        assertEquals("token: [REDACTED-TOKEN]", cut.redact("token: eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW0ifQ.c2lnbmF0dXJl").text());
        assertEquals("sig=[REDACTED-TOKEN]&se=2026", cut.redact("sig=AbCdEf0123456789xyzQRS%3D&se=2026").text());
    }

    @Test
    void masksCertificatesAndPrivateKeys() {
        String kubeconfig = """
                client-certificate-data: LS0tLS1CRUdJTiBDRVJUSUZJQ0FURS0tLS0tCk1JSUM=
                -----BEGIN RSA PRIVATE KEY-----
                MIIEpAIBAAKCAQEA7
                -----END RSA PRIVATE KEY-----
                -----BEGIN CERTIFICATE-----
                MIIDdzCCAl+gAwIBAgIE
                -----END CERTIFICATE-----""";
        Redactor.Redacted r = cut.redact(kubeconfig);
        assertEquals("client-certificate-data: [REDACTED-CERTIFICATE]\n[REDACTED-PRIVATE-KEY]\n[REDACTED-CERTIFICATE]", r.text());
        assertEquals(Map.of("private-key", 1, "certificate", 2), r.masked());
    }

    @Test
    void masksPasswordsInConnectionStringsAndSettings() {
        assertEquals("Server=db;User Id=sa;Password=[REDACTED-PASSWORD];", cut.redact("Server=db;User Id=sa;Password=S3cr3t!x;").text());
        assertEquals("postgres://app:[REDACTED-PASSWORD]@[REDACTED-HOSTNAME]/triage",
                cut.redact("postgres://app:hunter2@db01.contoso.local/triage").text());
    }

    @Test
    void masksCustomerHostNamesAndEmailsButNotPublicServices() {
        Redactor.Redacted r = cut.redact("proxy http://proxy01.contoso.local:8080 for admin@contoso.com; pulls from mcr.microsoft.com");
        assertEquals("proxy http://[REDACTED-HOSTNAME]:8080 for [REDACTED-EMAIL]; pulls from mcr.microsoft.com", r.text());
    }

    @Test
    void leavesKubernetesOutputThatIdentifiesNobodyAlone() {
        String text = "calico-system     calico-node-2lq8m   0/1   CrashLoopBackOff   37 (2m ago)   12d\nServer Version: v1.28.9";
        assertEquals(text, cut.redact(text).text());
        assertEquals(0, cut.redact(text).total());
    }
}
