package org.smppconnector.smpp.receipt;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One pass over one receipt text; see {@link ReceiptText#parse(String)}. */
final class ReceiptTextParser {

    /**
     * A field label: a key at the start or after white space, then a colon. Keys are matched
     * in any case; "submit date" may be spelt with an underscore or broken over lines.
     */
    private static final Pattern LABEL = Pattern.compile(
            "(?<![^\\s])(id|sub|dlvrd|submit[\\s_]*date|done[\\s_]*date|stat|err|text)\\s*:",
            Pattern.CASE_INSENSITIVE);

    private final String raw;
    private final String body;
    private final Map<ReceiptField, String> values = new EnumMap<>(ReceiptField.class);
    private final List<ReceiptProblem> problems = new ArrayList<>();

    ReceiptTextParser(String raw) {
        this.raw = raw;
        this.body = withoutTrailingNuls(raw);
    }

    ReceiptText parse() {
        split();
        String stat = values.get(ReceiptField.STATE);
        MessageState state = stat == null ? null : MessageState.fromReceiptText(stat).orElse(null);
        if (stat != null && state == null) {
            problem(ReceiptField.STATE, "stat '" + stat + "' is not a known message state");
        }
        return new ReceiptText(raw, values.get(ReceiptField.MESSAGE_ID),
                count(ReceiptField.SUBMITTED), count(ReceiptField.DELIVERED),
                date(ReceiptField.SUBMIT_DATE), date(ReceiptField.DONE_DATE), stat, state,
                values.get(ReceiptField.ERROR), values.get(ReceiptField.TEXT), problems);
    }

    /** Cuts the body at each label; a value runs to the next label, text: to the end. */
    private void split() {
        Matcher label = LABEL.matcher(body);
        ReceiptField field = null;
        int valueStart = 0;
        while (field != ReceiptField.TEXT && label.find()) {
            take(field, body.substring(valueStart, label.start()));
            field = fieldOf(label.group(1));
            valueStart = label.end();
        }
        take(field, body.substring(valueStart));
        if (values.isEmpty() && !body.isBlank()) {
            problem(ReceiptField.LAYOUT, "no receipt field found");
        }
    }

    private void take(ReceiptField field, String segment) {
        if (field == null) {
            if (!segment.isBlank()) {
                problem(ReceiptField.LAYOUT, "'" + segment.strip() + "' before the first field");
            }
            return;
        }
        if (values.containsKey(field)) {
            problem(field, "repeated; kept the first, ignored '" + segment.strip() + "'");
            return;
        }
        if (field == ReceiptField.TEXT) {
            values.put(field, segment);
            return;
        }
        String value = segment.strip();
        int end = firstWhitespace(value);
        String rest = value.substring(end).strip();
        value = value.substring(0, end);
        if (!rest.isEmpty()) {
            problem(field, "unexpected '" + rest + "' after the value");
        }
        if (value.isEmpty()) {
            problem(field, "present but empty");
        } else {
            values.put(field, value);
        }
    }

    private Integer count(ReceiptField field) {
        String value = values.get(field);
        if (value == null) {
            return null;
        }
        if (value.length() <= 9 && value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return Integer.parseInt(value);
        }
        problem(field, "'" + value + "' is not a count");
        return null;
    }

    private ReceiptDate date(ReceiptField field) {
        String value = values.get(field);
        if (value == null) {
            return null;
        }
        ReceiptDate date = ReceiptDate.parse(value);
        if (!date.isValid()) {
            problem(field, "'" + value + "' is not a possible YYMMDDhhmm[ss] date");
        }
        return date;
    }

    private void problem(ReceiptField field, String detail) {
        problems.add(new ReceiptProblem(field, detail));
    }

    private static ReceiptField fieldOf(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        if (k.startsWith("submit")) {
            return ReceiptField.SUBMIT_DATE;
        }
        if (k.startsWith("done")) {
            return ReceiptField.DONE_DATE;
        }
        switch (k) {
            case "id": return ReceiptField.MESSAGE_ID;
            case "sub": return ReceiptField.SUBMITTED;
            case "dlvrd": return ReceiptField.DELIVERED;
            case "stat": return ReceiptField.STATE;
            case "err": return ReceiptField.ERROR;
            case "text": return ReceiptField.TEXT;
            default: throw new IllegalStateException("LABEL matched an unknown key " + key);
        }
    }

    private static int firstWhitespace(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isWhitespace(s.charAt(i))) {
                return i;
            }
        }
        return s.length();
    }

    /** SMSCs that treat short_message as a C string send its terminator along. */
    private static String withoutTrailingNuls(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\0') {
            end--;
        }
        return s.substring(0, end);
    }
}
