package org.smppconnector.console.http;

import io.helidon.http.Status;
import java.util.List;

/**
 * A refusal the client should see: its HTTP status and the problems, rendered as
 * {@code {"errors":[{"field":..., "message":...}]}} by {@link ErrorHandlers}.
 */
public class ApiException extends RuntimeException {

    private final Status status;
    private final List<FieldError> errors;

    public ApiException(Status status, List<FieldError> errors) {
        super(status.code() + " " + errors, null, false, false);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    /** 400 naming one field. */
    public static ApiException badField(String field, String message) {
        return new ApiException(Status.BAD_REQUEST_400, List.of(new FieldError(field, message)));
    }

    /** 400 naming several fields. */
    public static ApiException badFields(List<FieldError> errors) {
        return new ApiException(Status.BAD_REQUEST_400, errors);
    }

    public static ApiException badRequest(String message) {
        return new ApiException(Status.BAD_REQUEST_400, List.of(FieldError.general(message)));
    }

    public static ApiException notFound(String message) {
        return new ApiException(Status.NOT_FOUND_404, List.of(FieldError.general(message)));
    }

    public static ApiException conflict(String field, String message) {
        return new ApiException(Status.CONFLICT_409, List.of(new FieldError(field, message)));
    }

    public static ApiException forbidden(String message) {
        return new ApiException(Status.FORBIDDEN_403, List.of(FieldError.general(message)));
    }

    public static ApiException unauthorized(String message) {
        return new ApiException(Status.UNAUTHORIZED_401, List.of(FieldError.general(message)));
    }

    public Status status() {
        return status;
    }

    public List<FieldError> errors() {
        return errors;
    }
}
