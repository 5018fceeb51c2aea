package org.smppconnector.simulator;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;

import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;

import org.jsmpp.bean.AlertNotification;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataCoding;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RawDataCoding;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.session.connection.ConnectionFactory;
import org.jsmpp.session.connection.socket.SocketConnection;
import org.jsmpp.session.connection.socket.SocketConnectionFactory;

/**
 * A test ESME on jSMPP's client: binds, submits, and collects the deliver_sm it receives,
 * answering each with the status {@link #answer} picks (or not at all while {@link #hold}
 * is closed).
 */
final class Esme implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(10);

    final SMPPSession session;
    final BlockingQueue<DeliverSm> received = new LinkedBlockingQueue<>();
    volatile ToIntFunction<DeliverSm> answer = deliverSm -> 0;
    volatile CountDownLatch hold = new CountDownLatch(0);

    private Esme(SMPPSession session) {
        this.session = session;
        session.setMessageReceiverListener(new MessageReceiverListener() {
            @Override
            public void onAcceptDeliverSm(DeliverSm deliverSm) throws ProcessRequestException {
                received.add(deliverSm);
                try {
                    hold.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                int status = answer.applyAsInt(deliverSm);
                if (status != 0) {
                    throw new ProcessRequestException("told to refuse", status);
                }
            }

            @Override
            public void onAcceptAlertNotification(AlertNotification alertNotification) {
            }

            @Override
            public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
                throw new ProcessRequestException("not in tests", 0x08);
            }
        });
    }

    static Esme bind(SmscSimulator smsc, BindType type, String systemId, String password) throws IOException {
        return bind(smsc.port(), type, systemId, password, "", InterfaceVersion.IF_34);
    }

    /** Binds with the answer to deliver_sm set before the bind, for deliveries that wait for it. */
    static Esme bind(SmscSimulator smsc, BindType type, String systemId, String password,
                     ToIntFunction<DeliverSm> answer) throws IOException {
        return bind(SocketConnectionFactory.getInstance(), "127.0.0.1", smsc.port(), new BindParameter(type, systemId,
                password, "", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null, InterfaceVersion.IF_34), answer);
    }

    static Esme bind(int port, BindType type, String systemId, String password, String systemType,
                     InterfaceVersion version) throws IOException {
        return bind(SocketConnectionFactory.getInstance(), "127.0.0.1", port,
                new BindParameter(type, systemId, password, systemType, TypeOfNumber.UNKNOWN,
                        NumberingPlanIndicator.UNKNOWN, null, version));
    }

    static Esme bind(ConnectionFactory connections, String host, int port, BindParameter parameter) throws IOException {
        return bind(connections, host, port, parameter, deliverSm -> 0);
    }

    static Esme bind(ConnectionFactory connections, String host, int port, BindParameter parameter,
                     ToIntFunction<DeliverSm> answer) throws IOException {
        SMPPSession session = new SMPPSession(connections);
        session.setPduProcessorDegree(8);
        session.setTransactionTimer(5000);
        Esme esme = new Esme(session);
        esme.answer = answer;
        try {
            session.connectAndBind(host, port, parameter, 5000);
        } catch (IOException e) {
            session.close();
            throw e;
        }
        return esme;
    }

    /** A connection factory for TLS that verifies the server's host name against its certificate. */
    static ConnectionFactory tls(SSLContext context) {
        return (host, port) -> {
            SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(host, port);
            SSLParameters parameters = socket.getSSLParameters();
            parameters.setEndpointIdentificationAlgorithm("HTTPS");
            socket.setSSLParameters(parameters);
            socket.startHandshake();
            return new SocketConnection(socket);
        };
    }

    /** Submits plain text (letters, digits, spaces: the same octets in ASCII and GSM-7) with data_coding 0, asking for a receipt. */
    String submit(String destination, String text) throws Exception {
        return submit(destination, 1, 1, text.getBytes(StandardCharsets.US_ASCII), 0x00, 0, 0x01);
    }

    String submit(String destination, int ton, int npi, byte[] shortMessage, int dataCoding, int esmClass,
                  int registeredDelivery, OptionalParameter... tlvs) throws Exception {
        return session.submitShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "4477000000",
                TypeOfNumber.valueOf((byte) ton), NumberingPlanIndicator.valueOf((byte) npi), destination,
                new ESMClass(esmClass), (byte) 0, (byte) 1, null, null, new RegisteredDelivery(registeredDelivery),
                (byte) 0, dataCoding(dataCoding), (byte) 0, shortMessage, tlvs).getMessageId();
    }

    String submitWithTimes(String destination, String schedule, String validity) throws Exception {
        return session.submitShortMessage("", TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, "4477000000",
                TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, destination, new ESMClass(), (byte) 0,
                (byte) 1, schedule, validity, new RegisteredDelivery(1), (byte) 0, dataCoding(0), (byte) 0,
                "timed".getBytes(StandardCharsets.US_ASCII)).getMessageId();
    }

    static DataCoding dataCoding(int value) {
        return new RawDataCoding((byte) value);
    }

    /** The next deliver_sm received, or an assertion failure after the wait. */
    DeliverSm next() throws InterruptedException {
        DeliverSm deliverSm = received.poll(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        if (deliverSm == null) {
            throw new AssertionError("no deliver_sm within " + WAIT);
        }
        return deliverSm;
    }

    /** The next n deliver_sm. */
    List<DeliverSm> next(int n) throws InterruptedException {
        List<DeliverSm> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            list.add(next());
        }
        return list;
    }

    /** True when a deliver_sm arrives within the short time given (used to prove one does not). */
    boolean receivesWithin(Duration duration) throws InterruptedException {
        DeliverSm deliverSm = received.poll(duration.toMillis(), TimeUnit.MILLISECONDS);
        if (deliverSm != null) {
            received.add(deliverSm);
            return true;
        }
        return false;
    }

    @Override
    public void close() {
        hold.countDown();
        session.unbindAndClose();
    }

    /** A socket for talking raw PDUs, for what jSMPP's client will not send. */
    static Socket raw(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout((int) WAIT.toMillis());
        return socket;
    }

    static BindType type(String shortName) {
        switch (shortName) {
            case "TX": return BindType.BIND_TX;
            case "RX": return BindType.BIND_RX;
            default: return BindType.BIND_TRX;
        }
    }
}
