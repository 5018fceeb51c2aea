package org.smppconnector.api;

import jakarta.resource.ResourceException;
import java.util.List;

/**
 * The root of every failure the connector reports to an application: a checked
 * {@link ResourceException}, as JCA wants of everything a resource adapter throws.
 *
 * <p>Two questions decide what to do about any of them:
 * <ul>
 *   <li>{@link #isRetriable()}: may the same call succeed later, unchanged?</li>
 *   <li>{@link #mayHaveBeenAccepted()}: may the SMSC have accepted the request anyway, so that
 *       sending again could deliver the message twice?</li>
 * </ul>
 * When a long text had been split and some of its parts were accepted before the failure,
 * {@link #acceptedMessageIds()} gives their ids, so that nothing the SMSC took is lost track of.
 *
 * <p>The subclasses say what went wrong: {@link InvalidMessageException} (nothing was sent),
 * {@link SmscRejectedException} and its {@link ThrottledException} (the SMSC answered with a
 * command_status), {@link SmppTimeoutException}, {@link ConnectionLostException},
 * {@link NotBoundException}, {@link UnknownAccountException} and
 * {@link OperationNotSupportedException}. The class itself is thrown for failures inside the
 * connector that none of them describes.
 */
public class SmppResourceException extends ResourceException {

    private static final long serialVersionUID = 1L;

    private final boolean mayHaveBeenAccepted;
    private final List<String> acceptedMessageIds;

    public SmppResourceException(String message) {
        this(message, null);
    }

    public SmppResourceException(String message, Throwable cause) {
        this(message, cause, false, List.of());
    }

    /**
     * @param mayHaveBeenAccepted whether the SMSC may have accepted the request in spite of the failure
     * @param acceptedMessageIds  the ids of the parts the SMSC accepted before the failure, in part order
     */
    protected SmppResourceException(String message, Throwable cause, boolean mayHaveBeenAccepted,
            List<String> acceptedMessageIds) {
        super(message, cause);
        this.mayHaveBeenAccepted = mayHaveBeenAccepted;
        this.acceptedMessageIds = List.copyOf(acceptedMessageIds);
    }

    /**
     * Whether making the same call again later may succeed. False unless a subclass knows
     * better: an invalid message stays invalid, a throttled SMSC will take it later.
     */
    public boolean isRetriable() {
        return false;
    }

    /**
     * Whether the SMSC may have accepted the request although the call failed: the request was
     * written but its answer never came. When true, sending again may deliver the message twice;
     * its receipt, if one was requested, will tell.
     */
    public final boolean mayHaveBeenAccepted() {
        return mayHaveBeenAccepted;
    }

    /**
     * The message ids of the parts of a split message that the SMSC accepted before this failure,
     * in part order; empty when there were none (always, for anything but a submit).
     */
    public final List<String> acceptedMessageIds() {
        return acceptedMessageIds;
    }
}
