package org.smppconnector.smpp.split;

/** An inbound User Data Header whose structure is broken (lengths running past the data). */
public final class MalformedUserDataException extends IllegalArgumentException {

    public MalformedUserDataException(String message) {
        super(message);
    }
}
