package org.smppconnector.simulator.control;

/** A request the control port refuses with 400, naming the field at fault (null when it is the body). */
final class BadRequestException extends RuntimeException {
    private final String field;

    BadRequestException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
