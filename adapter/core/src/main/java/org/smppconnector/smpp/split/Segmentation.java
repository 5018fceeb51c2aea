package org.smppconnector.smpp.split;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.smppconnector.smpp.text.Alphabet;
import org.smppconnector.smpp.text.EncodedText;

/**
 * An account's rules for long messages: the concatenation method, the part limits per alphabet,
 * whether GSM-7 goes packed, and the most parts a message may take. Immutable; the defaults are
 * an 8-bit reference UDH, 160/153 GSM-7 septets, 140/134 octets, 70/67 UCS-2 code units, unpacked
 * GSM-7 and 255 parts, as Mitto and Mobile Text Alerts document.
 */
public final class Segmentation {

    /** SMPP's limit on short_message. */
    static final int MAX_SHORT_MESSAGE = 254;
    /** The message_payload TLV's length is two octets. */
    static final int MAX_MESSAGE_PAYLOAD = 0xFFFF;

    private final ConcatenationMethod method;
    private final Map<Alphabet, PartLimits> limits;
    private final boolean gsm7Packed;
    private final int maxParts;

    private Segmentation(ConcatenationMethod method, Map<Alphabet, PartLimits> limits, boolean gsm7Packed, int maxParts) {
        this.method = Objects.requireNonNull(method, "method");
        this.limits = limits;
        this.gsm7Packed = gsm7Packed;
        this.maxParts = maxParts;
    }

    public static Segmentation defaults() {
        Map<Alphabet, PartLimits> limits = new EnumMap<>(Alphabet.class);
        for (Alphabet alphabet : Alphabet.values()) {
            limits.put(alphabet, PartLimits.EIGHT_BIT);
        }
        limits.put(Alphabet.GSM7, PartLimits.GSM7);
        limits.put(Alphabet.UCS2, PartLimits.UCS2);
        return new Segmentation(ConcatenationMethod.UDH_8BIT_REFERENCE, limits, false, 255);
    }

    public Segmentation withMethod(ConcatenationMethod method) {
        return new Segmentation(method, limits, gsm7Packed, maxParts);
    }

    /**
     * Sets an alphabet's limits.
     *
     * @throws IllegalArgumentException if a part would not fit SMPP's 254-octet short_message
     */
    public Segmentation withLimits(Alphabet alphabet, PartLimits partLimits) {
        // The longest UDH: length octet, 16-bit concatenation IE and both national language shifts.
        int longest = Math.max(partLimits.single(), partLimits.multipart()) * alphabet.octetsPerUnit() + 1 + 6 + 6;
        if (longest > MAX_SHORT_MESSAGE) {
            throw new IllegalArgumentException(alphabet + " limits " + partLimits + " allow short messages of "
                    + longest + " octets with a UDH; SMPP allows " + MAX_SHORT_MESSAGE);
        }
        Map<Alphabet, PartLimits> copy = new EnumMap<>(limits);
        copy.put(alphabet, Objects.requireNonNull(partLimits, "partLimits"));
        return new Segmentation(method, copy, gsm7Packed, maxParts);
    }

    /** Whether GSM-7 parts carry packed septets (after the UDH's fill bits) instead of one per octet. */
    public Segmentation withGsm7Packed(boolean packed) {
        return new Segmentation(method, limits, packed, maxParts);
    }

    /** The most parts one message may be split into, 1..255. */
    public Segmentation withMaxParts(int maxParts) {
        if (maxParts < 1 || maxParts > 255) {
            throw new IllegalArgumentException("max parts must be 1..255, was " + maxParts);
        }
        return new Segmentation(method, limits, gsm7Packed, maxParts);
    }

    public ConcatenationMethod method() {
        return method;
    }

    public PartLimits limits(Alphabet alphabet) {
        return limits.get(alphabet);
    }

    public boolean gsm7Packed() {
        return gsm7Packed;
    }

    public int maxParts() {
        return maxParts;
    }

    /** Units the text may take to go as one short message, its national language IEs counted. */
    public int singleCapacity(EncodedText text) {
        PartLimits partLimits = limits(text.alphabet());
        int elements = text.headerElementOctets();
        return partLimits.single() - (elements == 0 ? 0 : partLimits.unitsFor(1 + elements));
    }

    /**
     * Units one part may take when the text is split with this method, its UDH counted (for
     * {@link ConcatenationMethod#MESSAGE_PAYLOAD}, the parts the SMSC will make).
     */
    public int partCapacity(EncodedText text) {
        PartLimits partLimits = limits(text.alphabet());
        int standardHeader = 1 + ConcatenationMethod.UDH_8BIT_REFERENCE.concatenationElementOctets();
        int header = 1 + method.concatenationElementOctets() + text.headerElementOctets();
        return partLimits.multipart() - (partLimits.unitsFor(header) - partLimits.unitsFor(standardHeader));
    }

    @Override
    public String toString() {
        return "Segmentation[" + method + ", " + limits + (gsm7Packed ? ", GSM-7 packed" : "") + ", max parts " + maxParts + "]";
    }
}
