package org.smppconnector.console.accounts;

import java.util.Optional;
import org.smppconnector.console.http.FieldError;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.ProviderPreset;

/**
 * Provider limits the console enforces beyond the engine's own checks (which already refuse
 * passwords over 8 characters, binds beyond the session cap, and plain TCP to Mobile Text
 * Alerts): a cap the provider documents as a hard limit may not be raised.
 */
final class ProviderRules {

    private ProviderRules() {
    }

    static Optional<FieldError> check(AccountSettings settings) {
        ProviderPreset preset = settings.preset();
        if (preset == ProviderPreset.BULKSMS) {
            int cap = PresetView.of(preset).settings().sessionCap().orElseThrow();
            if (settings.sessionCap().isEmpty() || settings.sessionCap().getAsInt() > cap) {
                return Optional.of(new FieldError("sessionCap",
                        "BulkSMS allows at most " + cap + " connections per account"));
            }
        }
        return Optional.empty();
    }
}
