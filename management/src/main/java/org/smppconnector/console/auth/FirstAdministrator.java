package org.smppconnector.console.auth;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * The administrator given at start ({@code --admin-user/--admin-password} or
 * {@code SMPP_CONSOLE_ADMIN_USER/PASSWORD}). With no user in the store one must be given:
 * there is no built-in account and no default password. Once users exist, a given
 * administrator who does not exist yet is added (a way back in when every administrator is
 * lost); an existing one is left alone, so a stale password in a start script never resets it.
 */
public final class FirstAdministrator {

    private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

    private FirstAdministrator() {
    }

    /** @throws IllegalStateException when the store has no user and none is given, or the password is too weak */
    public static void ensure(UserRepository users, PasswordHasher hasher, Optional<String> username,
                              Optional<String> password) {
        if (username.isEmpty() != password.isEmpty()) {
            throw new IllegalStateException("give both the administrator's user name and password, or neither");
        }
        if (username.isEmpty()) {
            if (users.count() == 0) {
                throw new IllegalStateException("the store has no console user yet: give the first administrator with "
                        + "--admin-user and --admin-password (or SMPP_CONSOLE_ADMIN_USER and "
                        + "SMPP_CONSOLE_ADMIN_PASSWORD)");
            }
            return;
        }
        String name = username.get();
        if (users.find(name).isPresent()) {
            LOG.info("Administrator " + name + " exists already; its password is left unchanged");
            return;
        }
        UserRules.checkUsername(name).ifPresent(problem -> {
            throw new IllegalStateException("administrator user name: " + problem);
        });
        UserRules.checkPassword(name, password.get()).ifPresent(problem -> {
            throw new IllegalStateException("administrator password: " + problem);
        });
        users.create(name, hasher.hash(password.get()), Role.ADMIN);
        LOG.info("Created administrator " + name);
    }
}
