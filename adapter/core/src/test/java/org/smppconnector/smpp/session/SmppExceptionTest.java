package org.smppconnector.smpp.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class SmppExceptionTest {

    @Test
    void refusalCarriesTheStatusNameAndValue() {
        CommandStatusException e = new CommandStatusException("submit_sm", 0x0B, "ESME_RINVDSTADR", false);
        assertEquals("submit_sm refused by the SMSC: ESME_RINVDSTADR (0x0000000B)", e.getMessage());
        assertEquals(OptionalInt.of(0x0B), e.commandStatus());
        assertEquals(Optional.of("ESME_RINVDSTADR"), e.commandStatusName());
        assertEquals(0x0B, e.statusCode());
        assertEquals("submit_sm", e.command());
        assertFalse(e.isRetriable());
        assertFalse(e.mayHaveBeenAccepted(), "a refused request was not accepted");
    }

    @Test
    void statusWithoutAKnownNameIsShownInHex() {
        CommandStatusException e = new CommandStatusException("data_sm", 0x458, null, true);
        assertTrue(e.getMessage().endsWith(": 0x00000458"), e.getMessage());
        assertEquals(Optional.empty(), e.commandStatusName());
        assertTrue(e.isRetriable());
    }

    @Test
    void throttlingAfterRetriesSaysHowOftenItWasTried() {
        ThrottledException e = new ThrottledException("submit_sm", 0x58, "ESME_RTHROTTLED", 4);
        assertEquals("submit_sm still refused by the SMSC after 4 attempts: ESME_RTHROTTLED (0x00000058)",
                e.getMessage());
        assertEquals(4, e.attempts());
        assertTrue(e.isRetriable());
        assertFalse(e.mayHaveBeenAccepted());
    }

    @Test
    void engineFailuresCarryNoStatus() {
        SmppException[] failures = {
            new WindowFullException(10, 5_000_000_000L),
            new ResponseTimeoutException(7, true, 10_000_000_000L),
            new ConnectionLostException(7, false, "reset", null),
            new SessionClosedException("stopped"),
            new NoBindAvailableException("acme")};
        for (SmppException e : failures) {
            assertEquals(OptionalInt.empty(), e.commandStatus(), e.getClass().getSimpleName());
            assertEquals(Optional.empty(), e.commandStatusName());
        }
        assertEquals("all 10 requests of the window still in flight after waiting 5000 ms", failures[0].getMessage());
        assertEquals("no response to request 7 within 10000 ms (written: the SMSC may have accepted it)",
                failures[1].getMessage());
        assertEquals("request 7 lost with its connection: reset (never written: the SMSC did not receive it)",
                failures[2].getMessage());
    }

    @Test
    void retriableAndAcceptanceFlagsTellWhetherAResendIsSafe() {
        assertTrue(new WindowFullException(1, 0).isRetriable());
        assertTrue(new NoBindAvailableException("a").isRetriable());
        assertFalse(new SessionClosedException("x").isRetriable());
        assertTrue(new ResponseTimeoutException(1, true, 1).mayHaveBeenAccepted());
        assertFalse(new ResponseTimeoutException(1, false, 1).mayHaveBeenAccepted());
        assertTrue(new ConnectionLostException(1, true, "x", null).mayHaveBeenAccepted());
        assertFalse(new WindowFullException(1, 0).mayHaveBeenAccepted());
    }

    @Test
    void bulkFailuresSkipTheStackTraceOfTheSweepingThread() {
        assertEquals(0, new ResponseTimeoutException(1, true, 1).getStackTrace().length);
        assertTrue(new WindowFullException(1, 0).getStackTrace().length > 0, "a caller's own failure keeps its trace");
    }
}
