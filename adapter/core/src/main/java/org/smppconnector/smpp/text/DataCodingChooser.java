package org.smppconnector.smpp.text;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Picks the data_coding for a text: the cheapest encoding that carries it exactly among those an
 * {@link EncodingPolicy} allows. Cheapest means fewest parts (as the caller's segmentation counts
 * them), then fewest bits on the air (national language tables cost UDH octets), then the
 * account's order of preference.
 */
public final class DataCodingChooser {

    private DataCodingChooser() {
    }

    /** Chooses by bits alone, as if every text fitted in one part. */
    public static EncodedText choose(CharSequence text, EncodingPolicy policy) {
        return choose(text, policy, candidate -> 1);
    }

    /**
     * Chooses the cheapest encoding.
     *
     * @param partCount how many parts a candidate would be sent in (the splitter's count)
     * @throws UnencodableTextException naming, for each alphabet tried, the first character it
     *     cannot carry
     */
    public static EncodedText choose(CharSequence text, EncodingPolicy policy, ToIntFunction<EncodedText> partCount) {
        List<UnencodableTextException.Rejection> rejections = new ArrayList<>();
        EncodedText best = null;
        long bestParts = Long.MAX_VALUE;
        long bestBits = Long.MAX_VALUE;
        for (Alphabet alphabet : policy.candidates()) {
            List<ShiftTables> tablesToTry = alphabet == Alphabet.GSM7 ? policy.shiftTables() : List.of(ShiftTables.DEFAULT);
            int furthestRejection = -1;
            boolean carried = false;
            for (ShiftTables tables : tablesToTry) {
                TextCodec codec = TextCodecs.forAlphabet(alphabet, tables);
                int bad = codec.firstUnencodable(text);
                if (bad >= 0) {
                    furthestRejection = Math.max(furthestRejection, bad);
                    continue;
                }
                carried = true;
                EncodedText candidate = EncodedText.owning(alphabet, policy.dataCodingOf(alphabet), tables, codec.encode(text));
                int parts = partCount.applyAsInt(candidate);
                long bits = (long) candidate.units() * alphabet.bitsPerUnit() + 8L * parts * tables.headerOctets();
                if (parts < bestParts || (parts == bestParts && bits < bestBits)) {
                    best = candidate;
                    bestParts = parts;
                    bestBits = bits;
                }
            }
            if (!carried) {
                rejections.add(new UnencodableTextException.Rejection(alphabet,
                        Character.codePointAt(text, furthestRejection), furthestRejection));
            }
        }
        if (best == null) {
            throw new UnencodableTextException(rejections);
        }
        return best;
    }
}
