package org.smppconnector.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.jsmpp.SMPPConstant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.smppconnector.simulator.mo.MoMessage;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.session.SimulatedSession;

/** The simulator connects out, sends outbind, and serves the receiver the ESME binds on that connection. */
class OutbindTest {
    private static final Duration WAIT = Duration.ofSeconds(10);

    private SmscSimulator smsc;
    private ServerSocket esme;

    @BeforeEach
    void start() throws Exception {
        smsc = SmscSimulator.builder(Profiles.generic()).account("acme", "secret")
                .redeliveryDelay(Duration.ofMillis(50)).build().start();
        esme = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        esme.setSoTimeout((int) WAIT.toMillis());
    }

    @AfterEach
    void stop() throws IOException {
        smsc.stop();
        esme.close();
    }

    @Test
    void outbindThenBindReceiverDeliversWhatWasPending() throws Exception {
        InjectedMo mo = smsc.injectMo(MoMessage.to("acme").from("447700900123").toAddress("12345").text("waiting").build());
        assertEquals(1, smsc.pendingDeliveries("acme"));

        SimulatedSession session = smsc.outbind("acme", "127.0.0.1", esme.getLocalPort());
        try (Socket connection = esme.accept()) {
            InputStream in = connection.getInputStream();
            OutputStream out = connection.getOutputStream();
            RawPdus.Header outbind = RawPdus.read(in);
            assertEquals(SMPPConstant.CID_OUTBIND, outbind.commandId());
            assertEquals("acme\0secret\0", new String(outbind.body(), StandardCharsets.US_ASCII));

            RawPdus.send(out, RawPdus.bind(SMPPConstant.CID_BIND_RECEIVER, 1, "acme", "secret"));
            RawPdus.Header bindResp = RawPdus.read(in);
            assertEquals(SMPPConstant.CID_BIND_RECEIVER_RESP, bindResp.commandId());
            assertEquals(0, bindResp.commandStatus());

            RawPdus.Header deliverSm = RawPdus.read(in);
            assertEquals(SMPPConstant.CID_DELIVER_SM, deliverSm.commandId());
            RawPdus.send(out, RawPdus.pdu(SMPPConstant.CID_DELIVER_SM_RESP, deliverSm.sequenceNumber(), new byte[] {0}));
            mo.acknowledged().get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        }
        assertEquals("outbind", session.endpoint().name());
        assertEquals(1, smsc.count(Counter.OUTBINDS_SENT));
        assertEquals(1, session.pdus("outbind", org.smppconnector.simulator.record.Direction.SENT).size());
    }

    @Test
    void aTransmitterBindAfterAnOutbindIsRefused() throws Exception {
        smsc.outbind("acme", "127.0.0.1", esme.getLocalPort());
        try (Socket connection = esme.accept()) {
            InputStream in = connection.getInputStream();
            assertEquals(SMPPConstant.CID_OUTBIND, RawPdus.read(in).commandId());
            RawPdus.send(connection.getOutputStream(), RawPdus.bind(SMPPConstant.CID_BIND_TRANSMITTER, 1, "acme", "secret"));
            RawPdus.Header bindResp = RawPdus.read(in);
            assertEquals(SMPPConstant.STAT_ESME_RBINDFAIL, bindResp.commandStatus());
        }
        assertEquals(1, smsc.count(Counter.BINDS_REFUSED));
    }

    @Test
    void anUnknownAccountOrAnEsmeThatIsNotListeningIsAClearError() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> smsc.outbind("nobody", "127.0.0.1", esme.getLocalPort()));
        int closedPort = esme.getLocalPort();
        esme.close();
        assertThrows(IOException.class, () -> smsc.outbind("acme", "127.0.0.1", closedPort));
    }
}
