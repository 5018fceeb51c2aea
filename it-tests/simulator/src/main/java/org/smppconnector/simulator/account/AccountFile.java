package org.smppconnector.simulator.account;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Reads accounts from a text file, one per line:
 * <pre>
 * # system_id, password [, bind types [, max sessions]]
 * acme, secret
 * bulk1, pw12345, TX|RX, 10
 * </pre>
 * Bind types are TX, RX, TRX separated by '|' (empty or '*' = all); max sessions 0 or
 * absent = the profile's cap. Blank lines and lines starting with '#' are ignored; fields
 * are trimmed, so neither field may contain a comma.
 */
public final class AccountFile {
    private AccountFile() {
    }

    public static List<Account> read(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, file.toString());
        }
    }

    public static List<Account> parse(String text) {
        try {
            return parse(new StringReader(text), "<text>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @throws InvalidAccountException naming the source and line of the first bad line */
    public static List<Account> parse(Reader reader, String source) throws IOException {
        List<Account> accounts = new ArrayList<>();
        BufferedReader lines = new BufferedReader(reader);
        String line;
        int number = 0;
        while ((line = lines.readLine()) != null) {
            number++;
            String trimmed = line.trim();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            try {
                accounts.add(parseLine(trimmed));
            } catch (IllegalArgumentException e) {
                throw new InvalidAccountException(source + " line " + number + ": " + e.getMessage(), e);
            }
        }
        return accounts;
    }

    private static Account parseLine(String line) {
        String[] fields = line.split(",", -1);
        if (fields.length < 2 || fields.length > 4) {
            throw new IllegalArgumentException("expected 'system_id, password [, bind types [, max sessions]]', got '"
                    + line + "'");
        }
        String systemId = fields[0].trim();
        String password = fields[1].trim();
        Set<BindKind> kinds = EnumSet.allOf(BindKind.class);
        if (fields.length >= 3 && !fields[2].isBlank() && !fields[2].trim().equals("*")) {
            kinds = EnumSet.noneOf(BindKind.class);
            for (String kind : fields[2].split("\\|")) {
                kinds.add(BindKind.parse(kind));
            }
        }
        int maxSessions = 0;
        if (fields.length == 4 && !fields[3].isBlank()) {
            try {
                maxSessions = Integer.parseInt(fields[3].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("max sessions '" + fields[3].trim() + "' is not a number", e);
            }
        }
        return new Account(systemId, password, kinds, maxSessions);
    }
}
