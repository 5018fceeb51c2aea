package org.smppconnector.sample.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.resource.ResourceException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.smppconnector.api.InvalidMessageException;
import org.smppconnector.api.NotBoundException;
import org.smppconnector.api.SmppResourceException;
import org.smppconnector.api.SmppTimeoutException;
import org.smppconnector.api.SmscRejectedException;
import org.smppconnector.api.ThrottledException;
import org.smppconnector.api.UnknownAccountException;

/**
 * Answers the connector's failures: what the caller got wrong is a 400 naming the field; an
 * account that cannot send now (no bind, throttled) 503 with Retry-After; the SMSC's refusal
 * 502 with its command_status; no answer in time 504. The body says whether the SMSC may have
 * taken the message anyway, and which parts it took.
 */
@Provider
public class SmppErrorMapper implements ExceptionMapper<ResourceException> {

    @Override
    public Response toResponse(ResourceException e) {
        JsonObjectBuilder body = Json.createObjectBuilder().add("error", String.valueOf(e.getMessage()));
        if (!(e instanceof SmppResourceException)) {
            // the container could not give a connection (e.g. jca/smpp not configured)
            return answer(Response.Status.SERVICE_UNAVAILABLE, body.add("retriable", true));
        }
        SmppResourceException failure = (SmppResourceException) e;
        body.add("retriable", failure.isRetriable()).add("mayHaveBeenAccepted", failure.mayHaveBeenAccepted());
        if (!failure.acceptedMessageIds().isEmpty()) {
            JsonArrayBuilder ids = Json.createArrayBuilder();
            failure.acceptedMessageIds().forEach(ids::add);
            body.add("acceptedMessageIds", ids);
        }
        if (e instanceof InvalidMessageException) {
            String field = SendRequest.jsonField(((InvalidMessageException) e).field());
            return answer(Response.Status.BAD_REQUEST, body.add("field", field));
        }
        if (e instanceof UnknownAccountException) {
            return answer(Response.Status.BAD_REQUEST, body.add("field", "account"));
        }
        if (e instanceof NotBoundException || e instanceof ThrottledException) {
            return Response.fromResponse(answer(Response.Status.SERVICE_UNAVAILABLE, body))
                    .header("Retry-After", "1").build();
        }
        if (e instanceof SmscRejectedException) {
            SmscRejectedException rejected = (SmscRejectedException) e;
            body.add("commandStatus", String.format("0x%08X", rejected.commandStatus()))
                    .add("commandStatusName", rejected.commandStatusName());
            return answer(Response.Status.BAD_GATEWAY, body);
        }
        if (e instanceof SmppTimeoutException) {
            return answer(Response.Status.GATEWAY_TIMEOUT, body);
        }
        return answer(Response.Status.BAD_GATEWAY, body);
    }

    private static Response answer(Response.Status status, JsonObjectBuilder body) {
        return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body.build()).build();
    }
}
