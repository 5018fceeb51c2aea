package org.smppconnector.smpp.pool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.smppconnector.smpp.receipt.ErrCodeFormat;
import org.smppconnector.smpp.receipt.MessageIdNormalization;
import org.smppconnector.smpp.session.KeepaliveSettings;
import org.smppconnector.smpp.session.ReconnectPolicy;
import org.smppconnector.smpp.session.RetryRule;
import org.smppconnector.smpp.session.RetryTable;
import org.smppconnector.smpp.text.Alphabet;
import org.smppconnector.smpp.text.DataCoding;

/**
 * Everything the engine needs to know of one provider account: where and how to connect, what
 * to bind, and the limits to keep. Immutable and valid by construction: {@link Builder#build()}
 * refuses settings that cannot work with an {@link InvalidSettingException} naming the field.
 * A {@link ProviderPreset} fills in what a provider publishes.
 */
public final class AccountSettings {

    private final String name;
    private final ProviderPreset preset;
    private final List<SmscAddress> hosts;
    private final TlsSettings tls;
    private final Credentials credentials;
    private final InterfaceVersion interfaceVersion;
    private final List<BindGroup> bindGroups;
    private final Integer sessionCap;
    private final int windowSize;
    private final Duration responseTimeout;
    private final Duration windowWait;
    private final Integer tpsLimit;
    private final int tpsBurst;
    private final KeepaliveSettings keepalive;
    private final ReconnectPolicy reconnect;
    private final int failoverAfter;
    private final Set<Integer> allowedDataCodings;
    private final Alphabet smscDefaultAlphabet;
    private final SegmentationSettings segmentation;
    private final Set<SmppOperation> supportedOperations;
    private final AddressRules addressRules;
    private final Duration maxValidity;
    private final MessageIdNormalization messageIdNormalization;
    private final ErrCodeFormat receiptErrFormat;
    private final List<RetryRule> retryRules;

    private AccountSettings(Builder b) {
        this.name = b.name;
        this.preset = b.preset;
        this.hosts = List.copyOf(b.hosts);
        this.tls = b.tls;
        this.credentials = b.credentials;
        this.interfaceVersion = b.interfaceVersion;
        this.bindGroups = List.copyOf(b.bindGroups);
        this.sessionCap = b.sessionCap;
        this.windowSize = b.windowSize;
        this.responseTimeout = b.responseTimeout;
        this.windowWait = b.windowWait;
        this.tpsLimit = b.tpsLimit;
        this.tpsBurst = b.tpsBurst;
        this.keepalive = b.keepalive;
        this.reconnect = b.reconnect;
        this.failoverAfter = b.failoverAfter;
        this.allowedDataCodings = Set.copyOf(b.allowedDataCodings);
        this.smscDefaultAlphabet = b.smscDefaultAlphabet;
        this.segmentation = b.segmentation;
        this.supportedOperations = Set.copyOf(b.supportedOperations);
        this.addressRules = b.addressRules;
        this.maxValidity = b.maxValidity;
        this.messageIdNormalization = b.messageIdNormalization;
        this.receiptErrFormat = b.receiptErrFormat;
        this.retryRules = List.copyOf(b.retryRules);
    }

    /** A builder with the generic defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding these settings, to change some. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** The account's name, as operators know it. */
    public String name() {
        return name;
    }

    /** The preset the settings started from. */
    public ProviderPreset preset() {
        return preset;
    }

    /** The SMSC hosts, in order of preference; binds are spread across all of them. */
    public List<SmscAddress> hosts() {
        return hosts;
    }

    public TlsSettings tls() {
        return tls;
    }

    public Credentials credentials() {
        return credentials;
    }

    public InterfaceVersion interfaceVersion() {
        return interfaceVersion;
    }

    public List<BindGroup> bindGroups() {
        return bindGroups;
    }

    /** The provider's limit on concurrent sessions, when it has one (Mitto 4, BulkSMS 10). */
    public OptionalInt sessionCap() {
        return sessionCap == null ? OptionalInt.empty() : OptionalInt.of(sessionCap);
    }

    /** All binds of all groups. */
    public int totalBinds() {
        return bindGroups.stream().mapToInt(BindGroup::binds).sum();
    }

    /** Requests in flight per session. */
    public int windowSize() {
        return windowSize;
    }

    /** How long a request may wait for its response. */
    public Duration responseTimeout() {
        return responseTimeout;
    }

    /** How long a caller waits for room in a window before {@code WindowFullException}. */
    public Duration windowWait() {
        return windowWait;
    }

    /** Messages per second for the whole account, when limited. */
    public OptionalInt tpsLimit() {
        return tpsLimit == null ? OptionalInt.empty() : OptionalInt.of(tpsLimit);
    }

    /** How many messages may go at once after a quiet spell (1: evenly paced). */
    public int tpsBurst() {
        return tpsBurst;
    }

    public KeepaliveSettings keepalive() {
        return keepalive;
    }

    public ReconnectPolicy reconnect() {
        return reconnect;
    }

    /**
     * How many attempts in a row a lost bind makes on its own host, spaced by the
     * {@link #reconnect() reconnect policy}, before it tries the account's other hosts (default 2).
     * A bind whose role no other bound bind covers (the account's last transmitter, the group's
     * last receiver) tries the other hosts at its first failure; 1 makes every bind do so.
     * See {@link AccountPool} for the whole failover and return rule.
     */
    public int failoverAfter() {
        return failoverAfter;
    }

    /** The data_coding values the SMSC accepts. */
    public Set<Integer> allowedDataCodings() {
        return allowedDataCodings;
    }

    /**
     * What data_coding 0, "the SMSC default alphabet", means on this SMSC, for what is sent and
     * what is received: GSM-7 on most; IA5 (ASCII) on Mobile Text Alerts and SureM.
     */
    public Alphabet smscDefaultAlphabet() {
        return smscDefaultAlphabet;
    }

    /**
     * The data_coding this account sends text in {@code alphabet} with, if any: 0 when the
     * alphabet is the SMSC default and 0 is allowed, else the alphabet's own value when allowed.
     * GSM-7's own value is 0, so GSM-7 goes only to an SMSC whose default it is.
     */
    public Optional<DataCoding> dataCodingFor(Alphabet alphabet) {
        if (alphabet == smscDefaultAlphabet && allowedDataCodings.contains(0)) {
            return Optional.of(DataCoding.SMSC_DEFAULT);
        }
        DataCoding own = DataCoding.of(alphabet);
        return !own.isSmscDefault() && allowedDataCodings.contains(own.value()) ? Optional.of(own) : Optional.empty();
    }

    public SegmentationSettings segmentation() {
        return segmentation;
    }

    /** The optional requests the SMSC supports. */
    public Set<SmppOperation> supportedOperations() {
        return supportedOperations;
    }

    public boolean supports(SmppOperation operation) {
        return supportedOperations.contains(operation);
    }

    /** How the SMSC wants addresses written, and which types of number it takes. */
    public AddressRules addressRules() {
        return addressRules;
    }

    /** The longest validity period the SMSC accepts, when it says (BulkSMS: 21 days). */
    public Optional<Duration> maxValidity() {
        return Optional.ofNullable(maxValidity);
    }

    public MessageIdNormalization messageIdNormalization() {
        return messageIdNormalization;
    }

    public ErrCodeFormat receiptErrFormat() {
        return receiptErrFormat;
    }

    /** Which refusals to retry; build a {@link RetryTable} from them per account. */
    public List<RetryRule> retryRules() {
        return retryRules;
    }

    @Override
    public String toString() {
        return "AccountSettings[" + name + " (" + preset + "), " + hosts + ", " + tls + ", " + credentials
                + ", SMPP " + interfaceVersion.label() + ", " + bindGroups + ", window " + windowSize + "]";
    }

    /** Collects settings; {@link #build()} checks them. Not thread-safe. */
    public static final class Builder {
        private String name;
        private ProviderPreset preset = ProviderPreset.GENERIC;
        private final List<SmscAddress> hosts = new ArrayList<>();
        private int defaultPort = 2775;
        private TlsSettings tls = TlsSettings.disabled();
        private Credentials credentials;
        private InterfaceVersion interfaceVersion = InterfaceVersion.V3_4;
        private final List<BindGroup> bindGroups = new ArrayList<>(List.of(BindGroup.transceivers("", 1)));
        private Integer sessionCap;
        private int windowSize = 10;
        private Duration responseTimeout = Duration.ofSeconds(10);
        private Duration windowWait = Duration.ofSeconds(2);
        private Integer tpsLimit;
        private int tpsBurst = 1;
        private KeepaliveSettings keepalive = KeepaliveSettings.DEFAULT;
        private ReconnectPolicy reconnect = ReconnectPolicy.DEFAULT;
        private int failoverAfter = 2;
        private final Set<Integer> allowedDataCodings = new HashSet<>(Set.of(0, 1, 3, 4, 8));
        private Alphabet smscDefaultAlphabet = Alphabet.GSM7;
        private SegmentationSettings segmentation = SegmentationSettings.UDH_DEFAULT;
        private final Set<SmppOperation> supportedOperations = EnumSet.allOf(SmppOperation.class);
        private AddressRules addressRules = AddressRules.ANY;
        private Duration maxValidity;
        private MessageIdNormalization messageIdNormalization = MessageIdNormalization.AS_IS;
        private ErrCodeFormat receiptErrFormat = ErrCodeFormat.DECIMAL;
        private final List<RetryRule> retryRules = new ArrayList<>(RetryTable.defaultRules());

        private Builder() {
        }

        private Builder(AccountSettings s) {
            name = s.name;
            preset = s.preset;
            hosts.addAll(s.hosts);
            tls = s.tls;
            credentials = s.credentials;
            interfaceVersion = s.interfaceVersion;
            bindGroups(s.bindGroups);
            sessionCap = s.sessionCap;
            windowSize = s.windowSize;
            responseTimeout = s.responseTimeout;
            windowWait = s.windowWait;
            tpsLimit = s.tpsLimit;
            tpsBurst = s.tpsBurst;
            keepalive = s.keepalive;
            reconnect = s.reconnect;
            failoverAfter = s.failoverAfter;
            allowedDataCodings(s.allowedDataCodings);
            smscDefaultAlphabet = s.smscDefaultAlphabet;
            segmentation = s.segmentation;
            supportedOperations(s.supportedOperations);
            addressRules = s.addressRules;
            maxValidity = s.maxValidity;
            messageIdNormalization = s.messageIdNormalization;
            receiptErrFormat = s.receiptErrFormat;
            retryRules(s.retryRules);
        }

        public Builder name(String value) {
            name = value;
            return this;
        }

        public Builder preset(ProviderPreset value) {
            preset = Objects.requireNonNull(value, "preset");
            return this;
        }

        /** The port {@link #host(String)} uses. */
        public Builder defaultPort(int port) {
            defaultPort = port;
            return this;
        }

        /** Adds a host on the default port. */
        public Builder host(String host) {
            return host(host, defaultPort);
        }

        public Builder host(String host, int port) {
            hosts.add(new SmscAddress(host, port));
            return this;
        }

        /** Replaces the hosts. */
        public Builder hosts(List<SmscAddress> value) {
            hosts.clear();
            hosts.addAll(value);
            return this;
        }

        public Builder tls(TlsSettings value) {
            tls = Objects.requireNonNull(value, "tls");
            return this;
        }

        public Builder credentials(String systemId, String password) {
            credentials = new Credentials(systemId, password);
            return this;
        }

        public Builder interfaceVersion(InterfaceVersion value) {
            interfaceVersion = Objects.requireNonNull(value, "interfaceVersion");
            return this;
        }

        /** Replaces the bind groups. */
        public Builder bindGroups(List<BindGroup> value) {
            bindGroups.clear();
            bindGroups.addAll(value);
            return this;
        }

        public Builder bindGroups(BindGroup... value) {
            return bindGroups(List.of(value));
        }

        public Builder sessionCap(int value) {
            sessionCap = value;
            return this;
        }

        public Builder noSessionCap() {
            sessionCap = null;
            return this;
        }

        public Builder windowSize(int value) {
            windowSize = value;
            return this;
        }

        public Builder responseTimeout(Duration value) {
            responseTimeout = value;
            return this;
        }

        public Builder windowWait(Duration value) {
            windowWait = value;
            return this;
        }

        public Builder tpsLimit(int value) {
            tpsLimit = value;
            return this;
        }

        public Builder noTpsLimit() {
            tpsLimit = null;
            return this;
        }

        public Builder tpsBurst(int value) {
            tpsBurst = value;
            return this;
        }

        public Builder keepalive(KeepaliveSettings value) {
            keepalive = Objects.requireNonNull(value, "keepalive");
            return this;
        }

        public Builder reconnect(ReconnectPolicy value) {
            reconnect = Objects.requireNonNull(value, "reconnect");
            return this;
        }

        /** Failed attempts on a bind's own host before it tries the others; see {@link AccountSettings#failoverAfter()}. */
        public Builder failoverAfter(int value) {
            failoverAfter = value;
            return this;
        }

        public Builder allowedDataCodings(Set<Integer> value) {
            allowedDataCodings.clear();
            allowedDataCodings.addAll(value);
            return this;
        }

        public Builder allowedDataCodings(Integer... value) {
            return allowedDataCodings(Set.of(value));
        }

        /** What data_coding 0 means on the SMSC (default GSM-7); see {@link AccountSettings#smscDefaultAlphabet()}. */
        public Builder smscDefaultAlphabet(Alphabet value) {
            smscDefaultAlphabet = Objects.requireNonNull(value, "smscDefaultAlphabet");
            return this;
        }

        public Builder segmentation(SegmentationSettings value) {
            segmentation = Objects.requireNonNull(value, "segmentation");
            return this;
        }

        public Builder supportedOperations(Set<SmppOperation> value) {
            supportedOperations.clear();
            supportedOperations.addAll(value);
            return this;
        }

        public Builder supportedOperations(SmppOperation... value) {
            return supportedOperations(Set.of(value));
        }

        public Builder addressRules(AddressRules value) {
            addressRules = Objects.requireNonNull(value, "addressRules");
            return this;
        }

        public Builder maxValidity(Duration value) {
            maxValidity = value;
            return this;
        }

        public Builder messageIdNormalization(MessageIdNormalization value) {
            messageIdNormalization = Objects.requireNonNull(value, "messageIdNormalization");
            return this;
        }

        public Builder receiptErrFormat(ErrCodeFormat value) {
            receiptErrFormat = Objects.requireNonNull(value, "receiptErrFormat");
            return this;
        }

        public Builder retryRules(List<RetryRule> value) {
            retryRules.clear();
            retryRules.addAll(value);
            return this;
        }

        /** @throws InvalidSettingException naming the first field that cannot work */
        public AccountSettings build() {
            new AccountValidation(this).check();
            return new AccountSettings(this);
        }

        // Read by AccountValidation.
        String name() {
            return name;
        }

        List<SmscAddress> hosts() {
            return hosts;
        }

        Credentials credentials() {
            return credentials;
        }

        ProviderPreset preset() {
            return preset;
        }

        TlsSettings tls() {
            return tls;
        }

        List<BindGroup> bindGroups() {
            return bindGroups;
        }

        Integer sessionCap() {
            return sessionCap;
        }

        int windowSize() {
            return windowSize;
        }

        Duration responseTimeout() {
            return responseTimeout;
        }

        Duration windowWait() {
            return windowWait;
        }

        Integer tpsLimit() {
            return tpsLimit;
        }

        int tpsBurst() {
            return tpsBurst;
        }

        int failoverAfter() {
            return failoverAfter;
        }

        Set<Integer> allowedDataCodings() {
            return allowedDataCodings;
        }

        Alphabet smscDefaultAlphabet() {
            return smscDefaultAlphabet;
        }

        SegmentationSettings segmentation() {
            return segmentation;
        }

        Set<SmppOperation> supportedOperations() {
            return supportedOperations;
        }

        Duration maxValidity() {
            return maxValidity;
        }

        List<RetryRule> retryRules() {
            return retryRules;
        }
    }
}
