package org.smppconnector.ra.outbound;

import jakarta.resource.spi.ConnectionRequestInfo;
import java.util.Objects;

/** Which account a connection is asked for. */
final class SmppConnectionRequestInfo implements ConnectionRequestInfo {

    private final String account;

    SmppConnectionRequestInfo(String account) {
        this.account = Objects.requireNonNull(account, "account");
    }

    String account() {
        return account;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SmppConnectionRequestInfo that && account.equals(that.account);
    }

    @Override
    public int hashCode() {
        return account.hashCode();
    }

    @Override
    public String toString() {
        return "SmppConnectionRequestInfo[" + account + "]";
    }
}
