package org.smppconnector.ra.outbound;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.smppconnector.api.Address;
import org.smppconnector.api.Encoding;
import org.smppconnector.api.InvalidMessageException;
import org.smppconnector.api.SmsMessage;
import org.smppconnector.api.Tlv;
import org.smppconnector.api.Validity;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pdu.Tag;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.AddressRules;
import org.smppconnector.smpp.pool.PartContent;
import org.smppconnector.smpp.split.MessagePart;
import org.smppconnector.smpp.split.MessageTooLongException;
import org.smppconnector.smpp.split.ReferenceAllocator;
import org.smppconnector.smpp.split.SplitMessage;
import org.smppconnector.smpp.split.Splitter;
import org.smppconnector.smpp.text.Alphabet;
import org.smppconnector.smpp.text.DataCoding;
import org.smppconnector.smpp.text.EncodedText;
import org.smppconnector.smpp.text.EncodingPolicy;
import org.smppconnector.smpp.text.UnencodableTextException;

/**
 * From an application's {@link SmsMessage} to the submit_sm of each part, checked against the
 * account first: the addresses against the types of number its SMSC takes, the validity against
 * its maximum, the text against its encodings (and, for a text that needs several parts, against
 * the encodings it may split), the binary content against its data codings. Whatever is refused
 * is refused before anything is sent, naming the field. Addresses are written as the account's
 * {@link AddressRules} say (an international number with its '+' where the SMSC wants E.164).
 * Text goes under the data_coding that means its alphabet on the account's SMSC
 * ({@link AccountSettings#dataCodingFor}): where data_coding 0 is ASCII (Mobile Text Alerts),
 * ASCII text goes as 0 and GSM-7 not at all.
 */
public final class SubmitMapping {

    /** The text alphabets by preference, for ties in the chooser: cheapest first, UCS-2 last. */
    private static final List<Alphabet> PREFERENCE = List.of(Alphabet.GSM7, Alphabet.IA5, Alphabet.LATIN1,
            Alphabet.CYRILLIC, Alphabet.HEBREW, Alphabet.KSC5601, Alphabet.UCS2);

    private final AccountSettings settings;
    private final Splitter splitter;
    private final List<Alphabet> allowed;
    private final Set<Integer> multipart;

    public SubmitMapping(AccountSettings settings) {
        this.settings = settings;
        this.splitter = new Splitter(settings.segmentation().toSegmentation(), new ReferenceAllocator());
        this.allowed = PREFERENCE.stream().filter(this::allows).toList();
        this.multipart = settings.segmentation().multipartDataCodings();
    }

    /**
     * The submit_sm of each part, in part order.
     *
     * @param now the submission time, against which an absolute validity is measured
     * @throws InvalidMessageException the account cannot send the message
     */
    public Plan plan(SmsMessage message, Instant now) throws InvalidMessageException {
        checkAddresses(message);
        checkValidity(message, now);
        SplitMessage split = message.isBinary() ? splitBinary(message) : splitText(message);
        List<SubmitSm> parts = new ArrayList<>(split.parts().size());
        for (MessagePart part : split.parts()) {
            parts.add(submitSm(message, part, now));
        }
        return new Plan(parts, split.text().alphabet());
    }

    /** The submit_sm of each part and the alphabet of the text (BINARY for binary content). */
    public record Plan(List<SubmitSm> parts, Alphabet alphabet) {
    }

    /** Refuses a destination or sender of a type of number the account's SMSC does not take. */
    void checkAddresses(SmsMessage message) throws InvalidMessageException {
        AddressRules rules = settings.addressRules();
        Address destination = message.destination();
        if (!rules.acceptsDestinationTon(destination.ton().code())) {
            throw new InvalidMessageException(InvalidMessageException.DESTINATION, "is " + destination + "; account '"
                    + settings.name() + "' (" + settings.preset().displayName() + ") sends only to types of number "
                    + rules.destinationTons() + " (1: international, written +country code and number)");
        }
        Address source = message.source().orElse(null);
        if (source != null && !rules.acceptsSourceTon(source.ton().code())) {
            throw new InvalidMessageException(InvalidMessageException.SOURCE, "is " + source + "; account '"
                    + settings.name() + "' (" + settings.preset().displayName() + ") sends only from types of number "
                    + rules.sourceTons() + " (1: international; leave it out for the account's default sender)");
        }
    }

    /** The address as the account's SMSC wants it written (E.164 with its '+' for some). */
    String written(Address address) {
        return settings.addressRules().write(address.ton().code(), address.value());
    }

    void checkValidity(SmsMessage message, Instant now) throws InvalidMessageException {
        if (message.validity().isEmpty() || settings.maxValidity().isEmpty()) {
            return;
        }
        Duration max = settings.maxValidity().get();
        Duration wanted = message.validity().get().remainingAt(now);
        if (wanted.compareTo(max) > 0) {
            throw new InvalidMessageException(InvalidMessageException.VALIDITY, "is " + describe(wanted) + "; account '"
                    + settings.name() + "' (" + settings.preset().displayName() + ") accepts at most " + describe(max));
        }
    }

    private SplitMessage splitBinary(SmsMessage message) throws InvalidMessageException {
        if (!settings.allowedDataCodings().contains(DataCoding.BINARY.value())) {
            throw new InvalidMessageException(InvalidMessageException.BINARY, "cannot be sent: account '" + settings.name()
                    + "' allows data codings " + settings.allowedDataCodings() + " only, not binary (4)");
        }
        try {
            SplitMessage split = splitter.split(EncodedText.binary(message.binary().orElseThrow()),
                    message.destination().value());
            if (split.parts().size() > 1 && !multipart.isEmpty() && !multipart.contains(DataCoding.BINARY.value())) {
                throw new InvalidMessageException(InvalidMessageException.BINARY, "needs " + split.parts().size()
                        + " parts, but account '" + settings.name() + "' sends binary content in one part only ("
                        + split.text().length() + " octets; at most 140)");
            }
            return split;
        } catch (MessageTooLongException e) {
            throw new InvalidMessageException(InvalidMessageException.BINARY, "is too long: " + e.getMessage());
        }
    }

    private SplitMessage splitText(SmsMessage message) throws InvalidMessageException {
        String text = message.text().orElseThrow();
        String destination = message.destination().value();
        Alphabet forced = message.encoding().map(SubmitMapping::alphabet).orElse(null);
        if (forced != null && !allowed.contains(forced)) {
            throw new InvalidMessageException(InvalidMessageException.ENCODING, "is " + message.encoding().get()
                    + ", which account '" + settings.name() + "' does not allow; it allows " + encodings(allowed));
        }
        if (allowed.isEmpty()) {
            throw new InvalidMessageException(InvalidMessageException.TEXT, "cannot be sent: account '" + settings.name()
                    + "' allows no text encoding (data codings " + settings.allowedDataCodings() + ")");
        }
        List<Alphabet> candidates = forced != null ? List.of(forced) : allowed;
        SplitMessage split = split(text, candidates, destination, forced != null);
        int dataCoding = split.text().dataCoding().value();
        if (split.parts().size() > 1 && !multipart.isEmpty() && !multipart.contains(dataCoding)) {
            List<Alphabet> splittable = candidates.stream().filter(a -> multipart.contains(dataCodingOf(a))).toList();
            String refusal = "needs " + split.parts().size() + " parts in " + split.text().alphabet() + ", and account '"
                    + settings.name() + "' (" + settings.preset().displayName() + ") splits only texts in "
                    + encodings(PREFERENCE.stream().filter(a -> multipart.contains(dataCodingOf(a))).toList());
            if (splittable.isEmpty()) {
                throw new InvalidMessageException(InvalidMessageException.TEXT, refusal);
            }
            try {
                split = splitter.split(text, policy(splittable, false), destination);
            } catch (UnencodableTextException e) {
                throw new InvalidMessageException(InvalidMessageException.TEXT, refusal + ", which cannot carry it: "
                        + e.getMessage());
            } catch (MessageTooLongException e) {
                throw new InvalidMessageException(InvalidMessageException.TEXT, "is too long: " + e.getMessage());
            }
        }
        return split;
    }

    private SplitMessage split(String text, List<Alphabet> candidates, String destination, boolean forced)
            throws InvalidMessageException {
        try {
            return splitter.split(text, policy(candidates, forced), destination);
        } catch (UnencodableTextException e) {
            throw new InvalidMessageException(InvalidMessageException.TEXT, "has characters "
                    + (forced ? candidates.get(0) + " cannot carry" : "none of account '" + settings.name()
                    + "''s encodings (" + encodings(candidates) + ") can carry") + ": " + e.getMessage());
        } catch (MessageTooLongException e) {
            throw new InvalidMessageException(InvalidMessageException.TEXT, "is too long: " + e.getMessage());
        }
    }

    private SubmitSm submitSm(SmsMessage message, MessagePart part, Instant now) {
        SubmitSm sm = new SubmitSm();
        sm.setServiceType(message.serviceType().orElse(""));
        Address source = message.source().orElse(null);
        if (source == null) {
            sm.setSource(0, 0, "");
        } else {
            sm.setSource(source.ton().code(), source.npi().code(), written(source));
        }
        Address destination = message.destination();
        sm.setDestination(destination.ton().code(), destination.npi().code(), written(destination));
        sm.setPriorityFlag(message.priority().level());
        sm.setValidityPeriod(message.validity().map(v -> validityPeriod(v, now)).orElse(""));
        sm.setRegisteredDelivery(message.receiptRequest().registeredDelivery());
        // getTlvs() creates the list: touched only when there is something to put in it
        if (message.userMessageReference().isPresent()) {
            sm.getTlvs().putInt(Tag.USER_MESSAGE_REFERENCE, message.userMessageReference().getAsInt());
        }
        for (Tlv tlv : message.tlvs()) {
            sm.getTlvs().putBytes(tlv.tag(), tlv.value());
        }
        PartContent.write(part, sm);
        return sm;
    }

    static String validityPeriod(Validity validity, Instant now) {
        return validity.isRelative() ? SmppTime.relative(validity.duration().orElseThrow())
                : SmppTime.absolute(validity.expiry().orElseThrow());
    }

    /**
     * What the chooser may pick from: the given alphabets (or the one forced), announced as the
     * account's SMSC reads them (data_coding 0 as its default alphabet, where 0 is allowed).
     */
    EncodingPolicy policy(List<Alphabet> candidates, boolean forced) {
        EncodingPolicy policy = forced ? EncodingPolicy.forcing(candidates.get(0)) : EncodingPolicy.allowing(candidates);
        return settings.allowedDataCodings().contains(DataCoding.SMSC_DEFAULT.value())
                ? policy.withSmscDefault(settings.smscDefaultAlphabet()) : policy;
    }

    /** The account's text alphabets, cheapest first. */
    List<Alphabet> allowedAlphabets() {
        return allowed;
    }

    Splitter splitter() {
        return splitter;
    }

    private boolean allows(Alphabet alphabet) {
        return settings.dataCodingFor(alphabet).isPresent();
    }

    /** The data_coding text in this alphabet goes under on this account; -1 when it cannot go. */
    private int dataCodingOf(Alphabet alphabet) {
        return settings.dataCodingFor(alphabet).map(DataCoding::value).orElse(-1);
    }

    static Alphabet alphabet(Encoding encoding) {
        return Alphabet.valueOf(encoding.name());
    }

    private static String encodings(List<Alphabet> alphabets) {
        return alphabets.stream().map(Alphabet::name).collect(Collectors.joining(", "));
    }

    private static String describe(Duration duration) {
        long days = duration.toDays();
        if (days >= 1 && duration.equals(Duration.ofDays(days))) {
            return days + (days == 1 ? " day" : " days");
        }
        if (duration.toHours() >= 24) {
            return String.format("%.1f days", duration.toMinutes() / 1440.0);
        }
        return duration.toString();
    }
}
