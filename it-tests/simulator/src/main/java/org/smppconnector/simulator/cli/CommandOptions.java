package org.smppconnector.simulator.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.smppconnector.simulator.profile.Profile;
import org.smppconnector.simulator.profile.Profiles;
import org.smppconnector.simulator.receipt.Outcome;

/**
 * The command line, read and checked: every value is parsed here, so that a bad flag fails
 * before anything starts, with a message naming the flag.
 */
public final class CommandOptions {
    public static final String DEFAULT_SYSTEM_ID = "smppclient";
    /** Eight characters: BulkSMS allows no more. */
    public static final String DEFAULT_PASSWORD = "password";
    public static final int DEFAULT_CONTROL_PORT = 8775;

    public static final String USAGE = String.join("\n",
            "Usage: java -jar smsc-simulator.jar [flags]",
            "",
            "An SMSC that plays one provider's documented SMPP rules. It prints one line when it",
            "listens, then runs until killed (it unbinds its sessions on the way out).",
            "",
            "  --profile NAME            generic (default), mitto, gatewayapi, mta, surem, bulksms",
            "  --host ADDRESS            address of the SMPP ports (default 127.0.0.1)",
            "  --port N                  the SMPP port (default 2775; 0 = any free port)",
            "  --tls                     the SMPP port speaks TLS (always so for mta)",
            "  --tls-port N              a TLS port beside the plain one (GatewayAPI documents 8775)",
            "  --tls-keystore FILE       TLS key and certificate, PKCS12 or JKS (default: a self-signed",
            "                            certificate for localhost and 127.0.0.1, generated at start)",
            "  --tls-password PW         the key store's password (with --tls-keystore)",
            "  --tls-keystore-type TYPE  PKCS12 (default) or JKS",
            "  --tls-cert-out FILE       write the TLS certificate (PEM) for clients to trust",
            "  --accounts FILE           accounts, one a line: system_id, password [, TX|RX|TRX [, max sessions]]",
            "  --account ID:PASSWORD     an account (repeatable); the password is everything after the first ':'",
            "                            Neither given: one account " + DEFAULT_SYSTEM_ID + ":" + DEFAULT_PASSWORD + ".",
            "  --receipt-delay DURATION  time from submit to the final receipt, e.g. 200ms, 2s (default 100ms)",
            "  --receipt-rule REGEX=OUTCOME",
            "                            destinations matching REGEX get OUTCOME (repeatable, first match wins),",
            "                            e.g. '^4599=UNDELIV:0x107E', '^4598=ENROUTE>EXPIRED', '^4597=never'",
            "  --receipt-default OUTCOME the outcome of every other destination (default DELIVRD)",
            "                            OUTCOME = [INTERMEDIATE>...]STATE[:ERROR] or never (no receipt at all);",
            "                            STATE: DELIVRD UNDELIV EXPIRED DELETED REJECTD UNKNOWN;",
            "                            INTERMEDIATE: ENROUTE ACCEPTD; ERROR: decimal or 0x hex",
            "  --inactivity-timeout DURATION",
            "                            close sessions that send no request this long; off = never",
            "                            (default: the profile's, 120s for mta, else off)",
            "  --pdu-log N               PDUs kept per session (default 10000; 0 = record none)",
            "  --message-log N           received messages kept (default 10000; 0 = none)",
            "  --processor-threads N     jSMPP threads answering each session's requests (default 3)",
            "  --control-port N          HTTP control port, on 127.0.0.1 only (default " + DEFAULT_CONTROL_PORT
                    + "; 0 = any free port)",
            "  --no-control              no control port",
            "  --verbose                 log at INFO to stderr (default: warnings only)",
            "  --help                    this text",
            "",
            "DURATION: a number with ms, s, m or h (200ms, 2s, 5m), or 0.",
            "Exit status: 2 for a bad flag, 1 when it cannot start (e.g. a port in use).",
            "",
            "Control port (JSON): GET /status, GET /counters, GET /sessions[?account=&open=true],",
            "POST /sessions/unbind {account}, POST /sessions/drop {account} (\"*\" = all),",
            "GET /messages[?limit=&account=], GET /messages/{id}, POST /mo {account, text, from, to,",
            "encoding, multipart, waitMs}, GET|POST|DELETE /faults {throttleTps, queueFull, responseDelayMs,",
            "dropResponses, dropConnectionEvery, refuseBindsForMs}, GET|POST /accounts, DELETE /accounts/{id}.",
            "");

    private static final Set<String> SWITCHES = Set.of("tls", "no-control", "verbose", "help");
    private static final Set<String> VALUED = Set.of("profile", "host", "port", "tls-port", "tls-keystore",
            "tls-password", "tls-keystore-type", "tls-cert-out", "accounts", "account", "receipt-delay",
            "receipt-rule", "receipt-default", "inactivity-timeout", "pdu-log", "message-log", "processor-threads",
            "control-port");
    private static final Set<String> REPEATABLE = Set.of("account", "receipt-rule");

    private final Map<String, List<String>> given;

    Profile profile;
    String host = "127.0.0.1";
    int port;
    boolean tls;
    Integer tlsPort;
    Path tlsKeyStore;
    char[] tlsPassword;
    String tlsKeyStoreType = "PKCS12";
    Path tlsCertOut;
    Path accountFile;
    final List<String[]> accounts = new ArrayList<>();
    Duration receiptDelay;
    final List<ReceiptRuleOption> receiptRules = new ArrayList<>();
    Outcome receiptDefault;
    Duration inactivityTimeout;
    boolean inactivityTimeoutGiven;
    int pduLogCapacity = 10_000;
    int messageLogCapacity = 10_000;
    int processorThreads = 3;
    Integer controlPort = DEFAULT_CONTROL_PORT;
    boolean verbose;
    boolean help;

    /** One --receipt-rule. */
    record ReceiptRuleOption(String regex, Outcome outcome) {
    }

    private CommandOptions(Map<String, List<String>> given) {
        this.given = given;
    }

    /**
     * @throws UsageException naming the flag at fault
     */
    public static CommandOptions parse(String... args) {
        CommandOptions options = new CommandOptions(split(args));
        options.read();
        return options;
    }

    /** Every flag's name, without the dashes. */
    static Set<String> flagNames() {
        Set<String> names = new java.util.TreeSet<>(SWITCHES);
        names.addAll(VALUED);
        return names;
    }

    public boolean help() {
        return help;
    }

    public boolean verbose() {
        return verbose;
    }

    private static Map<String, List<String>> split(String[] args) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("-h")) {
                arg = "--help";
            }
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "' (flags start with --)");
            }
            String name = arg.substring(2);
            String value = null;
            int equals = name.indexOf('=');
            if (equals >= 0) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            }
            if (SWITCHES.contains(name)) {
                if (value != null) {
                    throw new UsageException("--" + name + " takes no value");
                }
                value = "true";
            } else if (VALUED.contains(name)) {
                if (value == null) {
                    if (i + 1 >= args.length) {
                        throw new UsageException("--" + name + " needs a value");
                    }
                    value = args[++i];
                }
            } else {
                throw new UsageException("unknown flag '--" + name + "'");
            }
            List<String> values = given.computeIfAbsent(name, key -> new ArrayList<>());
            if (!values.isEmpty() && !REPEATABLE.contains(name)) {
                throw new UsageException("--" + name + " given twice");
            }
            values.add(value);
        }
        return given;
    }

    private void read() {
        help = given.containsKey("help");
        if (help) {
            return;
        }
        verbose = given.containsKey("verbose");
        String profileName = value("profile", "generic");
        try {
            profile = Profiles.byName(profileName);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--profile: " + e.getMessage());
        }
        host = value("host", host);
        int defaultPort = profile.defaultPort() > 0 ? profile.defaultPort() : profile.defaultTlsPort();
        port = port("port", defaultPort);
        tls = given.containsKey("tls") || profile.tlsOnly();
        if (given.containsKey("tls-port")) {
            tlsPort = port("tls-port", 0);
        }
        readTls();
        readAccounts();
        readReceipts();
        if (given.containsKey("inactivity-timeout")) {
            inactivityTimeoutGiven = true;
            String text = value("inactivity-timeout", null);
            Duration timeout = text.equalsIgnoreCase("off") ? Duration.ZERO : duration("inactivity-timeout", text);
            inactivityTimeout = timeout.isZero() ? null : timeout;
        }
        pduLogCapacity = count("pdu-log", pduLogCapacity, 0);
        messageLogCapacity = count("message-log", messageLogCapacity, 0);
        processorThreads = count("processor-threads", processorThreads, 1);
        if (given.containsKey("no-control")) {
            if (given.containsKey("control-port")) {
                throw new UsageException("--no-control and --control-port contradict each other");
            }
            controlPort = null;
        } else {
            controlPort = port("control-port", DEFAULT_CONTROL_PORT);
        }
        checkPortsDiffer();
    }

    private void readTls() {
        boolean anyTls = tls || tlsPort != null;
        if (given.containsKey("tls-keystore")) {
            tlsKeyStore = Path.of(value("tls-keystore", null));
            if (!given.containsKey("tls-password")) {
                throw new UsageException("--tls-keystore needs --tls-password");
            }
            tlsPassword = value("tls-password", null).toCharArray();
            tlsKeyStoreType = value("tls-keystore-type", tlsKeyStoreType).toUpperCase(java.util.Locale.ROOT);
            if (!tlsKeyStoreType.equals("PKCS12") && !tlsKeyStoreType.equals("JKS")) {
                throw new UsageException("--tls-keystore-type: expected PKCS12 or JKS, got '" + tlsKeyStoreType + "'");
            }
        } else {
            for (String flag : List.of("tls-password", "tls-keystore-type")) {
                if (given.containsKey(flag)) {
                    throw new UsageException("--" + flag + " needs --tls-keystore");
                }
            }
        }
        if (given.containsKey("tls-cert-out")) {
            tlsCertOut = Path.of(value("tls-cert-out", null));
        }
        if (!anyTls) {
            for (String flag : List.of("tls-keystore", "tls-cert-out")) {
                if (given.containsKey(flag)) {
                    throw new UsageException("--" + flag + " needs a TLS port (--tls or --tls-port)");
                }
            }
        }
    }

    private void readAccounts() {
        if (given.containsKey("accounts")) {
            accountFile = Path.of(value("accounts", null));
        }
        for (String account : given.getOrDefault("account", List.of())) {
            int colon = account.indexOf(':');
            if (colon <= 0) {
                throw new UsageException("--account: expected ID:PASSWORD, got '" + account + "'");
            }
            accounts.add(new String[] {account.substring(0, colon), account.substring(colon + 1)});
        }
    }

    private void readReceipts() {
        if (given.containsKey("receipt-delay")) {
            receiptDelay = duration("receipt-delay", value("receipt-delay", null));
        }
        for (String rule : given.getOrDefault("receipt-rule", List.of())) {
            int equals = rule.lastIndexOf('=');
            if (equals <= 0) {
                throw new UsageException("--receipt-rule: expected REGEX=OUTCOME, got '" + rule + "'");
            }
            String regex = rule.substring(0, equals);
            try {
                java.util.regex.Pattern.compile(regex);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--receipt-rule: '" + regex + "' is not a regular expression: "
                        + e.getMessage().lines().findFirst().orElse(""));
            }
            receiptRules.add(new ReceiptRuleOption(regex, outcome("receipt-rule", rule.substring(equals + 1))));
        }
        if (given.containsKey("receipt-default")) {
            receiptDefault = outcome("receipt-default", value("receipt-default", null));
        }
    }

    private void checkPortsDiffer() {
        Map<Integer, String> used = new LinkedHashMap<>();
        note(used, port, "--port");
        if (tlsPort != null) {
            note(used, tlsPort, "--tls-port");
        }
        if (controlPort != null) {
            note(used, controlPort, "--control-port");
        }
    }

    private static void note(Map<Integer, String> used, int port, String flag) {
        if (port == 0) {
            return;
        }
        String other = used.putIfAbsent(port, flag);
        if (other != null) {
            throw new UsageException(other + " and " + flag + " are both " + port
                    + (flag.equals("--control-port") ? " (the control port defaults to " + DEFAULT_CONTROL_PORT
                    + "; give another with --control-port)" : ""));
        }
    }

    private String value(String name, String otherwise) {
        List<String> values = given.get(name);
        return values == null ? otherwise : values.get(0);
    }

    private int port(String name, int otherwise) {
        int value = count(name, otherwise, 0);
        if (value > 65_535) {
            throw new UsageException("--" + name + ": a port is at most 65535, got " + value);
        }
        return value;
    }

    private int count(String name, int otherwise, int min) {
        String text = value(name, null);
        if (text == null) {
            return otherwise;
        }
        try {
            int value = Integer.parseInt(text.trim());
            if (value < min) {
                throw new UsageException("--" + name + ": must be at least " + min + ", got " + value);
            }
            return value;
        } catch (NumberFormatException e) {
            throw new UsageException("--" + name + ": expected a whole number, got '" + text + "'");
        }
    }

    private static Duration duration(String name, String text) {
        try {
            return DurationText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + name + ": " + e.getMessage());
        }
    }

    private static Outcome outcome(String name, String text) {
        try {
            return OutcomeText.parse(text);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--" + name + ": " + e.getMessage());
        }
    }
}
