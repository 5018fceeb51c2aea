/**
 * What applications compile against to send SMS through the SMPP Connector resource adapter:
 * the {@link org.smppconnector.api.SmppConnectionFactory} injected into beans, the
 * {@link org.smppconnector.api.SmppConnection} handle, the checked
 * {@link org.smppconnector.api.SmsMessage} and the results. Receiving is in
 * {@link org.smppconnector.api.inbound}.
 *
 * <pre>{@code
 * @Stateless
 * public class Notifier {
 *     @Resource(lookup = "java:app/sms")
 *     SmppConnectionFactory sms;
 *
 *     public String sendCode(String phone, String code) throws ResourceException {
 *         try (SmppConnection connection = sms.getConnection()) {
 *             SmsMessage message = SmsMessage.builder()
 *                     .source("MyShop")
 *                     .destination(phone)              // "+12125551234"
 *                     .text("Your code is " + code)
 *                     .requestReceipt()
 *                     .validity(Duration.ofMinutes(10))
 *                     .build();
 *             return connection.submit(message).messageId();
 *         } catch (InvalidMessageException e) {
 *             throw new BadRequest(e.field(), e.getMessage());   // the application's own exception
 *         }
 *     }
 * }
 * }</pre>
 *
 * <h2>Errors</h2>
 * Every failure the API reports is a checked {@link org.smppconnector.api.SmppResourceException},
 * a {@link jakarta.resource.ResourceException} as JCA wants: catch one type, or the subclass that
 * matters. Being checked, it also stays an application exception in an EJB, reaching the caller
 * as it is, without rolling its transaction back. They are:
 * <ul>
 *   <li>{@link org.smppconnector.api.InvalidMessageException}: the request is invalid, with
 *       {@code field()} naming what. Thrown by the builders for what the message alone shows
 *       and by the connection for what the account decides; nothing was sent; not retriable;</li>
 *   <li>{@link org.smppconnector.api.SmscRejectedException}: the SMSC answered with an error
 *       {@code commandStatus()} ({@code commandStatusName()} gives its name), and its
 *       {@link org.smppconnector.api.ThrottledException} when it stayed overloaded through the
 *       connector's retries;</li>
 *   <li>{@link org.smppconnector.api.SmppTimeoutException} and
 *       {@link org.smppconnector.api.ConnectionLostException}: no answer, and perhaps
 *       {@code mayHaveBeenAccepted()};</li>
 *   <li>{@link org.smppconnector.api.NotBoundException}, {@link org.smppconnector.api.UnknownAccountException},
 *       {@link org.smppconnector.api.OperationNotSupportedException}: nothing to send on, or
 *       nothing that does this.</li>
 * </ul>
 * Each says whether trying again later may work ({@code isRetriable()}) and, for a split
 * message, which parts went out before the failure ({@code acceptedMessageIds()}).
 *
 * <p>Unchecked exceptions mean a programming error, as in the JDK: {@link NullPointerException}
 * for a null where a value is required, {@link IllegalArgumentException} for a value type
 * given an impossible value (a TLV tag beyond 16 bits), {@link IllegalStateException} for a
 * closed connection.
 */
package org.smppconnector.api;
