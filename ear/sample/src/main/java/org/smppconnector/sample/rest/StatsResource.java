package org.smppconnector.sample.rest;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.smppconnector.sample.receive.DeliveryLog;

/**
 * GET /sample/stats: how many receipts and inbound messages the message-driven bean took since
 * the start: {@code {"receiptsDelivered", "receiptsRecorded", "inboundReceived"}}, repeats
 * counted in the first only. The benchmark reads the receipt rate from it.
 */
@Path("stats")
public class StatsResource {

    @EJB
    private DeliveryLog log;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject stats() {
        DeliveryLog.Counts counts = log.counts();
        return Json.createObjectBuilder()
                .add("receiptsDelivered", counts.receiptsDelivered())
                .add("receiptsRecorded", counts.receiptsRecorded())
                .add("inboundReceived", counts.inboundReceived())
                .build();
    }
}
