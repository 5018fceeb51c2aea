package org.smppconnector.smpp.pool;

import org.smppconnector.smpp.session.BindType;
import org.smppconnector.smpp.session.SessionStatus;

/**
 * One bind of an account, for the console: which group and type it is, where it is (or last
 * was) connected, its session's state and counters, and how it has fared.
 *
 * @param index        the bind's number within the account, from 0
 * @param address      the host it is bound (or binding, or was last bound) to; null before the first attempt
 * @param session      the current session's status; null before the first attempt
 * @param bindsMade    how many times it bound since the pool started
 * @param lastProblem  the last connect, bind or close problem, or null
 */
public record BindStatus(int index, String systemType, BindType bindType, SmscAddress address, SessionStatus session,
                         long bindsMade, String lastProblem) {
}
