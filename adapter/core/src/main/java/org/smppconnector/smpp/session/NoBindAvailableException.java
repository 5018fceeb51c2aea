package org.smppconnector.smpp.session;

/**
 * No bind of the account can transmit right now (all connecting, rebinding or down). Nothing
 * was sent; the request can be tried again once a bind is back.
 */
public class NoBindAvailableException extends SmppException {

    public NoBindAvailableException(String account) {
        super("no bound transmitter for account " + account, true, null);
    }
}
