package org.smppconnector.smpp.text;

/** A national language identifier whose tables this connector does not have. */
public final class UnsupportedNationalLanguageException extends IllegalArgumentException {

    private final int identifier;

    public UnsupportedNationalLanguageException(int identifier, String table) {
        super("no national language " + table + " table for identifier " + identifier);
        this.identifier = identifier;
    }

    public int identifier() {
        return identifier;
    }
}
