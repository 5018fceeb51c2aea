package org.smppconnector.it.micro;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.profile.Profiles;

/**
 * The simulated SMSCs, one per provider profile, each with one account named after it (the
 * post-boot command file configures the adapter for the same), on the ports Maven reserved.
 * Started once for the suite, before Payara Micro (register this extension before
 * Arquillian's), so that the adapter binds at once; stopped when the suite ends.
 */
public final class Simulators implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    /** Account name to simulator profile; the account's system_id is its name. */
    public static final Map<String, String> PROFILES = Map.of(
            "generic", "generic", "mitto", "mitto", "gatewayapi", "gatewayapi",
            "mta", "mta", "surem", "surem", "bulksms", "bulksms");
    public static final String PASSWORD = "secret"; // BulkSMS takes at most 8 characters
    /** How long a refused deliver_sm waits before the simulator sends it again. */
    static final Duration REDELIVERY_DELAY = Duration.ofMillis(300);

    private static final Map<String, SmscSimulator> RUNNING = new ConcurrentHashMap<>();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        ExtensionContext.Store root = context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL);
        if (root.get(Simulators.class) != null) {
            return;
        }
        for (String account : PROFILES.keySet()) {
            start(account);
        }
        // The adapter trusts the Mobile Text Alerts simulator's self-signed certificate through this.
        get("mta").tls().writeTrustStore(Path.of(System.getProperty("it.truststore")), "changeit".toCharArray());
        root.put(Simulators.class, this);
    }

    /** The running simulator of an account. */
    public static SmscSimulator get(String account) {
        SmscSimulator smsc = RUNNING.get(account);
        if (smsc == null) {
            throw new IllegalStateException("no simulator runs for " + account);
        }
        return smsc;
    }

    /** Kills an account's simulator: its connections drop without an unbind, then it stops listening. */
    public static void kill(String account) {
        SmscSimulator smsc = RUNNING.remove(account);
        smsc.dropConnections(account);
        smsc.stop();
    }

    /** Starts an account's simulator again, on the same port. */
    public static SmscSimulator start(String account) {
        SmscSimulator smsc = SmscSimulator.builder(Profiles.byName(PROFILES.get(account)))
                .port(Integer.getInteger("it.smsc." + account))
                .account(account, PASSWORD)
                .redeliveryDelay(REDELIVERY_DELAY)
                .build();
        try {
            smsc.start();
        } catch (IOException e) {
            throw new UncheckedIOException("simulator " + account + " did not start", e);
        }
        RUNNING.put(account, smsc);
        return smsc;
    }

    public static List<String> accounts() {
        return List.copyOf(PROFILES.keySet());
    }

    @Override
    public void close() {
        RUNNING.values().forEach(SmscSimulator::stop);
        RUNNING.clear();
    }
}
