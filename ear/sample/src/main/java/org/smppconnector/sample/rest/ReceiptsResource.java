package org.smppconnector.sample.rest;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.smppconnector.sample.receive.DeliveryLog;
import org.smppconnector.sample.receive.RecordedReceipt;

/**
 * GET /sample/receipts?messageId=...: the receipts the message-driven bean recorded for a message
 * id (on any account), each once however often it was delivered; without messageId, the newest
 * ({@code limit}, default 100). {@code {"receipts": [{"account", "bindGroup", "messageId", "state",
 * "final", "error", "doneDate", "receivedAt", "deliveries"}]}}.
 */
@Path("receipts")
public class ReceiptsResource {

    @EJB
    private DeliveryLog log;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject receipts(@QueryParam("messageId") String messageId,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1) {
            throw new InvalidRequestException("limit", "limit must be at least 1, not " + limit);
        }
        List<RecordedReceipt> receipts = messageId == null ? log.latestReceipts(limit) : log.receiptsOf(messageId);
        JsonArrayBuilder array = Json.createArrayBuilder();
        receipts.forEach(receipt -> array.add(json(receipt)));
        JsonObjectBuilder answer = Json.createObjectBuilder();
        if (messageId != null) {
            answer.add("messageId", messageId);
        }
        return answer.add("receipts", array).build();
    }

    private static JsonObjectBuilder json(RecordedReceipt receipt) {
        JsonObjectBuilder json = Json.createObjectBuilder()
                .add("account", receipt.account())
                .add("bindGroup", receipt.bindGroup());
        Jsons.addIfPresent(json, "messageId", receipt.messageId());
        json.add("state", receipt.state().name())
                .add("final", receipt.isFinal());
        Jsons.addIfPresent(json, "error", receipt.error());
        Jsons.addIfPresent(json, "doneDate", receipt.doneDate());
        return json.add("receivedAt", receipt.receivedAt().toString())
                .add("deliveries", receipt.deliveries());
    }
}
