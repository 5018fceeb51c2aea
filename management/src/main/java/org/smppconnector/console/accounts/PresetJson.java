package org.smppconnector.console.accounts;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.store.account.ProviderNames;

/** The provider presets as the account form fills them in. */
public final class PresetJson {

    private PresetJson() {
    }

    public static JsonObject all() {
        JsonArrayBuilder list = Json.createArrayBuilder();
        for (ProviderPreset preset : ProviderPreset.values()) {
            PresetView view = PresetView.of(preset);
            JsonObject settings = AccountJson.effective(view.settings());
            if (!view.hostsGiven()) {
                // The placeholder host is not the provider's: the user must give one.
                settings = Json.createObjectBuilder(settings).add("hosts", Json.createArrayBuilder()).build();
            }
            list.add(Json.createObjectBuilder()
                    .add("provider", ProviderNames.of(preset))
                    .add("displayName", preset.displayName())
                    .add("requiresTls", preset.requiresTls())
                    .add("hostsGiven", view.hostsGiven())
                    .add("port", view.settings().hosts().get(0).port())
                    .add("settings", settings));
        }
        return Json.createObjectBuilder().add("presets", list).build();
    }
}
