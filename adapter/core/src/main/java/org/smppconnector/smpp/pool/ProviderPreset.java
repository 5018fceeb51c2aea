package org.smppconnector.smpp.pool;

import java.time.Duration;
import java.util.function.Consumer;
import org.smppconnector.smpp.receipt.ErrCodeFormat;
import org.smppconnector.smpp.session.Jitter;
import org.smppconnector.smpp.session.KeepaliveSettings;
import org.smppconnector.smpp.session.ReconnectPolicy;
import org.smppconnector.smpp.text.Alphabet;

/**
 * Account settings as each provider publishes them (the documents in shared/providers).
 * {@link #builder()} starts an account from them; the user adds a name, credentials and,
 * where the provider hands them out per customer, the hosts.
 */
public enum ProviderPreset {

    /** Any SMPP 3.4 SMSC: the builder's defaults. */
    GENERIC("Generic SMPP 3.4", false, b -> { }),

    /**
     * SMPP 3.4 only, 4 sessions by default, no TPS limit, host and port per customer,
     * data_sm supported, long text at 153 GSM / 67 UCS-2 characters per part.
     */
    MITTO("Mitto", false, b -> b
            .sessionCap(4)
            .allowedDataCodings(0, 8)
            .segmentation(SegmentationSettings.UDH_DEFAULT)
            .supportedOperations(SmppOperation.SUBMIT_SM, SmppOperation.DATA_SM)),

    /**
     * Two hosts (maintenance restarts one at a time), TLS on 8775 (plain on 2775), enquire_link
     * every 30 s, reconnect after 30 s, submit_sm only, its own err: format, destinations of TON
     * 0 or 1 only (it reads 0 as 1). The host names are those on GatewayAPI's published SMPP page.
     */
    GATEWAYAPI("GatewayAPI", false, b -> gatewayApi(b, "com")),

    /** GatewayAPI's EU set-up: the same on the .eu hosts. */
    GATEWAYAPI_EU("GatewayAPI (EU)", false, b -> gatewayApi(b, "eu")),

    /**
     * TLS required on port 2775, enquire_link every 30-60 s as the server closes sessions idle
     * for 120 s, reconnect 1, 2, 4 ... 60 s, ASCII / Latin-1 / UCS-2 with data_coding 0 read as
     * ASCII and 160 ASCII or Latin-1 characters per segment, query_sm and cancel_sm.
     * Numbers in E.164 with their '+' (+12125551234); destinations international (TON 1), the
     * sender its number (TON 1) or empty for the account's default (TON 0).
     */
    MOBILE_TEXT_ALERTS("Mobile Text Alerts", true, b -> b
            .defaultPort(2775)
            .host("smpp.mobile-text-alerts.com")
            .tls(TlsSettings.systemTrust())
            .keepalive(KeepaliveSettings.every(Duration.ofSeconds(30)).withPeerIdleLimit(Duration.ofSeconds(120)))
            .reconnect(ReconnectPolicy.exponential(Duration.ofSeconds(1), Duration.ofSeconds(60))
                    .withJitter(Jitter.plusMinus(0.1)))
            .allowedDataCodings(0, 1, 3, 8)
            .smscDefaultAlphabet(Alphabet.IA5)
            .segmentation(SegmentationSettings.UDH_DEFAULT.withIa5AndLatin1AsGsm7())
            .addressRules(AddressRules.ANY.withInternationalNumbers(InternationalNumberFormat.PLUS_AND_DIGITS)
                    .withDestinationTons(AddressRules.TON_INTERNATIONAL).withSourceTons(0, AddressRules.TON_INTERNATIONAL))
            .supportedOperations(SmppOperation.SUBMIT_SM, SmppOperation.QUERY_SM, SmppOperation.CANCEL_SM)),

    /**
     * SMPP v5 offered, submit_sm and data_sm, ASCII (data_coding 0 or 1) / Latin-1 / UCS-2 /
     * KSC5601 (Korean).
     */
    SUREM("SureM", false, b -> b
            .interfaceVersion(InterfaceVersion.V5_0)
            .allowedDataCodings(0, 1, 3, 8, 14)
            .smscDefaultAlphabet(Alphabet.IA5)
            .supportedOperations(SmppOperation.SUBMIT_SM, SmppOperation.DATA_SM)),

    /**
     * Up to 10 connections per account, bind groups named by a numeric system_type (group "0"
     * gets MO messages), 7-bit / 8-bit / UCS-2 but multipart in 7-bit only, validity at most
     * 21 days, submit_sm only. Its 8-character password limit is SMPP's own, checked for all.
     */
    BULKSMS("BulkSMS", false, b -> b
            .sessionCap(10)
            .bindGroups(BindGroup.transceivers("0", 1))
            .allowedDataCodings(0, 4, 8)
            .segmentation(SegmentationSettings.UDH_DEFAULT.onlyFor(0))
            .maxValidity(Duration.ofDays(21))
            .supportedOperations(SmppOperation.SUBMIT_SM));

    /** GatewayAPI's plain and TLS ports. */
    public static final int GATEWAYAPI_PORT = 2775;
    public static final int GATEWAYAPI_TLS_PORT = 8775;

    private final String displayName;
    private final boolean requiresTls;
    private final Consumer<AccountSettings.Builder> settings;

    ProviderPreset(String displayName, boolean requiresTls, Consumer<AccountSettings.Builder> settings) {
        this.displayName = displayName;
        this.requiresTls = requiresTls;
        this.settings = settings;
    }

    /** A builder with this provider's settings filled in. */
    public AccountSettings.Builder builder() {
        AccountSettings.Builder builder = AccountSettings.builder().preset(this);
        settings.accept(builder);
        return builder;
    }

    public String displayName() {
        return displayName;
    }

    /** Whether the provider refuses plain TCP (checked when settings are built). */
    public boolean requiresTls() {
        return requiresTls;
    }

    private static void gatewayApi(AccountSettings.Builder b, String domain) {
        b.defaultPort(GATEWAYAPI_TLS_PORT)
                .host("a.smpp.gatewayapi." + domain)
                .host("b.smpp.gatewayapi." + domain)
                .tls(TlsSettings.systemTrust())
                .bindGroups(BindGroup.transceivers("", 2))
                .keepalive(KeepaliveSettings.every(Duration.ofSeconds(30)))
                .reconnect(ReconnectPolicy.fixed(Duration.ofSeconds(30)).withJitter(Jitter.plusMinus(0.1)))
                .allowedDataCodings(0, 2, 3, 4, 6, 8, 24, 240)
                .addressRules(AddressRules.ANY.withDestinationTons(0, AddressRules.TON_INTERNATIONAL))
                .supportedOperations(SmppOperation.SUBMIT_SM)
                .receiptErrFormat(ErrCodeFormat.GATEWAYAPI);
    }

    @Override
    public String toString() {
        return displayName;
    }
}
