package org.smppconnector.store.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smppconnector.smpp.receipt.MessageState;

class DeliveryStateTest {

    @Test
    void eachMessageStateHasOneAndFinalityIsTheCores() {
        for (MessageState state : MessageState.values()) {
            DeliveryState delivery = DeliveryState.of(state);
            assertEquals(state, delivery.messageState());
            assertEquals(state.isFinal(), delivery.isFinal(), state.name());
        }
        assertFalse(DeliveryState.SUBMITTED.isFinal());
    }

    @Test
    void aFinalStateIsNeverReplaced() {
        for (DeliveryState later : DeliveryState.values()) {
            assertFalse(later.replaces(DeliveryState.DELIVERED), later.name());
            assertFalse(later.replaces(DeliveryState.UNDELIVERABLE), later.name());
        }
    }

    @Test
    void aNonFinalStateReplacesOnlyWhatIsNoMoreAdvanced() {
        assertTrue(DeliveryState.ENROUTE.replaces(DeliveryState.SUBMITTED));
        assertTrue(DeliveryState.ENROUTE.replaces(DeliveryState.ENROUTE));
        assertTrue(DeliveryState.ACCEPTED.replaces(DeliveryState.ENROUTE));
        assertFalse(DeliveryState.ENROUTE.replaces(DeliveryState.ACCEPTED));
        assertTrue(DeliveryState.DELIVERED.replaces(DeliveryState.ACCEPTED));
        assertTrue(DeliveryState.UNDELIVERABLE.replaces(DeliveryState.UNKNOWN));
    }

    @Test
    void combinesPartsAllDeliveredAnyFailedOrTheLeastAdvanced() {
        assertEquals(DeliveryState.DELIVERED, DeliveryState.combine(List.of(DeliveryState.DELIVERED, DeliveryState.DELIVERED)));
        assertEquals(DeliveryState.EXPIRED, DeliveryState.combine(List.of(DeliveryState.DELIVERED, DeliveryState.EXPIRED,
                DeliveryState.REJECTED)));
        assertEquals(DeliveryState.ENROUTE, DeliveryState.combine(List.of(DeliveryState.DELIVERED, DeliveryState.ENROUTE,
                DeliveryState.ACCEPTED)));
        assertEquals(DeliveryState.SUBMITTED, DeliveryState.combine(List.of(DeliveryState.SUBMITTED, DeliveryState.DELIVERED)));
    }
}
