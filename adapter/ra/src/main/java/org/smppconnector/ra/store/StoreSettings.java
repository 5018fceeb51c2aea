package org.smppconnector.ra.store;

import jakarta.resource.spi.InvalidPropertyException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import org.smppconnector.store.submission.TextPrivacy;

/**
 * How the adapter uses the shared store, from the resource adapter's properties.
 *
 * @param url            the JDBC URL; H2 ({@code jdbc:h2:file:...;AUTO_SERVER=TRUE}) or any other
 * @param user           may be empty
 * @param password       may be empty; never logged
 * @param node           this server's name in submissions, receipts and session status
 * @param privacy        what is kept of each message's text
 * @param retention      how long submissions and receipts are kept; null for ever
 * @param statusInterval how often the session status is written
 * @param pollInterval   how often the accounts are compared with the store
 */
public record StoreSettings(String url, String user, String password, String node, TextPrivacy privacy,
                            Duration retention, Duration statusInterval, Duration pollInterval) {

    public static final String DEFAULT_PRIVACY = "text";
    public static final int DEFAULT_RETENTION_DAYS = 30;
    public static final int DEFAULT_STATUS_INTERVAL_SECONDS = 5;
    /** Changes in the store take effect within about this long. */
    public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(1);

    public StoreSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(node, "node");
        Objects.requireNonNull(privacy, "privacy");
        Objects.requireNonNull(statusInterval, "statusInterval");
        Objects.requireNonNull(pollInterval, "pollInterval");
        user = user == null ? "" : user;
        password = password == null ? "" : password;
    }

    /**
     * The settings the adapter's properties give.
     *
     * @param privacy               {@code text} (the text and its digest) or {@code digest} (only its SHA-256)
     * @param retentionDays         0 keeps everything for ever
     * @param statusIntervalSeconds positive
     * @throws InvalidPropertyException naming the property that cannot work
     */
    public static StoreSettings of(String url, String user, String password, String node, String privacy,
                                   Integer retentionDays, Integer statusIntervalSeconds) throws InvalidPropertyException {
        if (!url.startsWith("jdbc:")) {
            throw new InvalidPropertyException("storeUrl must be a JDBC URL (jdbc:...), not " + url);
        }
        int days = retentionDays == null ? DEFAULT_RETENTION_DAYS : retentionDays;
        if (days < 0) {
            throw new InvalidPropertyException("retentionDays must be 0 (keep for ever) or more, not " + days);
        }
        int status = statusIntervalSeconds == null ? DEFAULT_STATUS_INTERVAL_SECONDS : statusIntervalSeconds;
        if (status < 1) {
            throw new InvalidPropertyException("statusIntervalSeconds must be positive, not " + status);
        }
        return new StoreSettings(url, user, password, node, privacy(privacy), days == 0 ? null : Duration.ofDays(days),
                Duration.ofSeconds(status), DEFAULT_POLL_INTERVAL);
    }

    private static TextPrivacy privacy(String value) throws InvalidPropertyException {
        String name = value == null || value.isBlank() ? DEFAULT_PRIVACY : value.strip().toLowerCase(Locale.ROOT);
        switch (name) {
            case "text":
                return TextPrivacy.FULL_TEXT;
            case "digest":
                return TextPrivacy.DIGEST_ONLY;
            default:
                throw new InvalidPropertyException("privacy must be text or digest, not " + value);
        }
    }

    public StoreSettings withPollInterval(Duration value) {
        return new StoreSettings(url, user, password, node, privacy, retention, statusInterval, value);
    }

    public StoreSettings withStatusInterval(Duration value) {
        return new StoreSettings(url, user, password, node, privacy, retention, value, pollInterval);
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return "StoreSettings[" + url + ", user " + user + ", node " + node + ", " + privacy + ", retention "
                + (retention == null ? "for ever" : retention.toDays() + " days") + ", status every "
                + statusInterval.toSeconds() + " s]";
    }
}
