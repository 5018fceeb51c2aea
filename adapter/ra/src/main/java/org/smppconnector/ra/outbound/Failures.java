package org.smppconnector.ra.outbound;

import java.util.List;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.smppconnector.api.ConnectionLostException;
import org.smppconnector.api.NotBoundException;
import org.smppconnector.api.SmppResourceException;
import org.smppconnector.api.SmppTimeoutException;
import org.smppconnector.api.SmscRejectedException;
import org.smppconnector.api.ThrottledException;
import org.smppconnector.smpp.session.BindFailedException;
import org.smppconnector.smpp.session.CommandStatusException;
import org.smppconnector.smpp.session.NoBindAvailableException;
import org.smppconnector.smpp.session.NoResponseException;
import org.smppconnector.smpp.session.ResponseTimeoutException;
import org.smppconnector.smpp.session.SessionClosedException;
import org.smppconnector.smpp.session.TpsLimitException;
import org.smppconnector.smpp.session.WindowFullException;

/** The core's failures as the API's exceptions, with the ids of the parts accepted before. */
final class Failures {

    private Failures() {
    }

    static SmppResourceException of(Throwable failure, String account, String what, List<String> accepted) {
        Throwable cause = unwrap(failure);
        if (cause instanceof SmppResourceException e) {
            return e;
        }
        String message = what + " on account '" + account + "': " + cause.getMessage();
        if (cause instanceof org.smppconnector.smpp.session.ThrottledException e) {
            return new ThrottledException(message, e.statusCode(), statusName(e), accepted);
        }
        if (cause instanceof CommandStatusException e) {
            return new SmscRejectedException(message, e.statusCode(), statusName(e), accepted);
        }
        if (cause instanceof ResponseTimeoutException e) {
            return new SmppTimeoutException(message, e.mayHaveBeenAccepted(), accepted);
        }
        if (cause instanceof NoResponseException e) {
            return new ConnectionLostException(message, e.mayHaveBeenAccepted(), accepted, e);
        }
        if (cause instanceof WindowFullException || cause instanceof TpsLimitException) {
            return new SmppTimeoutException(message, false, accepted);
        }
        if (cause instanceof NoBindAvailableException || cause instanceof BindFailedException) {
            return accepted.isEmpty() ? new NotBoundException(account, message)
                    : new ConnectionLostException(message, false, accepted, cause);
        }
        if (cause instanceof SessionClosedException) {
            return new SmppResourceException(message + " (the adapter is stopping)", cause);
        }
        if (cause instanceof InterruptedException) {
            Thread.currentThread().interrupt();
            return new SmppResourceException(what + " interrupted on account '" + account + "'", cause);
        }
        return new SmppResourceException(message, cause);
    }

    static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof CompletionException || cause instanceof ExecutionException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static String statusName(CommandStatusException e) {
        return e.commandStatusName().orElse(String.format("0x%08X", e.statusCode()));
    }
}
