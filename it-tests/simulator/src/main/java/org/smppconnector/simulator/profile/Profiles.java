package org.smppconnector.simulator.profile;

import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.smppconnector.simulator.delivery.DeliveryRouting;
import org.smppconnector.simulator.message.DeliveryState;
import org.smppconnector.simulator.receipt.Outcome;
import org.smppconnector.simulator.receipt.ReceiptFormat;
import org.smppconnector.simulator.receipt.ReceiptFormat.ErrorFormat;
import org.smppconnector.simulator.receipt.ReceiptFormat.RequestMode;
import org.smppconnector.simulator.receipt.ReceiptFormat.TextMode;
import org.smppconnector.simulator.receipt.ReceiptPolicy;
import org.smppconnector.simulator.smpp.SmppCommand;
import org.smppconnector.simulator.text.Alphabet;
import org.smppconnector.simulator.text.MultipartMethod;

/** The provider presets, one per document in shared/providers/, and a generic SMSC. */
public final class Profiles {
    public static final List<String> NAMES = List.of("generic", "mitto", "gatewayapi", "mta", "surem", "bulksms");

    private Profiles() {
    }

    /** A profile by name: generic, mitto, gatewayapi, mta (or mobile-text-alerts), surem, bulksms. */
    public static Profile byName(String name) {
        switch (name.trim().toLowerCase(Locale.ROOT)) {
            case "generic": return generic();
            case "mitto": return mitto();
            case "gatewayapi": return gatewayApi();
            case "mta":
            case "mobile-text-alerts": return mobileTextAlerts();
            case "surem": return sureM();
            case "bulksms": return bulkSms();
            default:
                throw new IllegalArgumentException("unknown profile '" + name + "', expected one of " + NAMES);
        }
    }

    /** A permissive SMPP 3.4 SMSC: every command, every data_coding, any number of sessions. */
    public static Profile generic() {
        return Profile.builder("generic").build();
    }

    /**
     * Mitto: SMPP 3.4 only (3.3 refused), 4 sessions per account, submit_sm and data_sm,
     * long text at most 153 GSM-7 / 67 UCS-2 characters per UDH part, receipts without a
     * text field on any receiving session.
     */
    public static Profile mitto() {
        return Profile.builder("mitto")
                .commands(EnumSet.of(SmppCommand.SUBMIT_SM, SmppCommand.DATA_SM))
                .minInterfaceVersion(0x34)
                .maxSessionsPerAccount(4)
                .maxPartChars(153, 67)
                .receiptFormat(new ReceiptFormat(TextMode.NONE, ErrorFormat.DECIMAL, true, true, false,
                        RequestMode.STANDARD))
                .build();
    }

    /**
     * GatewayAPI: submit_sm only, TON 0/1, its eight data codings, no scheduling; receipts
     * spread round-robin over all the account's receiving sessions, ENROUTE arriving after
     * DELIVRD, text = user_message_reference, err = base 10 of the low hex digits; sending
     * pauses when 10 deliver_sm are unacknowledged; 25,000 undelivered kept 48 h.
     */
    public static Profile gatewayApi() {
        return Profile.builder("gatewayapi")
                .commands(EnumSet.of(SmppCommand.SUBMIT_SM))
                .destinationTons(Set.of(0, 1))
                .dataCodings(Set.of(0, 2, 3, 4, 6, 8, 24, 240))
                .scheduledDelivery(false)
                .receiptFormat(new ReceiptFormat(TextMode.USER_MESSAGE_REFERENCE, ErrorFormat.HEX_LOW_DIGITS_AS_DECIMAL,
                        true, true, true, RequestMode.STANDARD))
                .receiptPolicy(ReceiptPolicy.builder()
                        .otherwise(Outcome.of(DeliveryState.DELIVERED).withIntermediates(DeliveryState.ENROUTE))
                        .build())
                .receiptRouting(DeliveryRouting.ROUND_ROBIN)
                .moRouting(DeliveryRouting.ROUND_ROBIN)
                .deliveryWindow(10)
                .pendingCapacity(25_000)
                .pendingRetention(Duration.ofHours(48))
                .defaultPorts(2775, 8775)
                .build();
    }

    /**
     * Mobile Text Alerts: TLS only; E.164 destinations with '+' and TON 1 / NPI 1; data
     * coding 0 (read as ASCII), 1, 3, 8; UDH concatenation; submit_sm, query_sm and
     * cancel_sm; sessions idle 120 s closed.
     */
    public static Profile mobileTextAlerts() {
        return Profile.builder("mta")
                .commands(EnumSet.of(SmppCommand.SUBMIT_SM, SmppCommand.QUERY_SM, SmppCommand.CANCEL_SM))
                .tlsOnly(true)
                .defaultAlphabet(Alphabet.ASCII)
                .dataCodings(Set.of(0, 1, 3, 8))
                .destinationTons(Set.of(1))
                .destinationNpis(Set.of(1))
                .destinationPattern("\\+[1-9][0-9]{6,14}")
                .multipartMethods(EnumSet.of(MultipartMethod.NONE, MultipartMethod.UDH_8BIT, MultipartMethod.UDH_16BIT))
                .inactivityTimeout(Duration.ofSeconds(120))
                .defaultPorts(0, 2775)
                .build();
    }

    /** SureM: submit_sm and data_sm; data coding 0/1 ASCII, 3 Latin-1, 8 UCS-2, 14 KSC5601; no receipt text. */
    public static Profile sureM() {
        return Profile.builder("surem")
                .commands(EnumSet.of(SmppCommand.SUBMIT_SM, SmppCommand.DATA_SM))
                .defaultAlphabet(Alphabet.ASCII)
                .dataCodings(Set.of(0, 1, 3, 8, 14))
                .receiptFormat(new ReceiptFormat(TextMode.NONE, ErrorFormat.DECIMAL, true, true, false,
                        RequestMode.STANDARD))
                .build();
    }

    /**
     * BulkSMS: passwords of at most 8 characters, 10 connections per account, bind groups by
     * numeric system_type (receipts to the group's latest receiver, MOs to group "0"),
     * routing group from service_type, registered_delivery 0 or "final", no transient
     * receipts, multipart only GSM-7 with UDH, validity at most 21 days, submit_sm only, MOs
     * single GSM-7 only.
     */
    public static Profile bulkSms() {
        return Profile.builder("bulksms")
                .commands(EnumSet.of(SmppCommand.SUBMIT_SM))
                .maxSessionsPerAccount(10)
                .maxPasswordLength(8)
                .bindGroups(true)
                .serviceTypeRouting(true)
                .dataCodings(Set.of(0, 2, 4, 8))
                .multipartMethods(EnumSet.of(MultipartMethod.NONE, MultipartMethod.UDH_8BIT, MultipartMethod.UDH_16BIT))
                .multipartDataCodings(Set.of(0))
                .maxValidity(Duration.ofDays(21))
                .scheduledDelivery(false)
                .receiptFormat(new ReceiptFormat(TextMode.MESSAGE_PREFIX, ErrorFormat.DECIMAL, true, false, false,
                        RequestMode.ZERO_OR_FINAL))
                .receiptRouting(DeliveryRouting.BIND_GROUP)
                .moRouting(DeliveryRouting.BIND_GROUP)
                .moDataCodings(Set.of(0))
                .moMultipart(false)
                .build();
    }
}
