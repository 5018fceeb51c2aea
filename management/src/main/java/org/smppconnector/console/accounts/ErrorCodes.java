package org.smppconnector.console.accounts;

import java.util.Optional;
import java.util.OptionalInt;
import org.smppconnector.smpp.pdu.CommandStatus;
import org.smppconnector.smpp.pool.ProviderPreset;
import org.smppconnector.smpp.receipt.ErrCodeFormat;

/**
 * Reads a receipt's {@code err:} the way its provider writes it: GatewayAPI's base-10 form of
 * its 0x1xxx codes, Mobile Text Alerts' SMPP 3.4 command statuses, plain numbers otherwise.
 */
public final class ErrorCodes {

    /**
     * @param raw  as the receipt had it
     * @param code the number it stands for, when it is in the provider's format
     * @param text what it means, as far as the provider documents it
     */
    public record Decoded(String raw, Integer code, String text) {
    }

    private ErrorCodes() {
    }

    public static Optional<Decoded> decode(String raw, ProviderPreset provider) {
        if (raw == null || raw.isBlank()) {
            return Optional.empty();
        }
        ErrCodeFormat format = PresetView.of(provider).settings().receiptErrFormat();
        OptionalInt decoded = format.decode(raw.strip());
        if (decoded.isEmpty()) {
            return Optional.of(new Decoded(raw, null, "not a " + format.name().toLowerCase(java.util.Locale.ROOT)
                    + " error code"));
        }
        int code = decoded.getAsInt();
        String text;
        if (format == ErrCodeFormat.GATEWAYAPI) {
            text = code == 0x1000 ? "no error" : String.format("GatewayAPI error 0x%04X", code);
        } else if (code == 0) {
            text = "no error";
        } else if (provider == ProviderPreset.MOBILE_TEXT_ALERTS && CommandStatus.isKnown(code)) {
            text = CommandStatus.name(code) + ": " + CommandStatus.description(code);
        } else {
            text = String.format("network error %d (0x%X)", code, code);
        }
        return Optional.of(new Decoded(raw, code, text));
    }
}
