package org.smppconnector.console.auth;

import java.util.Optional;
import java.util.regex.Pattern;

/** What makes a console user name and password acceptable. */
public final class UserRules {

    public static final int MIN_PASSWORD = 10;
    public static final int MAX_PASSWORD = 200;
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,64}");

    private UserRules() {
    }

    /** The problem with the name, if any. */
    public static Optional<String> checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            return Optional.of("1 to 64 letters, digits, '.', '_', '@' or '-'");
        }
        return Optional.empty();
    }

    /** The problem with the password, if any. */
    public static Optional<String> checkPassword(String username, String password) {
        if (password == null || password.length() < MIN_PASSWORD) {
            return Optional.of("at least " + MIN_PASSWORD + " characters");
        }
        if (password.length() > MAX_PASSWORD) {
            return Optional.of("at most " + MAX_PASSWORD + " characters");
        }
        if (password.equalsIgnoreCase(username)) {
            return Optional.of("must differ from the user name");
        }
        return Optional.empty();
    }
}
