package org.smppconnector.api;

/** What every text content must be, whatever the encoding: present, and well-formed UTF-16. */
final class Texts {

    private Texts() {
    }

    /**
     * Whether the text fits an encoding depends on the account's encodings and is judged when
     * it is sent; here only what no encoding could carry is refused.
     */
    static void check(String text) throws InvalidMessageException {
        String field = InvalidMessageException.TEXT;
        if (text == null) {
            throw new InvalidMessageException(field, "is required (or a binary content)");
        }
        if (text.isEmpty()) {
            throw new InvalidMessageException(field, "is empty");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidMessageException(field, "has half of a surrogate pair at index " + i
                        + ", which no encoding can carry");
            }
        }
    }
}
