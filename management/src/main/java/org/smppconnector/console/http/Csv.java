package org.smppconnector.console.http;

import java.util.List;

/**
 * CSV rows per RFC 4180, guarded against formula injection: a cell a spreadsheet would run as
 * a formula gets a leading apostrophe. Phone numbers ({@code +4512345678}) are left as they are.
 */
public final class Csv {

    private Csv() {
    }

    public static String row(List<?> cells) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(cell(cells.get(i)));
        }
        return line.append("\r\n").toString();
    }

    static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value.toString();
        if (isFormula(text)) {
            text = "'" + text;
        }
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0
                || text.startsWith(" ") || text.endsWith(" ")) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }

    private static boolean isFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        char first = text.charAt(0);
        if (first == '=' || first == '@' || first == '\t' || first == '\r') {
            return true;
        }
        if (first == '+' || first == '-') {
            return !text.substring(1).chars().allMatch(c -> c >= '0' && c <= '9') || text.length() == 1;
        }
        return false;
    }
}
