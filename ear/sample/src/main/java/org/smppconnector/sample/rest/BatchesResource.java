package org.smppconnector.sample.rest;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.resource.ResourceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.HashSet;
import java.util.Set;
import org.smppconnector.sample.SmsService;

/**
 * POST /sample/batches: sends the same message many times through {@link SmsService#sendBatch},
 * without waiting for each answer. The body is a message as for /sample/messages plus
 * {@code "count"} (1..1,000,000) and {@code "inFlight"} (unanswered at once, 1..10,000,
 * default 500); the answer says how many failed and how fast it went. What the benchmark drives.
 */
@Path("batches")
public class BatchesResource {

    private static final Set<String> FIELDS = fields();

    @EJB
    private SmsService sms;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public JsonObject send(String body) throws ResourceException, InterruptedException {
        JsonObject object = JsonBodies.object(body, FIELDS);
        int count = JsonBodies.integer(object, "count", -1, 1, 1_000_000);
        if (count < 0) {
            throw new InvalidRequestException("count", "count is required");
        }
        int inFlight = JsonBodies.integer(object, "inFlight", 500, 1, 10_000);
        JsonObjectBuilder message = Json.createObjectBuilder(object);
        message.remove("count");
        message.remove("inFlight");
        SendRequest request = SendRequest.parse(message.build());
        SmsService.BatchResult result = sms.sendBatch(request.account(), request.toMessage(), count, inFlight);
        JsonObjectBuilder answer = Json.createObjectBuilder()
                .add("count", result.count())
                .add("failed", result.failed())
                .add("seconds", result.nanos() / 1e9)
                .add("messagesPerSecond", Math.round(result.messagesPerSecond()));
        if (result.firstFailure() != null) {
            answer.add("firstFailure", result.firstFailure());
        }
        return answer.build();
    }

    private static Set<String> fields() {
        Set<String> fields = new HashSet<>(SendRequest.FIELDS);
        fields.add("count");
        fields.add("inFlight");
        return Set.copyOf(fields);
    }
}
