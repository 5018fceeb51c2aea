package org.smppconnector.console.http;

/**
 * One problem with a request, as the API reports it: the field at fault (a JSON path such as
 * {@code bindGroups[1].transmitters}, or null when the problem is not one field's) and what
 * is wrong with it.
 */
public record FieldError(String field, String message) {

    public static FieldError general(String message) {
        return new FieldError(null, message);
    }
}
