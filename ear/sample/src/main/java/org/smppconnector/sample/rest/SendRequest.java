package org.smppconnector.sample.rest;

import jakarta.json.JsonObject;
import java.util.Set;
import org.smppconnector.api.InvalidMessageException;
import org.smppconnector.api.SmsMessage;

/**
 * A message to send, as POST /sample/messages takes it:
 * {@code {"account", "from", "to", "text", "receipt"}}. Only "to" and "text" are required; no
 * "account" sends on the connection factory's own, no "from" with the account's default sender,
 * and "receipt" defaults to true.
 */
record SendRequest(String account, String from, String to, String text, boolean receipt) {

    static final Set<String> FIELDS = Set.of("account", "from", "to", "text", "receipt");

    static SendRequest parse(JsonObject body) {
        String account = JsonBodies.string(body, "account");
        if (account != null && account.isBlank()) {
            throw new InvalidRequestException("account", "account is empty; leave it out for the default account");
        }
        return new SendRequest(account, JsonBodies.string(body, "from"), JsonBodies.string(body, "to"),
                JsonBodies.string(body, "text"), JsonBodies.bool(body, "receipt", true));
    }

    /** The message to submit; the connector's checks name the API's field, mapped back to ours. */
    SmsMessage toMessage() {
        SmsMessage.Builder builder = SmsMessage.builder().destination(to).source(from).text(text);
        if (receipt) {
            builder.requestReceipt();
        }
        try {
            return builder.build();
        } catch (InvalidMessageException e) {
            throw new InvalidRequestException(jsonField(e.field()), e.getMessage().replaceFirst("^" + e.field(),
                    jsonField(e.field())));
        }
    }

    /** The JSON field that holds what the connector calls {@code apiField}. */
    static String jsonField(String apiField) {
        switch (apiField) {
            case InvalidMessageException.DESTINATION:
                return "to";
            case InvalidMessageException.SOURCE:
                return "from";
            case InvalidMessageException.TEXT:
            case InvalidMessageException.ENCODING:
                return "text";
            case InvalidMessageException.RECEIPT_REQUEST:
                return "receipt";
            default:
                return apiField;
        }
    }
}
