package org.smppconnector.smpp.split;

/** A message that needs more parts (or octets) than the segmentation allows. */
public final class MessageTooLongException extends IllegalArgumentException {

    public MessageTooLongException(String message) {
        super(message);
    }
}
