package org.smppconnector.smpp.split;

/**
 * How many units (see {@link org.smppconnector.smpp.text.Alphabet}) fit in one short message of an
 * alphabet: alone, and as one part of a message concatenated with an 8-bit reference UDH.
 * Other headers (16-bit reference, national language shifts) take their extra octets from these,
 * counted at {@code bitsPerUnit} bits per unit.
 *
 * @param single units in a message sent alone, e.g. 160 GSM-7 septets
 * @param multipart units in one part with the 6-octet concatenation UDH, e.g. 153 septets
 * @param bitsPerUnit bits a unit takes on the air: 7 for GSM-7 (and for IA5 or Latin-1 where the
 *     SMSC sends those as GSM-7, as Mobile Text Alerts does at 160 per part), 8, or 16 for UCS-2
 */
public record PartLimits(int single, int multipart, int bitsPerUnit) {

    /** 160 / 153 septets. */
    public static final PartLimits GSM7 = new PartLimits(160, 153, 7);
    /** 140 / 134 octets. */
    public static final PartLimits EIGHT_BIT = new PartLimits(140, 134, 8);
    /** 70 / 67 UTF-16 code units. */
    public static final PartLimits UCS2 = new PartLimits(70, 67, 16);

    public PartLimits {
        if (single < 1 || multipart < 1 || multipart > single) {
            throw new IllegalArgumentException("part limits need 1 <= multipart <= single, got single " + single
                    + ", multipart " + multipart);
        }
        if (bitsPerUnit < 1 || bitsPerUnit > 16) {
            throw new IllegalArgumentException("bits per unit must be 1..16, got " + bitsPerUnit);
        }
    }

    /** Units a header of {@code octets} octets displaces. */
    int unitsFor(int octets) {
        return (octets * 8 + bitsPerUnit - 1) / bitsPerUnit;
    }
}
