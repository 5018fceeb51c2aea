package org.smppconnector.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.resource.ResourceException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExceptionsTest {

    @Test
    void aRefusalCarriesTheCommandStatusValueAndName() {
        SmscRejectedException e = new SmscRejectedException("submit_sm refused", 0x0B, "ESME_RINVDSTADR", List.of());
        assertEquals(0x0B, e.commandStatus());
        assertEquals("ESME_RINVDSTADR", e.commandStatusName());
        assertEquals("ESME_RINVDSTADR", e.getErrorCode());
        assertTrue(e.getMessage().startsWith("submit_sm refused"), e.getMessage());
        assertTrue(e.getMessage().contains("ESME_RINVDSTADR"), e.getMessage());
        assertFalse(e.mayHaveBeenAccepted());
        assertInstanceOf(ResourceException.class, e);
    }

    @Test
    void esmeRokIsNoRefusal() {
        assertThrows(IllegalArgumentException.class, () -> new SmscRejectedException("x", 0, "ESME_ROK", List.of()));
    }

    @ParameterizedTest(name = "0x{0} {1}: retriable {2}")
    @CsvSource({
        "08, ESME_RSYSERR, true",
        "14, ESME_RMSGQFUL, true",
        "58, ESME_RTHROTTLED, true",
        "64, ESME_RX_T_APPN, true",
        "0B, ESME_RINVDSTADR, false",
        "45, ESME_RSUBMITFAIL, false",
        "62, ESME_RINVEXPIRY, false",
        "65, ESME_RX_P_APPN, false",
        "400, vendor specific, false",
    })
    void onlyTemporaryStatusesAreRetriable(String hex, String name, boolean retriable) {
        int status = Integer.parseInt(hex, 16);
        assertEquals(retriable, new SmscRejectedException("refused", status, name, List.of()).isRetriable());
    }

    @Test
    void throttlingIsARetriableRefusal() {
        ThrottledException e = new ThrottledException("still throttled after 5 tries", 0x58, "ESME_RTHROTTLED", List.of());
        assertInstanceOf(SmscRejectedException.class, e);
        assertTrue(e.isRetriable());
        assertEquals(0x58, e.commandStatus());
    }

    @Test
    void anInvalidMessageNamesItsFieldAndIsNeverRetriable() {
        InvalidMessageException e = new InvalidMessageException(InvalidMessageException.VALIDITY,
                "is 30 days; the account allows at most 21");
        assertEquals("validity", e.field());
        assertEquals("validity is 30 days; the account allows at most 21", e.getMessage());
        assertFalse(e.isRetriable());
        assertFalse(e.mayHaveBeenAccepted());
        assertEquals(List.of(), e.acceptedMessageIds());
    }

    @Test
    void timeoutsAndLostConnectionsSayWhetherTheSmscMayHaveTheMessage() {
        assertTrue(new SmppTimeoutException("no submit_sm_resp in 10 s", true, List.of()).mayHaveBeenAccepted());
        assertFalse(new SmppTimeoutException("no window slot in 10 s", false, List.of()).mayHaveBeenAccepted());
        IOException cause = new IOException("reset");
        ConnectionLostException lost = new ConnectionLostException("bind lost", true, List.of(), cause);
        assertTrue(lost.mayHaveBeenAccepted());
        assertEquals(cause, lost.getCause());
        assertTrue(lost.isRetriable());
        assertTrue(new SmppTimeoutException("t", true, List.of()).isRetriable());
    }

    @Test
    void thePartsAcceptedBeforeAFailureAreKeptAndCannotChange() {
        List<String> ids = new ArrayList<>(List.of("id-1", "id-2"));
        SmscRejectedException e = new SmscRejectedException("part 3 of 3 refused", 0x45, "ESME_RSUBMITFAIL", ids);
        ids.add("id-3");
        assertEquals(List.of("id-1", "id-2"), e.acceptedMessageIds());
        assertThrows(UnsupportedOperationException.class, () -> e.acceptedMessageIds().add("x"));
    }

    @Test
    void accountsAndOperationsAreNamed() {
        assertEquals("no account named 'mitto' is configured", new UnknownAccountException("mitto").getMessage());
        assertFalse(new UnknownAccountException("mitto").isRetriable());
        OperationNotSupportedException unsupported = new OperationNotSupportedException("data_sm", "bulksms");
        assertEquals("account 'bulksms' does not support data_sm", unsupported.getMessage());
        assertEquals("data_sm", unsupported.operation());
        assertEquals("bulksms", unsupported.account());
        assertFalse(unsupported.isRetriable());
        NotBoundException notBound = new NotBoundException("bulksms", "bind refused: ESME_RINVPASWD");
        assertEquals("bulksms", notBound.account());
        assertTrue(notBound.isRetriable());
    }

    @Test
    void everyFailureIsAnSmppResourceException() {
        List<SmppResourceException> all = List.of(
                new InvalidMessageException("text", "is empty"),
                new SmscRejectedException("r", 1, "ESME_RINVMSGLEN", List.of()),
                new ThrottledException("t", 0x58, "ESME_RTHROTTLED", List.of()),
                new SmppTimeoutException("t", false, List.of()),
                new ConnectionLostException("l", false, List.of(), null),
                new NotBoundException("a", "n"),
                new UnknownAccountException("a"),
                new OperationNotSupportedException("query_sm", "a"),
                new SmppResourceException("store unavailable"));
        for (SmppResourceException e : all) {
            assertInstanceOf(ResourceException.class, e);
        }
        assertFalse(new SmppResourceException("store unavailable").isRetriable());
    }

    @Test
    void exceptionsSurviveSerialisationAsRemoteCallersNeed() throws Exception {
        SmscRejectedException e = new SmscRejectedException("refused", 0x0B, "ESME_RINVDSTADR", List.of("id-1"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(e);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            SmscRejectedException copy = (SmscRejectedException) in.readObject();
            assertEquals(0x0B, copy.commandStatus());
            assertEquals("ESME_RINVDSTADR", copy.commandStatusName());
            assertEquals(List.of("id-1"), copy.acceptedMessageIds());
        }
    }
}
