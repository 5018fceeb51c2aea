package org.smppconnector.simulator.cli;

import java.util.ArrayList;
import java.util.List;

import org.smppconnector.simulator.message.DeliveryState;
import org.smppconnector.simulator.receipt.Outcome;

/**
 * A receipt outcome as the command line writes it: {@code [INTERMEDIATE>...]STATE[:ERROR]},
 * e.g. {@code DELIVRD}, {@code UNDELIV:0x107E}, {@code ENROUTE>ACCEPTD>EXPIRED:12}, or
 * {@code never} for a message that gets no receipt at all.
 */
final class OutcomeText {
    private OutcomeText() {
    }

    static Outcome parse(String text) {
        String trimmed = text.trim();
        if (trimmed.equalsIgnoreCase("never") || trimmed.equalsIgnoreCase("none")) {
            return Outcome.never();
        }
        String[] steps = trimmed.split(">", -1);
        List<DeliveryState> intermediates = new ArrayList<>();
        for (int i = 0; i < steps.length - 1; i++) {
            intermediates.add(DeliveryState.parse(steps[i]));
        }
        String last = steps[steps.length - 1];
        int colon = last.indexOf(':');
        DeliveryState state = DeliveryState.parse(colon < 0 ? last : last.substring(0, colon));
        int error = colon < 0 ? 0 : error(last.substring(colon + 1).trim());
        return new Outcome(state, error, intermediates, false);
    }

    private static int error(String text) {
        try {
            int value = text.startsWith("0x") || text.startsWith("0X") ? Integer.parseInt(text.substring(2), 16)
                    : Integer.parseInt(text);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("error code '" + text + "' is not a number (decimal or 0x hex)");
        }
    }
}
