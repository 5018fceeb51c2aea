package org.smppconnector.smpp.transport;

import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.smppconnector.smpp.pdu.Pdu;
import org.smppconnector.smpp.pdu.PduDecodeException;

/** Records what a connection delivers; answers decode errors the way a session does. */
class RecordingListener implements PduListener {

    final BlockingQueue<Pdu> pdus = new LinkedBlockingQueue<>();
    final List<PduDecodeException> decodeErrors = new CopyOnWriteArrayList<>();
    final AtomicInteger closedCalls = new AtomicInteger();
    final List<String> callbackThreads = new CopyOnWriteArrayList<>();
    volatile ConnectionClosedException closeReason;
    volatile PduConnection connection;

    @Override
    public void onPdu(Pdu pdu) {
        callbackThreads.add(Thread.currentThread().getName());
        pdus.add(pdu);
    }

    @Override
    public void onDecodeError(PduDecodeException error) {
        decodeErrors.add(error);
        Pdu answer = error.answer();
        if (answer != null && connection != null) {
            try {
                connection.write(answer);
            } catch (Exception e) {
                throw new AssertionError("answering " + error + " failed", e);
            }
        }
    }

    @Override
    public void onClosed(ConnectionClosedException reason) {
        callbackThreads.add(Thread.currentThread().getName());
        closeReason = reason;
        closedCalls.incrementAndGet();
    }

    Pdu next() throws InterruptedException {
        Pdu pdu = pdus.poll(Await.DEFAULT.toMillis(), TimeUnit.MILLISECONDS);
        if (pdu == null) {
            throw new AssertionError("no PDU arrived within " + Await.DEFAULT);
        }
        return pdu;
    }
}
