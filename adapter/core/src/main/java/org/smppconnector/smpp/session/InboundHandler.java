package org.smppconnector.smpp.session;

import java.util.concurrent.CompletionStage;
import org.smppconnector.smpp.pdu.Pdu;

/**
 * Takes the messages an SMSC delivers (deliver_sm: MOs and receipts; data_sm). The session
 * acknowledges a PDU only once the returned stage completes: ESME_ROK when it completes
 * normally, ESME_RX_T_APPN (try again later) when it completes exceptionally or the handler
 * throws, so the SMSC redelivers and nothing is lost.
 *
 * <p>Called on the connection's reader thread: return quickly (hand the work to another
 * executor), or the connection stops reading meanwhile.
 */
@FunctionalInterface
public interface InboundHandler {

    /** Refuses everything temporarily: for binds nobody listens to. */
    InboundHandler REFUSE = (session, pdu) -> java.util.concurrent.CompletableFuture.failedFuture(
            new IllegalStateException("no inbound handler"));

    /** @param pdu a {@link org.smppconnector.smpp.pdu.DeliverSm} or {@link org.smppconnector.smpp.pdu.DataSm} */
    CompletionStage<Void> handle(SmppSession session, Pdu pdu);
}
