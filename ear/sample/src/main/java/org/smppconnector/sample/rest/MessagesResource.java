package org.smppconnector.sample.rest;

import jakarta.ejb.EJB;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.resource.ResourceException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.smppconnector.sample.SmsService;
import org.smppconnector.api.SubmitResult;

/** POST /sample/messages: sends one message, answering 201 with its message ids. */
@Path("messages")
public class MessagesResource {

    @EJB
    private SmsService sms;

    @Context
    private UriInfo uri;

    /**
     * Answers 201 with {@code {"account", "messageIds": [...]}} (the account it went out on) and the
     * Location of its receipts;
     * 400 {@code {"error", "field"}} for a body it cannot send; the connector's failures as
     * {@link SmppErrorMapper} says.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response send(String body) throws ResourceException {
        SendRequest request = SendRequest.parse(JsonBodies.object(body, SendRequest.FIELDS));
        SmsService.Sent sent = sms.send(request.account(), request.toMessage());
        SubmitResult result = sent.result();
        JsonArrayBuilder ids = Json.createArrayBuilder();
        result.messageIds().forEach(ids::add);
        JsonObject answer = Json.createObjectBuilder()
                .add("account", sent.account())
                .add("messageIds", ids)
                .build();
        return Response.created(uri.getBaseUriBuilder().path("receipts")
                        .queryParam("messageId", result.messageId()).build())
                .entity(answer)
                .build();
    }
}
