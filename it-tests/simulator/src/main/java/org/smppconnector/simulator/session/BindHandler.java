package org.smppconnector.simulator.session;

import java.io.IOException;
import java.util.concurrent.TimeoutException;

import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.InterfaceVersion;
import org.jsmpp.session.BindRequest;
import org.smppconnector.simulator.account.Account;
import org.smppconnector.simulator.account.BindKind;
import org.smppconnector.simulator.profile.ProfileRules;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.smpp.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Waits for a new connection's bind and answers it: maintenance, interface version,
 * credentials, allowed bind types and the account's session cap, in that order.
 */
final class BindHandler {
    private static final Logger LOG = LoggerFactory.getLogger(BindHandler.class);

    private static final long REFUSED_BIND_GRACE_MILLIS = 1000;

    private final SessionServices services;

    BindHandler(SessionServices services) {
        this.services = services;
    }

    void handle(ServerSession session) {
        BindRequest request;
        try {
            request = session.jsmpp().waitForBind(services.settings().bindTimeout().toMillis());
        } catch (TimeoutException e) {
            // jSMPP also ends the wait this way when the connection closed first: then the ESME closed it
            if (session.state() != SimulatedSession.State.CLOSED) {
                session.close("no bind within " + services.settings().bindTimeout().toMillis() + " ms");
            }
            return;
        } catch (IllegalStateException e) {
            session.close("closed before binding");
            return;
        }
        try {
            authorize(session, request);
        } catch (Refusal refusal) {
            services.counters().increment(Counter.BINDS_REFUSED);
            LOG.debug("session {}: bind of '{}' refused: {}", session.id(), request.getSystemId(), refusal.getMessage());
            try {
                request.reject(refusal.commandStatus());
            } catch (IOException | IllegalStateException e) {
                LOG.debug("session {}: bind refusal not sent: {}", session.id(), e.toString());
            }
            // the ESME closes on a refused bind; closing at once could lose the response in a reset
            session.closeLater("bind refused: " + refusal.getMessage(), REFUSED_BIND_GRACE_MILLIS);
            services.signal().changed();
            return;
        }
        try {
            InterfaceVersion version = request.getInterfaceVersion();
            request.accept(services.settings().smscSystemId(), version.min(InterfaceVersion.IF_34));
        } catch (IOException | PDUStringException | IllegalStateException e) {
            session.close("bind response not sent: " + e);
            return;
        }
        session.bindCompleted();
        services.counters().increment(Counter.BINDS_ACCEPTED);
        if (session.canReceive()) {
            services.router().channelReady(session);
        }
        services.signal().changed();
    }

    private void authorize(ServerSession session, BindRequest request) throws Refusal {
        ProfileRules rules = services.rules();
        if (services.faults().isRefusingBinds() || session.origin().isRefusingBinds()) {
            throw new Refusal(SMPPConstant.STAT_ESME_RBINDFAIL, "binds refused during maintenance");
        }
        int version = request.getInterfaceVersion().value() & 0xFF;
        if (version < rules.profile().minInterfaceVersion()) {
            throw new Refusal(SMPPConstant.STAT_ESME_RBINDFAIL, String.format(
                    "%s refuses interface_version 0x%02x", rules.profile().name(), version));
        }
        Account account = services.accounts().find(request.getSystemId());
        if (account == null) {
            throw new Refusal(SMPPConstant.STAT_ESME_RBINDFAIL, "unknown system_id");
        }
        if (!account.password().equals(request.getPassword())) {
            throw new Refusal(SMPPConstant.STAT_ESME_RINVPASWD, "wrong password");
        }
        BindKind kind = BindKind.of(request.getBindType());
        if (!session.origin().allowsBind(kind)) {
            throw new Refusal(SMPPConstant.STAT_ESME_RBINDFAIL, "after an outbind only a receiving bind may follow, not "
                    + kind);
        }
        if (!account.bindKinds().contains(kind)) {
            throw new Refusal(SMPPConstant.STAT_ESME_RBINDFAIL, "account may not bind as " + kind);
        }
        int cap = rules.sessionCap(account);
        if (!services.registry().reserve(account.systemId(), cap)) {
            throw new Refusal(SMPPConstant.STAT_ESME_RBINDFAIL, "account already has its " + cap + " sessions");
        }
        session.prepareBind(account, kind, request.getSystemType(), rules.bindGroup(request.getSystemType()), version);
    }
}
