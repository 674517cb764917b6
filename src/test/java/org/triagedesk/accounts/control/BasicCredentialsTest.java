package org.triagedesk.accounts.control;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import org.junit.jupiter.api.Test;

class BasicCredentialsTest {

    @Test
    void readsUserAndPasswordThePasswordMayHoldColons() {
        var login = BasicCredentials.decode("Basic " + base64("engineer:pa:ss")).orElseThrow();
        assertEquals("engineer", login.getCaller());
        assertEquals("pa:ss", login.getPasswordAsString());
        assertEquals("エンジニア", BasicCredentials.decode("basic  " + base64("エンジニア:x")).orElseThrow().getCaller());
    }

    @Test
    void anythingElseIsNoCredential() {
        assertTrue(BasicCredentials.decode("Basic " + base64(":nouser")).isEmpty());
        assertTrue(BasicCredentials.decode("Basic " + base64("nocolon")).isEmpty());
        assertTrue(BasicCredentials.decode("Basic !!not-base64!!").isEmpty());
        assertTrue(BasicCredentials.decode("Bearer abc").isEmpty());
        assertTrue(BasicCredentials.decode(null).isEmpty());
        assertFalse(BasicCredentials.isBasic("Bearer abc"));
        assertTrue(BasicCredentials.isBasic("BASIC abc"));
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }
}
