package org.smppconnector.simulator.receipt;

import java.util.regex.Pattern;

/** Destinations matching the pattern (found anywhere, anchor it as needed) get this outcome. */
public record ReceiptRule(Pattern destination, Outcome outcome) {
    public boolean matches(String address) {
        return destination.matcher(address).find();
    }
}
