package org.smppconnector.ra.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;
import org.smppconnector.api.ConnectionLostException;
import org.smppconnector.api.InvalidMessageException;
import org.smppconnector.api.NotBoundException;
import org.smppconnector.api.SmppResourceException;
import org.smppconnector.api.SmppTimeoutException;
import org.smppconnector.api.SmscRejectedException;
import org.smppconnector.api.ThrottledException;
import org.smppconnector.smpp.session.CommandStatusException;
import org.smppconnector.smpp.session.NoBindAvailableException;
import org.smppconnector.smpp.session.ResponseTimeoutException;
import org.smppconnector.smpp.session.WindowFullException;

class FailuresTest {

    private static final List<String> ACCEPTED = List.of("id-1", "id-2");

    private static SmppResourceException map(Throwable failure) {
        return Failures.of(new CompletionException(failure), "acme", "submit_sm for part 3 of 3", ACCEPTED);
    }

    @Test
    void anSmscRefusalCarriesTheCommandStatusNameAndValueAndTheAcceptedParts() {
        SmscRejectedException e = assertInstanceOf(SmscRejectedException.class,
                map(new CommandStatusException("submit_sm", 0x0B, "ESME_RINVDSTADR", false)));
        assertEquals(0x0B, e.commandStatus());
        assertEquals("ESME_RINVDSTADR", e.commandStatusName());
        assertEquals("ESME_RINVDSTADR", e.getErrorCode());
        assertEquals(ACCEPTED, e.acceptedMessageIds());
        assertFalse(e.isRetriable());
        assertTrue(e.getMessage().contains("acme") && e.getMessage().contains("part 3 of 3"), e.getMessage());
        SmscRejectedException unnamed = assertInstanceOf(SmscRejectedException.class,
                map(new CommandStatusException("submit_sm", 0x0458, null, false)));
        assertEquals("0x00000458", unnamed.commandStatusName(), "a vendor status is named by its value");
    }

    @Test
    void throttlingThatOutlastedTheRetriesIsRetriable() {
        ThrottledException e = assertInstanceOf(ThrottledException.class,
                map(new org.smppconnector.smpp.session.ThrottledException("submit_sm", 0x58, "ESME_RTHROTTLED", 3)));
        assertEquals(0x58, e.commandStatus());
        assertTrue(e.isRetriable());
    }

    @Test
    void noAnswerSaysWhetherTheSmscMayHaveTheMessage() {
        SmppTimeoutException written = assertInstanceOf(SmppTimeoutException.class,
                map(new ResponseTimeoutException(7, true, 1_000_000)));
        assertTrue(written.mayHaveBeenAccepted());
        ConnectionLostException lost = assertInstanceOf(ConnectionLostException.class,
                map(new org.smppconnector.smpp.session.ConnectionLostException(7, false, "reset", null)));
        assertFalse(lost.mayHaveBeenAccepted());
        SmppTimeoutException full = assertInstanceOf(SmppTimeoutException.class, map(new WindowFullException(10, 5)));
        assertFalse(full.mayHaveBeenAccepted());
    }

    @Test
    void noBindIsNotBoundAndTheApisOwnExceptionsPassThrough() {
        NotBoundException e = assertInstanceOf(NotBoundException.class,
                Failures.of(new NoBindAvailableException("acme"), "acme", "submit_sm", List.of()));
        assertEquals("acme", e.account());
        InvalidMessageException invalid = new InvalidMessageException("text", "is empty");
        assertSame(invalid, map(invalid));
    }
}
