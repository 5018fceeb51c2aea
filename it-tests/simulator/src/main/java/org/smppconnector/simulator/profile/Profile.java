package org.smppconnector.simulator.profile;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.smppconnector.simulator.delivery.DeliveryRouting;
import org.smppconnector.simulator.receipt.ReceiptFormat;
import org.smppconnector.simulator.receipt.ReceiptPolicy;
import org.smppconnector.simulator.smpp.SmppCommand;
import org.smppconnector.simulator.text.Alphabet;
import org.smppconnector.simulator.text.MultipartMethod;

/**
 * How one provider's SMSC behaves: every rule of its row in shared/providers/README.md as
 * a setting. Immutable; {@link Profiles} has the presets, {@link #toBuilder()} tweaks one
 * (e.g. a shorter inactivity timeout for a test).
 */
public final class Profile {
    private final String name;
    private final Set<SmppCommand> commands;
    private final int minInterfaceVersion;
    private final int maxSessionsPerAccount;
    private final int maxPasswordLength;
    private final boolean tlsOnly;
    private final boolean bindGroups;
    private final boolean serviceTypeRouting;
    private final Set<Integer> dataCodings;
    private final Alphabet defaultAlphabet;
    private final Set<Integer> destinationTons;
    private final Set<Integer> destinationNpis;
    private final Pattern destinationPattern;
    private final Set<MultipartMethod> multipartMethods;
    private final Set<Integer> multipartDataCodings;
    private final int maxGsm7PartChars;
    private final int maxUcs2PartChars;
    private final Duration maxValidity;
    private final boolean scheduledDelivery;
    private final ReceiptFormat receiptFormat;
    private final ReceiptPolicy receiptPolicy;
    private final DeliveryRouting receiptRouting;
    private final DeliveryRouting moRouting;
    private final int deliveryWindow;
    private final int pendingCapacity;
    private final Duration pendingRetention;
    private final Duration inactivityTimeout;
    private final Set<Integer> moDataCodings;
    private final boolean moMultipart;
    private final int defaultPort;
    private final int defaultTlsPort;

    private Profile(Builder b) {
        this.name = Objects.requireNonNull(b.name, "name");
        this.commands = Set.copyOf(b.commands);
        this.minInterfaceVersion = b.minInterfaceVersion;
        this.maxSessionsPerAccount = b.maxSessionsPerAccount;
        this.maxPasswordLength = b.maxPasswordLength;
        this.tlsOnly = b.tlsOnly;
        this.bindGroups = b.bindGroups;
        this.serviceTypeRouting = b.serviceTypeRouting;
        this.dataCodings = b.dataCodings == null ? null : Set.copyOf(b.dataCodings);
        this.defaultAlphabet = b.defaultAlphabet;
        this.destinationTons = b.destinationTons == null ? null : Set.copyOf(b.destinationTons);
        this.destinationNpis = b.destinationNpis == null ? null : Set.copyOf(b.destinationNpis);
        this.destinationPattern = b.destinationPattern;
        this.multipartMethods = Set.copyOf(b.multipartMethods);
        this.multipartDataCodings = b.multipartDataCodings == null ? null : Set.copyOf(b.multipartDataCodings);
        this.maxGsm7PartChars = b.maxGsm7PartChars;
        this.maxUcs2PartChars = b.maxUcs2PartChars;
        this.maxValidity = b.maxValidity;
        this.scheduledDelivery = b.scheduledDelivery;
        this.receiptFormat = b.receiptFormat;
        this.receiptPolicy = b.receiptPolicy;
        this.receiptRouting = b.receiptRouting;
        this.moRouting = b.moRouting;
        this.deliveryWindow = b.deliveryWindow;
        this.pendingCapacity = b.pendingCapacity;
        this.pendingRetention = b.pendingRetention;
        this.inactivityTimeout = b.inactivityTimeout;
        this.moDataCodings = b.moDataCodings == null ? null : Set.copyOf(b.moDataCodings);
        this.moMultipart = b.moMultipart;
        this.defaultPort = b.defaultPort;
        this.defaultTlsPort = b.defaultTlsPort;
        if (deliveryWindow < 1 || pendingCapacity < 0) {
            throw new IllegalArgumentException("profile " + name + ": delivery window must be >= 1 and pending capacity >= 0");
        }
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        return new Builder(this);
    }

    public String name() { return name; }

    /** The message commands answered; the others get ESME_RINVCMDID. */
    public Set<SmppCommand> commands() { return commands; }

    /** Binds with a lower interface_version are refused (0x34 refuses SMPP 3.3); 0 = any. */
    public int minInterfaceVersion() { return minInterfaceVersion; }

    /** Concurrent sessions per account unless the account says otherwise; 0 = unlimited. */
    public int maxSessionsPerAccount() { return maxSessionsPerAccount; }

    /** Accounts with longer passwords cannot be created; 0 = unlimited. */
    public int maxPasswordLength() { return maxPasswordLength; }

    /** Only TLS connections are accepted. */
    public boolean tlsOnly() { return tlsOnly; }

    /** A numeric system_type names the bind's group, anything else is group "0" (BulkSMS). */
    public boolean bindGroups() { return bindGroups; }

    /** service_type "1", "2" or "3" selects the routing group, anything else "2" (BulkSMS). */
    public boolean serviceTypeRouting() { return serviceTypeRouting; }

    /** The accepted data_coding values; null = all. */
    public Set<Integer> dataCodings() { return dataCodings; }

    /** What data_coding 0 means. */
    public Alphabet defaultAlphabet() { return defaultAlphabet; }

    /** Accepted dest_addr_ton values; null = all. */
    public Set<Integer> destinationTons() { return destinationTons; }

    public Set<Integer> destinationNpis() { return destinationNpis; }

    /** Destinations must match this in full; null = any non-empty address. */
    public Pattern destinationPattern() { return destinationPattern; }

    /** The accepted ways of carrying long messages (besides one plain PDU). */
    public Set<MultipartMethod> multipartMethods() { return multipartMethods; }

    /** The data_coding values multipart messages may use; null = all accepted ones. */
    public Set<Integer> multipartDataCodings() { return multipartDataCodings; }

    /** The most GSM-7 characters one UDH part may carry; 0 = unchecked. */
    public int maxGsm7PartChars() { return maxGsm7PartChars; }

    /** The most UCS-2 characters one UDH part may carry; 0 = unchecked. */
    public int maxUcs2PartChars() { return maxUcs2PartChars; }

    /** Validity periods ending later than this after submission are refused; null = unchecked. */
    public Duration maxValidity() { return maxValidity; }

    /** Whether schedule_delivery_time is accepted. */
    public boolean scheduledDelivery() { return scheduledDelivery; }

    public ReceiptFormat receiptFormat() { return receiptFormat; }

    public ReceiptPolicy receiptPolicy() { return receiptPolicy; }

    public DeliveryRouting receiptRouting() { return receiptRouting; }

    public DeliveryRouting moRouting() { return moRouting; }

    /** deliver_sm a session may have unacknowledged before the SMSC pauses. */
    public int deliveryWindow() { return deliveryWindow; }

    /** Undelivered receipts and MOs kept per account while no session receives them. */
    public int pendingCapacity() { return pendingCapacity; }

    public Duration pendingRetention() { return pendingRetention; }

    /** Sessions that send no request for this long are closed; null = never. */
    public Duration inactivityTimeout() { return inactivityTimeout; }

    /** The data_coding values MOs may be injected in; null = all. */
    public Set<Integer> moDataCodings() { return moDataCodings; }

    public boolean moMultipart() { return moMultipart; }

    /** The provider's documented plain port (for the command line); 0 = none. */
    public int defaultPort() { return defaultPort; }

    /** The provider's documented TLS port; 0 = none. */
    public int defaultTlsPort() { return defaultTlsPort; }

    @Override
    public String toString() {
        return "Profile[" + name + "]";
    }

    /** Settings of a profile; starts from the generic SMSC (everything allowed). */
    public static final class Builder {
        private String name;
        private Set<SmppCommand> commands = EnumSet.allOf(SmppCommand.class);
        private int minInterfaceVersion;
        private int maxSessionsPerAccount;
        private int maxPasswordLength;
        private boolean tlsOnly;
        private boolean bindGroups;
        private boolean serviceTypeRouting;
        private Set<Integer> dataCodings;
        private Alphabet defaultAlphabet = Alphabet.GSM7;
        private Set<Integer> destinationTons;
        private Set<Integer> destinationNpis;
        private Pattern destinationPattern;
        private Set<MultipartMethod> multipartMethods = EnumSet.allOf(MultipartMethod.class);
        private Set<Integer> multipartDataCodings;
        private int maxGsm7PartChars;
        private int maxUcs2PartChars;
        private Duration maxValidity;
        private boolean scheduledDelivery = true;
        private ReceiptFormat receiptFormat = ReceiptFormat.standard();
        private ReceiptPolicy receiptPolicy = ReceiptPolicy.deliverAll();
        private DeliveryRouting receiptRouting = DeliveryRouting.SUBMITTER_FIRST;
        private DeliveryRouting moRouting = DeliveryRouting.ROUND_ROBIN;
        private int deliveryWindow = 10;
        private int pendingCapacity = 100_000;
        private Duration pendingRetention = Duration.ofHours(48);
        private Duration inactivityTimeout;
        private Set<Integer> moDataCodings;
        private boolean moMultipart = true;
        private int defaultPort = 2775;
        private int defaultTlsPort;

        private Builder(String name) {
            this.name = name;
        }

        private Builder(Profile p) {
            name = p.name;
            commands = EnumSet.copyOf(p.commands);
            minInterfaceVersion = p.minInterfaceVersion;
            maxSessionsPerAccount = p.maxSessionsPerAccount;
            maxPasswordLength = p.maxPasswordLength;
            tlsOnly = p.tlsOnly;
            bindGroups = p.bindGroups;
            serviceTypeRouting = p.serviceTypeRouting;
            dataCodings = p.dataCodings;
            defaultAlphabet = p.defaultAlphabet;
            destinationTons = p.destinationTons;
            destinationNpis = p.destinationNpis;
            destinationPattern = p.destinationPattern;
            multipartMethods = EnumSet.copyOf(p.multipartMethods);
            multipartDataCodings = p.multipartDataCodings;
            maxGsm7PartChars = p.maxGsm7PartChars;
            maxUcs2PartChars = p.maxUcs2PartChars;
            maxValidity = p.maxValidity;
            scheduledDelivery = p.scheduledDelivery;
            receiptFormat = p.receiptFormat;
            receiptPolicy = p.receiptPolicy;
            receiptRouting = p.receiptRouting;
            moRouting = p.moRouting;
            deliveryWindow = p.deliveryWindow;
            pendingCapacity = p.pendingCapacity;
            pendingRetention = p.pendingRetention;
            inactivityTimeout = p.inactivityTimeout;
            moDataCodings = p.moDataCodings;
            moMultipart = p.moMultipart;
            defaultPort = p.defaultPort;
            defaultTlsPort = p.defaultTlsPort;
        }

        public Builder name(String value) { name = value; return this; }
        public Builder commands(Set<SmppCommand> value) { commands = EnumSet.copyOf(value); return this; }
        public Builder minInterfaceVersion(int value) { minInterfaceVersion = value; return this; }
        public Builder maxSessionsPerAccount(int value) { maxSessionsPerAccount = value; return this; }
        public Builder maxPasswordLength(int value) { maxPasswordLength = value; return this; }
        public Builder tlsOnly(boolean value) { tlsOnly = value; return this; }
        public Builder bindGroups(boolean value) { bindGroups = value; return this; }
        public Builder serviceTypeRouting(boolean value) { serviceTypeRouting = value; return this; }
        public Builder dataCodings(Set<Integer> value) { dataCodings = value; return this; }
        public Builder defaultAlphabet(Alphabet value) { defaultAlphabet = value; return this; }
        public Builder destinationTons(Set<Integer> value) { destinationTons = value; return this; }
        public Builder destinationNpis(Set<Integer> value) { destinationNpis = value; return this; }
        public Builder destinationPattern(String regex) {
            destinationPattern = regex == null ? null : Pattern.compile(regex);
            return this;
        }
        public Builder multipartMethods(Set<MultipartMethod> value) { multipartMethods = EnumSet.copyOf(value); return this; }
        public Builder multipartDataCodings(Set<Integer> value) { multipartDataCodings = value; return this; }
        public Builder maxPartChars(int gsm7, int ucs2) { maxGsm7PartChars = gsm7; maxUcs2PartChars = ucs2; return this; }
        public Builder maxValidity(Duration value) { maxValidity = value; return this; }
        public Builder scheduledDelivery(boolean value) { scheduledDelivery = value; return this; }
        public Builder receiptFormat(ReceiptFormat value) { receiptFormat = Objects.requireNonNull(value); return this; }
        public Builder receiptPolicy(ReceiptPolicy value) { receiptPolicy = Objects.requireNonNull(value); return this; }
        public Builder receiptRouting(DeliveryRouting value) { receiptRouting = value; return this; }
        public Builder moRouting(DeliveryRouting value) { moRouting = value; return this; }
        public Builder deliveryWindow(int value) { deliveryWindow = value; return this; }
        public Builder pendingCapacity(int value) { pendingCapacity = value; return this; }
        public Builder pendingRetention(Duration value) { pendingRetention = value; return this; }
        public Builder inactivityTimeout(Duration value) { inactivityTimeout = value; return this; }
        public Builder moDataCodings(Set<Integer> value) { moDataCodings = value; return this; }
        public Builder moMultipart(boolean value) { moMultipart = value; return this; }
        public Builder defaultPorts(int plain, int tls) { defaultPort = plain; defaultTlsPort = tls; return this; }

        public Profile build() {
            return new Profile(this);
        }
    }
}
