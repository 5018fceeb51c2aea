package org.smppconnector.simulator.text;

/** Where one part sits in a concatenated message. */
public record Concatenation(MultipartMethod method, int reference, int total, int sequence) {
    public Concatenation {
        if (!method.isSegmented()) {
            throw new IllegalArgumentException("not a segmenting method: " + method);
        }
    }

    /** True when the numbers describe a part that can exist (1 <= sequence <= total). */
    public boolean isConsistent() {
        return total >= 1 && sequence >= 1 && sequence <= total;
    }
}
