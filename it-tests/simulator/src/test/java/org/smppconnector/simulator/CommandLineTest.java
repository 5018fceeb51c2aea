package org.smppconnector.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.session.BindParameter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smppconnector.simulator.cli.CommandOptions;
import org.smppconnector.simulator.cli.SimulatorCommand;
import org.smppconnector.simulator.cli.UsageException;
import org.smppconnector.simulator.record.Direction;
import org.smppconnector.simulator.session.SimulatedSession;
import org.smppconnector.simulator.tls.TlsMaterial;

/** What the command line's flags do to a simulator it starts (in this JVM; StandaloneJarIT runs the jar). */
class CommandLineTest {
    @Test
    void theDefaultAccountAndTheBanner() throws Exception {
        try (SimulatorCommand.Running running = start("--profile", "bulksms")) {
            assertEquals("SMSC simulator (profile bulksms) listening on smpp://127.0.0.1:" + running.smsc().port()
                    + ", control http://127.0.0.1:" + running.control().port(), running.banner());
            Esme.bind(running.smsc().port(), BindType.BIND_TRX, CommandOptions.DEFAULT_SYSTEM_ID,
                    CommandOptions.DEFAULT_PASSWORD, "", InterfaceVersion.IF_34).close();
        }
    }

    @Test
    void accountsFromAFileAndInline(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("accounts.txt");
        Files.writeString(file, "# test\nfiled, pw1, TX\n");
        try (SimulatorCommand.Running running = start("--accounts", file.toString(), "--account", "inline:p:w",
                "--no-control")) {
            assertEquals(null, running.control());
            Esme.bind(running.smsc().port(), BindType.BIND_TX, "filed", "pw1", "", InterfaceVersion.IF_34).close();
            Esme.bind(running.smsc().port(), BindType.BIND_TRX, "inline", "p:w", "", InterfaceVersion.IF_34).close();
            Refused.bindWith(SMPPConstant.STAT_ESME_RBINDFAIL, () -> Esme.bind(running.smsc().port(),
                    BindType.BIND_TX, CommandOptions.DEFAULT_SYSTEM_ID, CommandOptions.DEFAULT_PASSWORD, "",
                    InterfaceVersion.IF_34).close());
        }
        assertTrue(assertThrows(UsageException.class, () -> start("--accounts", dir.resolve("none.txt").toString()))
                .getMessage().startsWith("--accounts: no such file"));
        Files.writeString(file, "filed\n");
        assertTrue(assertThrows(UsageException.class, () -> start("--accounts", file.toString()))
                .getMessage().contains("line 1"));
    }

    @Test
    void receiptDelayAndRules() throws Exception {
        try (SimulatorCommand.Running running = start("--account", "acme:secret", "--receipt-delay", "10ms",
                "--receipt-rule", "^4599=UNDELIV:0x107E", "--receipt-default", "ENROUTE>DELIVRD");
             Esme esme = Esme.bind(running.smsc(), BindType.BIND_TRX, "acme", "secret")) {
            esme.submit("4599000001", "fails");
            String failed = new String(esme.next().getShortMessage(), StandardCharsets.US_ASCII);
            assertTrue(failed.contains("stat:UNDELIV"), failed);
            esme.submit("4915100000001", "arrives");
            // Both states come; their order is planned but not promised (a deliver_sm whose answer
            // was late on a loaded machine is sent again after the next one), as with real SMSCs.
            String both = new String(esme.next().getShortMessage(), StandardCharsets.US_ASCII)
                    + " / " + new String(esme.next().getShortMessage(), StandardCharsets.US_ASCII);
            assertTrue(both.contains("stat:ENROUTE"), both);
            assertTrue(both.contains("stat:DELIVRD"), both);
        }
    }

    @Test
    void inactivityTimeoutAndPduLog() throws Exception {
        try (SimulatorCommand.Running running = start("--account", "acme:secret", "--inactivity-timeout", "300ms",
                "--pdu-log", "0");
             Esme idle = Esme.bind(running.smsc(), BindType.BIND_TRX, "acme", "secret")) {
            running.smsc().awaitAllClosed("acme", Esme.WAIT);
            SimulatedSession session = running.smsc().sessions("acme").get(0);
            assertTrue(session.closeReason().startsWith("inactivity"), session.closeReason());
            assertTrue(session.pdus().isEmpty(), "nothing recorded");
            assertTrue(session.pdus("bind_transceiver", Direction.RECEIVED).isEmpty());
        }
    }

    @Test
    void tlsWithAGeneratedCertificateWrittenForClients(@TempDir Path dir) throws Exception {
        Path pem = dir.resolve("smsc.pem");
        try (SimulatorCommand.Running running = start("--account", "acme:secret", "--tls-port", "0",
                "--tls-cert-out", pem.toString())) {
            int tlsPort = running.smsc().endpoint("tls").port();
            assertTrue(running.banner().contains(", smpps://127.0.0.1:" + tlsPort + ","), running.banner());
            SSLContext trusting = trusting(pem);
            try (Esme esme = Esme.bind(Esme.tls(trusting), "localhost", tlsPort, bind("acme", "secret"))) {
                esme.submit("4915100000001", "over TLS");
            }
            Esme.bind(running.smsc(), BindType.BIND_TX, "acme", "secret").close(); // the plain port too
        }
    }

    @Test
    void tlsWithAGivenKeyStore(@TempDir Path dir) throws Exception {
        Path store = dir.resolve("smsc.p12");
        TlsMaterial given = TlsMaterial.selfSigned();
        given.writeKeyStore(store, "changeit".toCharArray());
        try (SimulatorCommand.Running running = start("--account", "acme:secret", "--tls", "--tls-keystore",
                store.toString(), "--tls-password", "changeit")) {
            assertEquals(given.certificate(), running.smsc().tls().certificate());
            Esme.bind(Esme.tls(given.clientContext()), "localhost", running.smsc().port(), bind("acme", "secret"))
                    .close();
        }
        assertTrue(assertThrows(UsageException.class, () -> start("--tls", "--tls-keystore", store.toString(),
                "--tls-password", "wrong")).getMessage().startsWith("--tls-keystore: cannot read key store"));
    }

    @Test
    void aPortInUseIsNotAUsageError() throws Exception {
        try (SimulatorCommand.Running first = start()) {
            assertThrows(IOException.class, () -> start("--port", String.valueOf(first.smsc().port())));
            assertThrows(IOException.class, () -> SimulatorCommand.start(CommandOptions.parse("--port", "0",
                    "--control-port", String.valueOf(first.control().port()))));
        }
    }

    /** Starts on free ports unless the arguments say otherwise. */
    private static SimulatorCommand.Running start(String... args) throws Exception {
        List<String> all = new ArrayList<>(List.of(args));
        if (!all.contains("--port")) {
            all.addAll(List.of("--port", "0"));
        }
        if (!all.contains("--control-port") && !all.contains("--no-control")) {
            all.addAll(List.of("--control-port", "0"));
        }
        return SimulatorCommand.start(CommandOptions.parse(all.toArray(new String[0])));
    }

    private static BindParameter bind(String systemId, String password) {
        return new BindParameter(BindType.BIND_TRX, systemId, password, "", TypeOfNumber.UNKNOWN,
                NumberingPlanIndicator.UNKNOWN, null, InterfaceVersion.IF_34);
    }

    private static SSLContext trusting(Path pem) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        try (InputStream in = Files.newInputStream(pem)) {
            trust.setCertificateEntry("smsc", (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(in));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }
}
