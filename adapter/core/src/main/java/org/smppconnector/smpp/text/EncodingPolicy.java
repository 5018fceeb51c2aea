package org.smppconnector.smpp.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What an account lets the chooser use: an ordered set of allowed alphabets (earlier wins a tie),
 * or one forced alphabet; the national language tables the account's destinations understand; a
 * message class (class 0 = flash) when messages must carry one; and what data_coding 0 means on
 * the account's SMSC (GSM-7 unless {@link #withSmscDefault} says otherwise). Immutable.
 *
 * <p>BINARY in the allowed set is ignored for text (binary payloads are built with
 * {@link EncodedText#binary}).
 */
public final class EncodingPolicy {

    private final List<Alphabet> allowed;
    private final Alphabet forced;
    private final Set<NationalLanguage> nationalLanguages;
    private final MessageClass messageClass;
    private final Alphabet smscDefault;

    private EncodingPolicy(List<Alphabet> allowed, Alphabet forced, Set<NationalLanguage> nationalLanguages,
            MessageClass messageClass, Alphabet smscDefault) {
        this.allowed = List.copyOf(allowed);
        this.forced = forced;
        EnumSet<NationalLanguage> languages = EnumSet.noneOf(NationalLanguage.class);
        languages.addAll(nationalLanguages);
        languages.remove(NationalLanguage.DEFAULT);
        this.nationalLanguages = Collections.unmodifiableSet(languages);
        this.messageClass = messageClass;
        this.smscDefault = Objects.requireNonNull(smscDefault, "smscDefault");
        if (!smscDefault.isText()) {
            throw new IllegalArgumentException("the SMSC default alphabet (data_coding 0) must be a text alphabet, not "
                    + smscDefault);
        }
        if (forced == Alphabet.BINARY) {
            throw new IllegalArgumentException("BINARY cannot be forced for text: binary payloads are built with EncodedText.binary");
        }
        if (forced != null && messageClass != null && !DataCoding.canCarryMessageClass(forced)) {
            throw new IllegalArgumentException("forced " + forced + " has no data_coding with a message class ("
                    + messageClass + "); only GSM7 and UCS2 text can carry one");
        }
        if (candidates().isEmpty()) {
            throw new IllegalArgumentException("no allowed text alphabet" + (messageClass == null ? "" : " can carry "
                    + messageClass) + " in " + this.allowed + (smscDefault == Alphabet.GSM7 ? "" : " (GSM7 has no"
                    + " data_coding of its own: 0 means " + smscDefault + " on this SMSC)"));
        }
    }

    /** GSM-7, else UCS-2: what every SMSC accepts. */
    public static EncodingPolicy defaults() {
        return allowing(Alphabet.GSM7, Alphabet.UCS2);
    }

    /** The chooser picks the cheapest of these; on a tie, the one listed first. */
    public static EncodingPolicy allowing(Alphabet... ordered) {
        return allowing(Arrays.asList(ordered));
    }

    public static EncodingPolicy allowing(List<Alphabet> ordered) {
        if (ordered.isEmpty()) {
            throw new IllegalArgumentException("at least one alphabet must be allowed");
        }
        List<Alphabet> distinct = new ArrayList<>();
        for (Alphabet alphabet : ordered) {
            if (!distinct.contains(Objects.requireNonNull(alphabet, "alphabet"))) {
                distinct.add(alphabet);
            }
        }
        return new EncodingPolicy(distinct, null, Set.of(), null, Alphabet.GSM7);
    }

    /** Always this alphabet; a text it cannot carry is refused. */
    public static EncodingPolicy forcing(Alphabet alphabet) {
        return new EncodingPolicy(List.of(alphabet), Objects.requireNonNull(alphabet, "alphabet"), Set.of(), null, Alphabet.GSM7);
    }

    /** Lets GSM-7 use these languages' locking and single shift tables. */
    public EncodingPolicy withNationalLanguages(NationalLanguage... languages) {
        return withNationalLanguages(Arrays.asList(languages));
    }

    public EncodingPolicy withNationalLanguages(Collection<NationalLanguage> languages) {
        return new EncodingPolicy(allowed, forced, Set.copyOf(languages), messageClass, smscDefault);
    }

    /** Sends with this message class (CLASS_0 = flash); null for none. */
    public EncodingPolicy withMessageClass(MessageClass messageClass) {
        return new EncodingPolicy(allowed, forced, nationalLanguages, messageClass, smscDefault);
    }

    /**
     * Says what data_coding 0 (the SMSC default alphabet) means on the account's SMSC: text in
     * {@code alphabet} is then announced as 0, and GSM-7, whose only plain data_coding is 0, is
     * chosen only when it is that default or with a message class (0xF0..0xF3 name GSM-7 on every
     * SMSC). Mobile Text Alerts and SureM read 0 as IA5 (ASCII).
     *
     * @throws IllegalArgumentException for BINARY, or when no allowed alphabet is left
     */
    public EncodingPolicy withSmscDefault(Alphabet alphabet) {
        return new EncodingPolicy(allowed, forced, nationalLanguages, messageClass, alphabet);
    }

    public List<Alphabet> allowed() {
        return allowed;
    }

    public Optional<Alphabet> forced() {
        return Optional.ofNullable(forced);
    }

    public Set<NationalLanguage> nationalLanguages() {
        return nationalLanguages;
    }

    public Optional<MessageClass> messageClass() {
        return Optional.ofNullable(messageClass);
    }

    /** What data_coding 0 means on the account's SMSC. */
    public Alphabet smscDefault() {
        return smscDefault;
    }

    /** The data_coding that announces text in a candidate alphabet (see {@link #withSmscDefault}). */
    DataCoding dataCodingOf(Alphabet alphabet) {
        if (messageClass == null && alphabet == smscDefault) {
            return DataCoding.SMSC_DEFAULT;
        }
        return DataCoding.of(alphabet, messageClass);
    }

    /** The alphabets to try, in preference order. */
    List<Alphabet> candidates() {
        List<Alphabet> from = forced != null ? List.of(forced) : allowed;
        List<Alphabet> candidates = new ArrayList<>();
        for (Alphabet alphabet : from) {
            boolean announceable = messageClass == null
                    ? alphabet != Alphabet.GSM7 || smscDefault == Alphabet.GSM7
                    : DataCoding.canCarryMessageClass(alphabet);
            if (alphabet.isText() && announceable) {
                candidates.add(alphabet);
            }
        }
        return candidates;
    }

    /** The GSM-7 table pairs to try: the defaults first, then every national combination allowed. */
    List<ShiftTables> shiftTables() {
        List<NationalLanguage> lockings = new ArrayList<>(List.of(NationalLanguage.DEFAULT));
        List<NationalLanguage> singles = new ArrayList<>(List.of(NationalLanguage.DEFAULT));
        for (NationalLanguage language : nationalLanguages) {
            if (language.hasLockingShiftTable()) {
                lockings.add(language);
            }
            if (language.hasSingleShiftTable()) {
                singles.add(language);
            }
        }
        List<ShiftTables> tables = new ArrayList<>();
        for (NationalLanguage locking : lockings) {
            for (NationalLanguage single : singles) {
                tables.add(ShiftTables.of(locking, single));
            }
        }
        return tables;
    }

    @Override
    public String toString() {
        return "EncodingPolicy[" + (forced != null ? "forced=" + forced : "allowed=" + allowed)
                + (nationalLanguages.isEmpty() ? "" : ", national=" + nationalLanguages)
                + (messageClass == null ? "" : ", class=" + messageClass)
                + (smscDefault == Alphabet.GSM7 ? "" : ", data_coding 0=" + smscDefault) + "]";
    }
}
