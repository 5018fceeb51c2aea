package org.smppconnector.simulator.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.message.DeliveryState;
import org.smppconnector.simulator.receipt.Outcome;

class CommandOptionsTest {
    @Test
    void defaults() {
        CommandOptions options = CommandOptions.parse();
        assertEquals("generic", options.profile.name());
        assertEquals("127.0.0.1", options.host);
        assertEquals(2775, options.port);
        assertFalse(options.tls);
        assertNull(options.tlsPort);
        assertEquals(8775, options.controlPort);
        assertTrue(options.accounts.isEmpty());
        assertNull(options.accountFile);
        assertEquals(10_000, options.pduLogCapacity);
        assertFalse(options.inactivityTimeoutGiven);
    }

    @Test
    void everyFlag() {
        CommandOptions options = CommandOptions.parse("--profile", "gatewayapi", "--host", "0.0.0.0", "--port=2776",
                "--tls-port", "8776", "--tls-keystore", "smsc.p12", "--tls-password", "pw", "--tls-keystore-type",
                "jks", "--tls-cert-out", "cert.pem", "--accounts", "accounts.txt", "--account", "a:b:c",
                "--account", "d:", "--receipt-delay", "200ms", "--receipt-rule", "^4599=UNDELIV:0x107E",
                "--receipt-rule", "^45=98=ENROUTE>EXPIRED:12", "--receipt-default", "never",
                "--inactivity-timeout", "2m", "--pdu-log", "0", "--message-log", "5", "--processor-threads", "8",
                "--control-port", "9000", "--verbose");
        assertEquals("gatewayapi", options.profile.name());
        assertEquals("0.0.0.0", options.host);
        assertEquals(2776, options.port);
        assertEquals(8776, options.tlsPort);
        assertEquals(Path.of("smsc.p12"), options.tlsKeyStore);
        assertArrayEquals("pw".toCharArray(), options.tlsPassword);
        assertEquals("JKS", options.tlsKeyStoreType);
        assertEquals(Path.of("cert.pem"), options.tlsCertOut);
        assertEquals(Path.of("accounts.txt"), options.accountFile);
        assertArrayEquals(new String[] {"a", "b:c"}, options.accounts.get(0), "the password is all after the first ':'");
        assertArrayEquals(new String[] {"d", ""}, options.accounts.get(1));
        assertEquals(Duration.ofMillis(200), options.receiptDelay);
        assertEquals(List.of(
                new CommandOptions.ReceiptRuleOption("^4599", Outcome.of(DeliveryState.UNDELIVERABLE, 0x107E)),
                new CommandOptions.ReceiptRuleOption("^45=98", Outcome.of(DeliveryState.EXPIRED, 12)
                        .withIntermediates(DeliveryState.ENROUTE))), options.receiptRules);
        assertEquals(Outcome.never(), options.receiptDefault);
        assertEquals(Duration.ofMinutes(2), options.inactivityTimeout);
        assertEquals(0, options.pduLogCapacity);
        assertEquals(5, options.messageLogCapacity);
        assertEquals(8, options.processorThreads);
        assertEquals(9000, options.controlPort);
        assertTrue(options.verbose());
    }

    @Test
    void profileDefaults() {
        CommandOptions mta = CommandOptions.parse("--profile", "mta");
        assertTrue(mta.tls, "Mobile Text Alerts is TLS only");
        assertEquals(2775, mta.port);
        assertNull(CommandOptions.parse("--inactivity-timeout", "off").inactivityTimeout);
        assertTrue(CommandOptions.parse("--inactivity-timeout", "off").inactivityTimeoutGiven);
        assertNull(CommandOptions.parse("--no-control").controlPort);
        assertTrue(CommandOptions.parse("-h").help());
    }

    @Test
    void badFlagsNameThemselves() {
        assertError("unknown flag '--colour'", "--colour", "red");
        assertError("unexpected argument 'bulksms'", "bulksms");
        assertError("--port needs a value", "--port");
        assertError("--port given twice", "--port", "1", "--port", "2");
        assertError("--tls takes no value", "--tls=yes");
        assertError("--port: expected a whole number, got 'x'", "--port", "x");
        assertError("--port: a port is at most 65535", "--port", "70000");
        assertError("--control-port: must be at least 0", "--control-port", "-1");
        assertError("--profile: unknown profile 'acme'", "--profile", "acme");
        assertError("--port and --control-port are both 8775", "--port", "8775");
        assertError("--tls-port and --control-port are both 9000", "--tls-port", "9000", "--control-port", "9000");
        assertError("--tls-keystore needs --tls-password", "--tls", "--tls-keystore", "k.p12");
        assertError("--tls-password needs --tls-keystore", "--tls", "--tls-password", "pw");
        assertError("--tls-keystore-type: expected PKCS12 or JKS", "--tls", "--tls-keystore", "k", "--tls-password",
                "p", "--tls-keystore-type", "PEM");
        assertError("--tls-cert-out needs a TLS port", "--tls-cert-out", "c.pem");
        assertError("--account: expected ID:PASSWORD", "--account", "nopassword");
        assertError("--receipt-delay: expected a duration such as 200ms", "--receipt-delay", "200");
        assertError("--receipt-delay: expected a duration", "--receipt-delay", "-2s");
        assertError("--receipt-rule: expected REGEX=OUTCOME", "--receipt-rule", "UNDELIV");
        assertError("--receipt-rule: '[45' is not a regular expression", "--receipt-rule", "[45=UNDELIV");
        assertError("--receipt-rule: unknown delivery state 'LOST'", "--receipt-rule", "^1=LOST");
        assertError("--receipt-rule: ENROUTE is not a final state", "--receipt-rule", "^1=ENROUTE");
        assertError("--receipt-default: error code 'x1' is not a number", "--receipt-default", "UNDELIV:x1");
        assertError("--no-control and --control-port contradict each other", "--no-control", "--control-port", "1");
        assertError("--processor-threads: must be at least 1", "--processor-threads", "0");
    }

    @Test
    void theHelpDocumentsEveryFlag() {
        for (String flag : CommandOptions.flagNames()) {
            assertTrue(CommandOptions.USAGE.contains("--" + flag + " ") || CommandOptions.USAGE.contains("--" + flag
                    + "\n"), "--" + flag + " is not in the help");
        }
    }

    @Test
    void durations() {
        assertEquals(Duration.ofMillis(200), DurationText.parse("200ms"));
        assertEquals(Duration.ofSeconds(2), DurationText.parse("2s"));
        assertEquals(Duration.ofMinutes(5), DurationText.parse("5m"));
        assertEquals(Duration.ofHours(1), DurationText.parse("1h"));
        assertEquals(Duration.ZERO, DurationText.parse("0"));
        assertEquals(Duration.ofMillis(1500), DurationText.parse("PT1.5S"));
        assertThrows(IllegalArgumentException.class, () -> DurationText.parse("2 days"));
    }

    private static void assertError(String expectedStart, String... args) {
        UsageException error = assertThrows(UsageException.class, () -> CommandOptions.parse(args));
        assertTrue(error.getMessage().startsWith(expectedStart), error.getMessage());
    }
}
