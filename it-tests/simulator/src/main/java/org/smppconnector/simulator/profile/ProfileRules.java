package org.smppconnector.simulator.profile;

import java.time.Duration;
import java.time.Instant;

import org.jsmpp.SMPPConstant;
import org.smppconnector.simulator.account.Account;
import org.smppconnector.simulator.account.InvalidAccountException;
import org.smppconnector.simulator.message.Content;
import org.smppconnector.simulator.message.Submission;
import org.smppconnector.simulator.mo.MoMessage;
import org.smppconnector.simulator.smpp.Refusal;
import org.smppconnector.simulator.smpp.SmppCommand;
import org.smppconnector.simulator.smpp.SmppTime;
import org.smppconnector.simulator.text.Alphabet;
import org.smppconnector.simulator.text.MultipartMethod;
import org.smppconnector.simulator.text.Segmenter;

/** Applies a profile's rules to accounts, binds, submissions and injected MOs. */
public final class ProfileRules {
    private final Profile profile;

    public ProfileRules(Profile profile) {
        this.profile = profile;
    }

    public Profile profile() {
        return profile;
    }

    /** @throws InvalidAccountException when the profile forbids the account */
    public void validate(Account account) {
        int max = profile.maxPasswordLength();
        if (max > 0 && account.password().length() > max) {
            throw new InvalidAccountException("account " + account.systemId() + ": " + profile.name()
                    + " allows passwords of at most " + max + " characters, got " + account.password().length());
        }
    }

    /** The session cap of an account. */
    public int sessionCap(Account account) {
        return account.maxSessions() > 0 ? account.maxSessions() : profile.maxSessionsPerAccount();
    }

    /** The bind group a system_type names: itself when numeric and the profile has groups, else "0". */
    public String bindGroup(String systemType) {
        if (!profile.bindGroups() || systemType == null || systemType.isEmpty()) {
            return "0";
        }
        for (int i = 0; i < systemType.length(); i++) {
            if (!Character.isDigit(systemType.charAt(i))) {
                return "0";
            }
        }
        return systemType;
    }

    /** The routing group service_type selects (BulkSMS: "1", "2" or "3", else "2"); null without such routing. */
    public String routingGroup(String serviceType) {
        if (!profile.serviceTypeRouting()) {
            return null;
        }
        return "1".equals(serviceType) || "2".equals(serviceType) || "3".equals(serviceType) ? serviceType : "2";
    }

    public void checkCommand(SmppCommand command) throws Refusal {
        if (!profile.commands().contains(command)) {
            throw new Refusal(SMPPConstant.STAT_ESME_RINVCMDID, profile.name() + " does not support " + command.pduName());
        }
    }

    /** Addresses, data_coding and times: what can be judged before reading the payload. */
    public void checkEnvelope(Submission s, Instant now) throws Refusal {
        if (s.destination().isEmpty()) {
            throw new Refusal(SMPPConstant.STAT_ESME_RINVDSTADR, "empty destination_addr");
        }
        if (profile.destinationTons() != null && !profile.destinationTons().contains(s.destTon())) {
            throw new Refusal(SMPPConstant.STAT_ESME_RINVDSTTON, profile.name() + " accepts dest_addr_ton "
                    + profile.destinationTons() + ", got " + s.destTon());
        }
        if (profile.destinationNpis() != null && !profile.destinationNpis().contains(s.destNpi())) {
            throw new Refusal(SMPPConstant.STAT_ESME_RINVDSTNPI, profile.name() + " accepts dest_addr_npi "
                    + profile.destinationNpis() + ", got " + s.destNpi());
        }
        if (profile.destinationPattern() != null && !profile.destinationPattern().matcher(s.destination()).matches()) {
            throw new Refusal(SMPPConstant.STAT_ESME_RINVDSTADR, "destination '" + s.destination()
                    + "' does not match " + profile.destinationPattern().pattern());
        }
        if (profile.dataCodings() != null && !profile.dataCodings().contains(s.dataCoding())) {
            throw new Refusal(SMPPConstant.STAT_ESME_RINVDCS, profile.name() + " does not accept data_coding "
                    + s.dataCoding());
        }
        if (!profile.scheduledDelivery() && !s.scheduleDeliveryTime().isEmpty()) {
            throw new Refusal(SMPPConstant.STAT_ESME_RINVSCHED, profile.name() + " does not schedule messages");
        }
        Duration max = profile.maxValidity();
        if (max != null && !s.validityPeriod().isEmpty()) {
            Duration validity;
            try {
                validity = SmppTime.fromNow(s.validityPeriod(), now);
            } catch (IllegalArgumentException e) {
                throw new Refusal(SMPPConstant.STAT_ESME_RINVEXPIRY, "validity_period: " + e.getMessage());
            }
            if (validity.compareTo(max) > 0) {
                throw new Refusal(SMPPConstant.STAT_ESME_RINVEXPIRY, "validity_period ends " + validity.toHours()
                        + " h after submission, " + profile.name() + " allows at most " + max.toHours() + " h");
            }
        }
    }

    /** The multipart method and the size of each part. */
    public void checkContent(Submission s, Content content) throws Refusal {
        MultipartMethod method = content.method();
        if (method != MultipartMethod.NONE && !profile.multipartMethods().contains(method)) {
            int status = method.usesUdh() ? SMPPConstant.STAT_ESME_RINVESMCLASS : SMPPConstant.STAT_ESME_RTLVNOTALLWD;
            throw new Refusal(status, profile.name() + " does not accept long messages by " + method);
        }
        if (content.isPart() && profile.multipartDataCodings() != null
                && !profile.multipartDataCodings().contains(s.dataCoding())) {
            throw new Refusal(SMPPConstant.STAT_ESME_RINVDCS, profile.name()
                    + " accepts multipart messages only in data_coding " + profile.multipartDataCodings());
        }
        if (method.usesUdh()) {
            if (content.alphabet() == Alphabet.GSM7 && profile.maxGsm7PartChars() > 0
                    && content.userData().length > profile.maxGsm7PartChars()) {
                throw new Refusal(SMPPConstant.STAT_ESME_RINVMSGLEN, "a GSM-7 part carries at most "
                        + profile.maxGsm7PartChars() + " characters, got " + content.userData().length);
            }
            if (content.alphabet() == Alphabet.UCS2 && profile.maxUcs2PartChars() > 0
                    && content.userData().length / 2 > profile.maxUcs2PartChars()) {
                throw new Refusal(SMPPConstant.STAT_ESME_RINVMSGLEN, "a UCS-2 part carries at most "
                        + profile.maxUcs2PartChars() + " characters, got " + content.userData().length / 2);
            }
        }
    }

    /** @throws IllegalArgumentException when the provider would never send such an MO */
    public void checkMo(MoMessage mo) {
        checkMoDataCoding(mo);
        checkMoParts(mo);
    }

    /**
     * @throws IllegalArgumentException when the provider never sends MOs in this data_coding, or
     *     would not send text in data_coding 0 that is not in its default alphabet (Mobile Text
     *     Alerts' 0 is ASCII: GSM-7 octets under it would be a message the provider never sends)
     */
    public void checkMoDataCoding(MoMessage mo) {
        if (profile.moDataCodings() != null && !profile.moDataCodings().contains(mo.effectiveDataCoding())) {
            throw new IllegalArgumentException(profile.name() + " sends MOs only in data_coding "
                    + profile.moDataCodings() + ", not " + mo.effectiveDataCoding());
        }
        if (mo.effectiveDataCoding() == 0 && mo.alphabet() != Alphabet.BINARY && mo.alphabet() != profile.defaultAlphabet()) {
            throw new IllegalArgumentException(profile.name() + " reads data_coding 0 as " + profile.defaultAlphabet()
                    + ", so it sends no " + mo.alphabet() + " text under it");
        }
    }

    /** @throws IllegalArgumentException when the provider never sends MOs in several parts, and this one needs them */
    public void checkMoParts(MoMessage mo) {
        if (!profile.moMultipart() && (mo.method() == MultipartMethod.MESSAGE_PAYLOAD
                || Segmenter.split(mo.alphabet(), mo.text(), mo.method()).size() > 1)) {
            throw new IllegalArgumentException(profile.name() + " sends single-part MOs only");
        }
    }
}
