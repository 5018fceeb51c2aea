/**
 * Receiving: {@link org.smppconnector.ra.inbound.SmppActivationSpec} (which account and bind
 * group a message-driven bean listens to), {@link org.smppconnector.ra.inbound.EndpointDispatcher}
 * (the active endpoints, and delivery to every matching one as a
 * {@link jakarta.resource.spi.work.Work}: createEndpoint, beforeDelivery / afterDelivery when the
 * method is transacted, the call, release) and {@link org.smppconnector.ra.inbound.AccountInbound}
 * (the core's handler of one account's deliver_sm: receipts parsed, inbound messages
 * reassembled, converted to the API's types by {@link org.smppconnector.ra.inbound.Conversions}).
 *
 * <p>A deliver_sm is answered only once every matching bean returned: ESME_ROK when all returned
 * normally; ESME_RX_T_APPN when one threw, when none listens, or when the WorkManager refused the
 * delivery, so that the SMSC delivers it again.
 */
package org.smppconnector.ra.inbound;
