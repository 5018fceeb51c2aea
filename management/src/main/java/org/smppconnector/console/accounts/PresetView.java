package org.smppconnector.console.accounts;

import java.util.EnumMap;
import java.util.Map;
import org.smppconnector.smpp.pool.AccountSettings;
import org.smppconnector.smpp.pool.InvalidSettingException;
import org.smppconnector.smpp.pool.ProviderPreset;

/**
 * A provider preset's values, as the account form shows them before the user types anything.
 * The core's presets become settings only with a name, credentials and (for providers that
 * hand out hosts per customer) a host; placeholders stand in for those, and {@link #hostsGiven}
 * says whether the hosts shown are the provider's own.
 */
public record PresetView(ProviderPreset preset, AccountSettings settings, boolean hostsGiven) {

    private static final String PLACEHOLDER_HOST = "host.invalid";
    private static final Map<ProviderPreset, PresetView> ALL = new EnumMap<>(ProviderPreset.class);

    static {
        for (ProviderPreset preset : ProviderPreset.values()) {
            ALL.put(preset, build(preset));
        }
    }

    public static PresetView of(ProviderPreset preset) {
        return ALL.get(preset);
    }

    private static PresetView build(ProviderPreset preset) {
        AccountSettings.Builder builder = preset.builder().name("preset").credentials("preset", "");
        try {
            return new PresetView(preset, builder.build(), true);
        } catch (InvalidSettingException e) {
            if (!e.field().equals("hosts")) {
                throw e;
            }
            return new PresetView(preset, builder.host(PLACEHOLDER_HOST).build(), false);
        }
    }
}
