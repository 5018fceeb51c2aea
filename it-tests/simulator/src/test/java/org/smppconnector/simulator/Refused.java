package org.smppconnector.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;

import org.jsmpp.extra.NegativeResponseException;
import org.junit.jupiter.api.function.Executable;

/** Asserts that the SMSC answered a request, or a bind, with a given command_status. */
final class Refused {
    private Refused() {
    }

    static void with(int status, Executable request) {
        NegativeResponseException refused = assertThrows(NegativeResponseException.class, request);
        assertEquals(status, refused.getCommandStatus(), refused.getMessage());
    }

    static void bindWith(int status, Executable bind) {
        IOException failed = assertThrows(IOException.class, bind);
        if (!(failed.getCause() instanceof NegativeResponseException)) {
            throw new AssertionError("the bind was not answered negatively", failed);
        }
        assertEquals(status, ((NegativeResponseException) failed.getCause()).getCommandStatus());
    }
}
