package org.smppconnector.api.inbound;

/**
 * Implemented by a message-driven bean to receive the messages mobile users send to an
 * account's numbers; see the package documentation for choosing the account and bind group.
 *
 * <p><b>Acknowledgement.</b> The message's deliver_sm is answered only after
 * {@link #onInboundMessage} returned: with ESME_ROK when it returned normally; with
 * ESME_RX_T_APPN when it threw, so that the SMSC delivers the message again later. Throw (any
 * runtime exception; the container rolls the bean's transaction back) only for what may pass;
 * a message the application can never use is logged and returned from, or it keeps coming back.
 *
 * <p>A message sent in several parts is delivered once, whole, when its last part has arrived.
 * That part is answered as above; the earlier ones are answered once the connector has kept
 * them. Messages are delivered at least once: the same one can come again.
 */
public interface InboundMessageListener {

    /**
     * Handles one message.
     *
     * @throws RuntimeException to refuse it for now: the SMSC is answered ESME_RX_T_APPN and
     *     delivers it again
     */
    void onInboundMessage(InboundMessage message);
}
