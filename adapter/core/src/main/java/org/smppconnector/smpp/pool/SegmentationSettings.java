package org.smppconnector.smpp.pool;

import java.util.Objects;
import java.util.Set;

/**
 * How an account splits long messages: the method and the characters per part. A placeholder
 * for the splitter's own settings: these are the fields providers publish.
 *
 * @param gsm7PerPart          GSM 7-bit characters per part (153 with a 6-octet header)
 * @param ucs2PerPart          UCS-2 characters per part (67)
 * @param octetsPerPart        octets per part for 8-bit codings (134)
 * @param multipartDataCodings data_coding values that may be split; empty means any allowed
 *                             one (BulkSMS concatenates GSM 7-bit only)
 * @param ia5AndLatin1AsGsm7   IA5 and Latin-1 text counted like GSM-7 (160 characters alone,
 *                             gsm7PerPart per part) instead of octetsPerPart: for an SMSC that
 *                             sends them on as GSM-7 (Mobile Text Alerts: 160 per segment)
 */
public record SegmentationSettings(SegmentationMethod method, int gsm7PerPart, int ucs2PerPart, int octetsPerPart,
                                   Set<Integer> multipartDataCodings, boolean ia5AndLatin1AsGsm7) {

    /** 6-octet concatenation header: 153 GSM, 67 UCS-2, 134 octets per part. */
    public static final SegmentationSettings UDH_DEFAULT =
            new SegmentationSettings(SegmentationMethod.UDH_8BIT_REFERENCE, 153, 67, 134, Set.of());

    /** Counting IA5 and Latin-1 text in octets. */
    public SegmentationSettings(SegmentationMethod method, int gsm7PerPart, int ucs2PerPart, int octetsPerPart,
                                Set<Integer> multipartDataCodings) {
        this(method, gsm7PerPart, ucs2PerPart, octetsPerPart, multipartDataCodings, false);
    }

    public SegmentationSettings {
        Objects.requireNonNull(method, "segmentation.method");
        checkPart("segmentation.gsm7PerPart", gsm7PerPart, 160);
        checkPart("segmentation.ucs2PerPart", ucs2PerPart, 70);
        checkPart("segmentation.octetsPerPart", octetsPerPart, 140);
        multipartDataCodings = Set.copyOf(multipartDataCodings);
        for (int dcs : multipartDataCodings) {
            if (dcs < 0 || dcs > 255) {
                throw new InvalidSettingException("segmentation.multipartDataCodings", "data_coding is one octet: " + dcs);
            }
        }
    }

    /** The same, splitting only messages in these data codings. */
    public SegmentationSettings onlyFor(Integer... dataCodings) {
        return new SegmentationSettings(method, gsm7PerPart, ucs2PerPart, octetsPerPart, Set.of(dataCodings),
                ia5AndLatin1AsGsm7);
    }

    /** The same, counting IA5 and Latin-1 text like GSM-7 (see {@link #ia5AndLatin1AsGsm7()}). */
    public SegmentationSettings withIa5AndLatin1AsGsm7() {
        return new SegmentationSettings(method, gsm7PerPart, ucs2PerPart, octetsPerPart, multipartDataCodings, true);
    }

    /**
     * The splitter's form of these settings: the method, and per alphabet the characters per
     * part (single messages keep the GSM limits of 160 septets, 70 UCS-2 units, 140 octets).
     * {@link #multipartDataCodings()} is not part of it: choosing the encoding is the caller's.
     */
    public org.smppconnector.smpp.split.Segmentation toSegmentation() {
        org.smppconnector.smpp.split.ConcatenationMethod concatenation;
        switch (method) {
            case UDH_16BIT_REFERENCE:
                concatenation = org.smppconnector.smpp.split.ConcatenationMethod.UDH_16BIT_REFERENCE;
                break;
            case SAR_TLVS:
                concatenation = org.smppconnector.smpp.split.ConcatenationMethod.SAR_TLV;
                break;
            case MESSAGE_PAYLOAD:
                concatenation = org.smppconnector.smpp.split.ConcatenationMethod.MESSAGE_PAYLOAD;
                break;
            default:
                concatenation = org.smppconnector.smpp.split.ConcatenationMethod.UDH_8BIT_REFERENCE;
        }
        org.smppconnector.smpp.split.Segmentation result =
                org.smppconnector.smpp.split.Segmentation.defaults().withMethod(concatenation);
        for (org.smppconnector.smpp.text.Alphabet alphabet : org.smppconnector.smpp.text.Alphabet.values()) {
            org.smppconnector.smpp.split.PartLimits limits;
            boolean countedAsGsm7 = ia5AndLatin1AsGsm7 && (alphabet == org.smppconnector.smpp.text.Alphabet.IA5
                    || alphabet == org.smppconnector.smpp.text.Alphabet.LATIN1);
            if (alphabet == org.smppconnector.smpp.text.Alphabet.GSM7 || countedAsGsm7) {
                limits = new org.smppconnector.smpp.split.PartLimits(160, gsm7PerPart, 7);
            } else if (alphabet == org.smppconnector.smpp.text.Alphabet.UCS2) {
                limits = new org.smppconnector.smpp.split.PartLimits(70, ucs2PerPart, 16);
            } else {
                limits = new org.smppconnector.smpp.split.PartLimits(140, octetsPerPart, 8);
            }
            result = result.withLimits(alphabet, limits);
        }
        return result;
    }

    private static void checkPart(String field, int value, int max) {
        if (value < 1 || value > max) {
            throw new InvalidSettingException(field, "must be 1.." + max + ": " + value);
        }
    }
}
