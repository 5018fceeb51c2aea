package org.smppconnector.smpp.session;

/** The session was closed on purpose (stopped, undeployed): it takes no more requests. */
public class SessionClosedException extends SmppException {

    public SessionClosedException(String reason) {
        super("session closed: " + reason, false, null);
    }
}
