package org.smppconnector.sample.rest;

/** A request body the API cannot take; {@link #field()} names the JSON field at fault, or is null for the body. */
public class InvalidRequestException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String field;

    public InvalidRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
