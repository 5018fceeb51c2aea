package org.smppconnector.console.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void aHashNamesItsAlgorithmAndCountAndVerifiesOnlyItsPassword() {
        String hash = hasher.hash("correct horse");
        String[] parts = hash.split("\\$");
        assertEquals("pbkdf2-sha256", parts[0]);
        assertEquals(String.valueOf(PasswordHasher.ITERATIONS), parts[1]);
        assertTrue(hasher.verify("correct horse", hash));
        assertFalse(hasher.verify("correct horsE", hash));
        assertFalse(hasher.verify("", hash));
    }

    @Test
    void eachHashHasItsOwnSalt() {
        PasswordHasher quick = new PasswordHasher(1000);
        String a = quick.hash("same");
        String b = quick.hash("same");
        assertNotEquals(a, b);
        assertTrue(quick.verify("same", a) && quick.verify("same", b));
    }

    @Test
    void aHashMadeWithAnotherCountStillVerifies() {
        String older = new PasswordHasher(1000).hash("kept");
        assertTrue(hasher.verify("kept", older));
    }

    @Test
    void malformedStoredValuesNeverVerify() {
        for (String stored : new String[] {null, "", "plain", "md5$1$a$b", "pbkdf2-sha256$x$a$b",
                "pbkdf2-sha256$0$AAAA$AAAA", "pbkdf2-sha256$1000$!!$AAAA"}) {
            assertFalse(hasher.verify("anything", stored), String.valueOf(stored));
        }
        assertFalse(hasher.verify(null, hasher.hash("x")));
    }
}
