/**
 * What message-driven beans implement to receive from SMS providers: delivery receipts
 * ({@link org.smppconnector.api.inbound.ReceiptListener}), messages from mobile users
 * ({@link org.smppconnector.api.inbound.InboundMessageListener}), or both
 * ({@link org.smppconnector.api.inbound.SmppMessageListener}).
 *
 * <pre>{@code
 * @MessageDriven(activationConfig = {
 *     @ActivationConfigProperty(propertyName = ActivationProperties.ACCOUNT, propertyValue = "bulksms"),
 *     // how the bean names the resource adapter is the server's: "resourceAdapter" on Payara
 *     @ActivationConfigProperty(propertyName = "resourceAdapter", propertyValue = "smpp-connector")
 * })
 * public class ReceiptRecorder implements ReceiptListener {
 *     @Inject Deliveries deliveries;
 *
 *     @Override
 *     public void onReceipt(Receipt receipt) {
 *         // a runtime exception here (the database is down) answers ESME_RX_T_APPN: the SMSC
 *         // delivers the receipt again later
 *         receipt.messageId().ifPresent(id -> deliveries.record(id, receipt.state(), receipt.isFinal()));
 *     }
 * }
 * }</pre>
 *
 * <p><b>Which deliver_sm reach a bean.</b> Those of the account and bind group its
 * {@link org.smppconnector.api.inbound.ActivationProperties} name (every account's and every
 * group's when unset), of the kinds its listener interface takes. When several active beans
 * match, each of them receives it.
 *
 * <p><b>Acknowledgement.</b> A deliver_sm is answered only once every matching bean returned:
 * ESME_ROK when all returned normally, ESME_RX_T_APPN when one threw, so that the SMSC delivers
 * it again (to all of them). Nothing is acknowledged before it was handled; the price is that
 * a bean can see the same receipt or message twice.
 */
package org.smppconnector.api.inbound;
