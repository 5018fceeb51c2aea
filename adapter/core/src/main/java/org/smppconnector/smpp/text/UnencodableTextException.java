package org.smppconnector.smpp.text;

import java.io.Serializable;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A text that the forced data coding, or every allowed one, cannot carry exactly. Names the
 * offending character (as a code point, e.g. U+1F600) and its index in the text; when several
 * alphabets were tried, {@link #rejections()} says where each one stopped and the headline
 * ({@link #codePoint()}, {@link #index()}) is the one that got furthest.
 */
public final class UnencodableTextException extends IllegalArgumentException {

    /**
     * Where one alphabet stopped.
     *
     * @param alphabet the alphabet that was tried
     * @param codePoint the first character it cannot carry
     * @param index that character's index in the text (in UTF-16 chars, as {@link String} counts)
     */
    public record Rejection(Alphabet alphabet, int codePoint, int index) implements Serializable {
        @Override
        public String toString() {
            return alphabet + " cannot carry " + describe(codePoint) + " at index " + index;
        }
    }

    private final List<Rejection> rejections;

    public UnencodableTextException(Alphabet alphabet, int codePoint, int index) {
        this(List.of(new Rejection(alphabet, codePoint, index)));
    }

    public UnencodableTextException(List<Rejection> rejections) {
        super(message(rejections));
        this.rejections = List.copyOf(rejections);
    }

    private static String message(List<Rejection> rejections) {
        if (rejections.isEmpty()) {
            throw new IllegalArgumentException("no rejection given");
        }
        if (rejections.size() == 1) {
            Rejection only = rejections.get(0);
            return "Text cannot be encoded in " + only.alphabet() + ": " + describe(only.codePoint())
                    + " at index " + only.index();
        }
        return "Text cannot be encoded in any allowed data coding: "
                + rejections.stream().map(Rejection::toString).collect(Collectors.joining("; "));
    }

    /** "U+1F600 '😀'", or just the code point for controls and unpaired surrogates. */
    static String describe(int codePoint) {
        String hex = String.format("U+%04X", codePoint);
        boolean printable = !Character.isISOControl(codePoint) && !Character.isSurrogate((char) codePoint)
                && Character.isDefined(codePoint);
        return printable ? hex + " '" + new String(Character.toChars(codePoint)) + "'" : hex;
    }

    private Rejection headline() {
        return rejections.stream().max(Comparator.comparingInt(Rejection::index)).orElseThrow();
    }

    /** The offending character (of the alphabet that got furthest). */
    public int codePoint() {
        return headline().codePoint();
    }

    /** The offending character's index in the text, in UTF-16 chars. */
    public int index() {
        return headline().index();
    }

    /** Each alphabet tried, in the order tried, with where it stopped. */
    public List<Rejection> rejections() {
        return rejections;
    }
}
