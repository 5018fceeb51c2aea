package org.smppconnector.simulator.cli;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.account.Account;
import org.smppconnector.simulator.account.AccountFile;
import org.smppconnector.simulator.control.ControlServer;
import org.smppconnector.simulator.profile.Profile;
import org.smppconnector.simulator.receipt.ReceiptPolicy;
import org.smppconnector.simulator.receipt.ReceiptRule;
import org.smppconnector.simulator.session.Endpoint;
import org.smppconnector.simulator.tls.TlsMaterial;

/**
 * {@code java -jar smsc-simulator.jar --profile bulksms --port 2775 ...}: the simulator as a
 * process, with its HTTP control port. Prints one line once it listens, runs until killed,
 * and unbinds its sessions on the way out. Exit status 2 for a bad flag, 1 when it cannot
 * start. {@code --help} lists the flags ({@link CommandOptions#USAGE}).
 */
public final class SimulatorCommand {
    /** Held so that the level set on it survives: JUL keeps loggers only weakly. */
    private static final Logger JSMPP_LOG = Logger.getLogger("org.jsmpp");

    private SimulatorCommand() {
    }

    public static void main(String[] args) throws InterruptedException {
        CommandOptions options;
        Running running;
        try {
            options = CommandOptions.parse(args);
            if (options.help()) {
                System.out.print(CommandOptions.USAGE);
                return;
            }
            configureLogging(options.verbose());
            running = start(options);
        } catch (UsageException e) {
            System.err.println("smsc-simulator: " + e.getMessage());
            System.err.println("Run with --help for the flags.");
            System.exit(2);
            return;
        } catch (IOException e) {
            System.err.println("smsc-simulator: cannot start: " + e.getMessage());
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(running::close, "smsc-sim-shutdown"));
        System.out.println(running.banner());
        System.out.flush();
        new CountDownLatch(1).await(); // until killed; the hook stops the simulator
    }

    /**
     * Starts the simulator and its control port as the options say (the TLS certificate is
     * written, if asked, before this returns).
     *
     * @throws UsageException for a flag whose value turns out unusable (an unreadable file, an account a profile forbids)
     * @throws IOException    when a port cannot be opened
     */
    public static Running start(CommandOptions options) throws IOException {
        SmscSimulator smsc = builder(options).build().start();
        ControlServer control = null;
        try {
            if (options.controlPort != null) {
                control = ControlServer.start(smsc, options.controlPort);
            }
            if (options.tlsCertOut != null) {
                smsc.tls().writeCertificatePem(options.tlsCertOut);
            }
        } catch (IOException | RuntimeException e) {
            if (control != null) {
                control.close();
            }
            smsc.stop();
            throw e;
        }
        return new Running(smsc, control);
    }

    static SmscSimulator.Builder builder(CommandOptions options) {
        Profile profile = options.profile;
        if (options.inactivityTimeoutGiven) {
            profile = profile.toBuilder().inactivityTimeout(options.inactivityTimeout).build();
        }
        SmscSimulator.Builder builder = SmscSimulator.builder(profile).host(options.host).port(options.port)
                .tls(options.tls).pduLogCapacity(options.pduLogCapacity)
                .messageLogCapacity(options.messageLogCapacity).processorThreads(options.processorThreads)
                .accounts(accounts(options)).receiptPolicy(receiptPolicy(options, profile.receiptPolicy()));
        if (options.tlsPort != null) {
            builder.endpoint("tls", options.tlsPort, true);
        }
        if (options.tlsKeyStore != null) {
            try {
                builder.tlsMaterial(TlsMaterial.fromKeyStore(options.tlsKeyStore, options.tlsPassword,
                        options.tlsKeyStoreType));
            } catch (IOException e) {
                throw new UsageException("--tls-keystore: " + describe(e), e);
            }
        }
        try {
            builder.build(); // checks the accounts against the profile now, so that a bad one is a flag error
        } catch (IllegalArgumentException | IllegalStateException e) {
            throw new UsageException((options.accountFile != null ? "--accounts/--account: " : "--account: ")
                    + e.getMessage(), e);
        }
        return builder;
    }

    private static List<Account> accounts(CommandOptions options) {
        List<Account> accounts = new ArrayList<>();
        if (options.accountFile != null) {
            try {
                accounts.addAll(AccountFile.read(options.accountFile));
            } catch (IOException e) {
                throw new UsageException("--accounts: " + describe(e), e);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--accounts: " + e.getMessage(), e);
            }
        }
        for (String[] account : options.accounts) {
            try {
                accounts.add(Account.of(account[0], account[1]));
            } catch (IllegalArgumentException e) {
                throw new UsageException("--account: " + e.getMessage(), e);
            }
        }
        if (accounts.isEmpty() && options.accountFile == null) {
            accounts.add(Account.of(CommandOptions.DEFAULT_SYSTEM_ID, CommandOptions.DEFAULT_PASSWORD));
        }
        return accounts;
    }

    /** The profile's policy with the command line's changes: its rules tried before the profile's. */
    private static ReceiptPolicy receiptPolicy(CommandOptions options, ReceiptPolicy base) {
        ReceiptPolicy.Builder policy = ReceiptPolicy.builder()
                .delay(options.receiptDelay != null ? options.receiptDelay : base.delay())
                .otherwise(options.receiptDefault != null ? options.receiptDefault : base.otherwise());
        options.receiptRules.forEach(rule -> policy.rule(rule.regex(), rule.outcome()));
        for (ReceiptRule rule : base.rules()) {
            policy.rule(rule.destination().pattern(), rule.outcome());
        }
        return policy.build();
    }

    private static String describe(IOException e) {
        return e instanceof NoSuchFileException ? "no such file " + e.getMessage() : e.getMessage();
    }

    private static void configureLogging(boolean verbose) {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return; // the user's own configuration
        }
        Level level = verbose ? Level.INFO : Level.WARNING;
        Logger root = Logger.getLogger("");
        root.setLevel(level);
        for (Handler handler : root.getHandlers()) {
            handler.setLevel(level);
        }
        // jSMPP reports every closed socket and refused bind, which an SMSC sees all day
        JSMPP_LOG.setLevel(verbose ? Level.WARNING : Level.OFF);
    }

    /** A started simulator with its control port (null with --no-control). */
    public record Running(SmscSimulator smsc, ControlServer control) implements AutoCloseable {
        /** SMSC simulator (profile bulksms) listening on smpp://127.0.0.1:2775, control http://127.0.0.1:8775 */
        public String banner() {
            List<String> places = new ArrayList<>();
            for (Endpoint endpoint : smsc.endpoints()) {
                places.add((endpoint.tls() ? "smpps://" : "smpp://") + endpoint.host() + ":" + endpoint.port());
            }
            if (control != null) {
                places.add("control http://127.0.0.1:" + control.port());
            }
            return "SMSC simulator (profile " + smsc.profile().name() + ") listening on " + String.join(", ", places);
        }

        /** Closes the control port, then stops the simulator (unbinding its sessions). */
        @Override
        public void close() {
            if (control != null) {
                control.close();
            }
            smsc.stop();
        }
    }
}
