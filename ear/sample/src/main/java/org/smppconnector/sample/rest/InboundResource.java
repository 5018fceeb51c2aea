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
import org.smppconnector.sample.receive.DeliveryLog;

/**
 * GET /sample/inbound: the newest inbound messages the message-driven bean recorded
 * ({@code limit}, default 100), oldest first: {@code {"messages": [{"account", "bindGroup",
 * "from", "to", "text", "parts", "dataCoding", "receivedAt"}]}}.
 */
@Path("inbound")
public class InboundResource {

    @EJB
    private DeliveryLog log;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject inbound(@QueryParam("limit") @DefaultValue("100") int limit) {
        if (limit < 1) {
            throw new InvalidRequestException("limit", "limit must be at least 1, not " + limit);
        }
        JsonArrayBuilder array = Json.createArrayBuilder();
        log.latestInbound(limit).forEach(message -> {
            JsonObjectBuilder json = Json.createObjectBuilder()
                    .add("account", message.account())
                    .add("bindGroup", message.bindGroup())
                    .add("from", message.from())
                    .add("to", message.to());
            Jsons.addIfPresent(json, "text", message.text());
            array.add(json.add("parts", message.parts())
                    .add("dataCoding", message.dataCoding())
                    .add("receivedAt", message.receivedAt().toString()));
        });
        return Json.createObjectBuilder().add("messages", array).build();
    }
}
