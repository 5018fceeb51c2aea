package org.smppconnector.store.account;

import java.util.Locale;
import org.smppconnector.smpp.pool.InvalidSettingException;
import org.smppconnector.smpp.pool.ProviderPreset;

/**
 * The names the store (and the resource adapter's {@code provider} property) gives the core's
 * presets: {@code generic}, {@code mitto}, {@code gatewayapi}, {@code gatewayapi-eu},
 * {@code mobile-text-alerts}, {@code surem}, {@code bulksms}.
 */
public final class ProviderNames {

    private ProviderNames() {
    }

    public static String of(ProviderPreset preset) {
        return preset.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** @throws InvalidSettingException naming the known providers when {@code name} is none of them */
    public static ProviderPreset parse(String name) {
        if (name != null) {
            for (ProviderPreset preset : ProviderPreset.values()) {
                if (of(preset).equalsIgnoreCase(name.strip())) {
                    return preset;
                }
            }
        }
        StringBuilder known = new StringBuilder();
        for (ProviderPreset preset : ProviderPreset.values()) {
            known.append(known.length() == 0 ? "" : ", ").append(of(preset));
        }
        throw new InvalidSettingException("provider", "unknown provider \"" + name + "\"; known: " + known);
    }
}
