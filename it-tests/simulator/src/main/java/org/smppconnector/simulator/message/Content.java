package org.smppconnector.simulator.message;

import org.smppconnector.simulator.text.Alphabet;
import org.smppconnector.simulator.text.Concatenation;
import org.smppconnector.simulator.text.MultipartMethod;

/**
 * What a submission carries: its user data (without header) decoded in its alphabet, and
 * where it sits in a multipart message.
 *
 * @param concatenation null unless the method segments the message
 */
public record Content(Alphabet alphabet, MultipartMethod method, Concatenation concatenation,
                      byte[] userData, String text) {

    public boolean isPart() {
        return concatenation != null;
    }
}
