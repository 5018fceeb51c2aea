package org.smppconnector.simulator.account;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * An ESME account of the simulated SMSC.
 *
 * @param maxSessions concurrent sessions allowed; 0 means the profile's default
 */
public record Account(String systemId, String password, Set<BindKind> bindKinds, int maxSessions) {
    public Account {
        Objects.requireNonNull(systemId, "systemId");
        Objects.requireNonNull(password, "password");
        if (systemId.isEmpty() || systemId.length() > 15) {
            throw new IllegalArgumentException("system_id must have 1 to 15 characters, got '" + systemId + "'");
        }
        if (bindKinds == null || bindKinds.isEmpty()) {
            throw new IllegalArgumentException("account " + systemId + " allows no bind type");
        }
        if (maxSessions < 0) {
            throw new IllegalArgumentException("account " + systemId + " has a negative session cap");
        }
        bindKinds = Set.copyOf(bindKinds);
    }

    /** An account that may bind every way, capped by the profile. */
    public static Account of(String systemId, String password) {
        return new Account(systemId, password, EnumSet.allOf(BindKind.class), 0);
    }

    public Account withBindKinds(Set<BindKind> kinds) {
        return new Account(systemId, password, kinds, maxSessions);
    }

    public Account withMaxSessions(int cap) {
        return new Account(systemId, password, bindKinds, cap);
    }

    @Override
    public String toString() {
        return "Account[" + systemId + ", binds=" + bindKinds + ", maxSessions=" + maxSessions + "]";
    }
}
