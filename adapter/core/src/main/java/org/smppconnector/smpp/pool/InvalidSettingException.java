package org.smppconnector.smpp.pool;

/** An account setting that cannot work, naming the field (e.g. {@code credentials.password}). */
public class InvalidSettingException extends IllegalArgumentException {

    private final String field;

    public InvalidSettingException(String field, String problem) {
        super(field + ": " + problem);
        this.field = field;
    }

    /** The setting at fault, as a path: {@code bindGroups[1].systemType}. */
    public String field() {
        return field;
    }
}
