package org.smppconnector.console.auth;

/** The sign-in endpoints, and the routes a viewer may post to. */
public final class Paths {

    public static final String AUTH_PREFIX = "/auth/";
    public static final String LOGIN = "/auth/login";
    public static final String LOGOUT = "/auth/logout";
    public static final String SESSION = "/auth/session";
    /** The signed-in user's own settings (token, password). */
    public static final String ME = "/api/me";

    private Paths() {
    }

    static boolean isSelfService(String path) {
        return path.equals(LOGOUT) || path.equals(ME) || path.startsWith(ME + "/");
    }
}
