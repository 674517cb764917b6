package org.triagedesk.classification.control;

import static org.junit.jupiter.api.Assertions.*;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class SignatureIndexTest {

    @Test
    void findsExactlyTheSignaturesThatContainsFinds() {
        Random random = new Random(20261203);
        String alphabet = "abc de:x509証明書";
        for (int round = 0; round < 300; round++) {
            List<List<String>> forms = new ArrayList<>();
            for (int owner = 0; owner < 1 + random.nextInt(30); owner++) {
                List<String> mine = new ArrayList<>();
                for (int k = 0; k < 1 + random.nextInt(3); k++) {
                    mine.add(word(random, alphabet, 8 + random.nextInt(6)));
                }
                forms.add(mine);
            }
            String text = word(random, alphabet, random.nextInt(400));
            if (random.nextBoolean() && !forms.isEmpty()) {
                // plant one signature, at the very start or end now and then
                String planted = forms.get(random.nextInt(forms.size())).get(0);
                int at = random.nextInt(3) == 0 ? 0 : random.nextInt(3) == 0 ? text.length() : random.nextInt(text.length() + 1);
                text = text.substring(0, at) + planted + text.substring(at);
            }
            BitSet expected = new BitSet();
            for (int owner = 0; owner < forms.size(); owner++) {
                String t = text;
                if (forms.get(owner).stream().anyMatch(t::contains)) {
                    expected.set(owner);
                }
            }
            assertEquals(expected, new SignatureIndex(forms).owning(text), "round " + round + ": " + text + " / " + forms);
        }
    }

    /** Many signatures that begin alike (one log line, another id at its end) and differ at every length. */
    @Test
    void signaturesThatBeginAlikeAreToldApartAtAnyLength() {
        Random random = new Random(20261204);
        String line = "failed to renew certificate for node agent: x509: certificate has expired";
        for (int round = 0; round < 200; round++) {
            List<List<String>> forms = new ArrayList<>();
            for (int owner = 0; owner < 1 + random.nextInt(60); owner++) {
                int cut = 8 + random.nextInt(line.length() - 8);
                forms.add(List.of(line.substring(0, cut) + word(random, "ab#", random.nextInt(12))));
            }
            String text = "log: " + line.substring(0, 8 + random.nextInt(line.length() - 8)) + word(random, "ab# ", random.nextInt(20))
                    + " then " + (random.nextBoolean() ? forms.get(random.nextInt(forms.size())).get(0) : "") + " end";
            BitSet expected = new BitSet();
            for (int owner = 0; owner < forms.size(); owner++) {
                if (text.contains(forms.get(owner).get(0))) {
                    expected.set(owner);
                }
            }
            assertEquals(expected, new SignatureIndex(forms).owning(text), "round " + round + ": " + text + " / " + forms);
        }
    }

    @Test
    void aTextShorterThanAnySignatureHasNone() {
        assertTrue(new SignatureIndex(List.of(List.of("database space exceeded"))).owning("short").isEmpty());
        assertTrue(new SignatureIndex(List.of()).owning("anything at all here").isEmpty());
    }

    @Test
    void aSignatureExactlyAsLongAsTheTextIsFound() {
        assertEquals(0, new SignatureIndex(List.of(List.of("x509: ce"))).owning("x509: ce").nextSetBit(0));
    }

    private static String word(Random random, String alphabet, int length) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < length; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
