/**
 * Delivery receipts: reading them, their message states, and matching them to submissions.
 * <ul>
 *   <li>{@link org.smppconnector.smpp.receipt.ReceiptParser} reads a deliver_sm's
 *       short_message and receipt TLVs ({@link org.smppconnector.smpp.receipt.ReceiptTlvs})
 *       into a {@link org.smppconnector.smpp.receipt.DeliveryReceipt}, TLVs first, saying
 *       the {@link org.smppconnector.smpp.receipt.Source} of the id and state;</li>
 *   <li>{@link org.smppconnector.smpp.receipt.ReceiptText} is what the text alone says;</li>
 *   <li>{@link org.smppconnector.smpp.receipt.MessageState} maps TLV codes and stat: words;</li>
 *   <li>{@link org.smppconnector.smpp.receipt.MessageIdNormalization} (an account setting)
 *       keys submit_sm_resp ids and receipt ids alike;
 *       {@link org.smppconnector.smpp.receipt.ErrCodeFormat} (another) reads err:.</li>
 * </ul>
 * Nothing here knows the PDU classes: callers pass plain values.
 */
package org.smppconnector.smpp.receipt;
