package org.smppconnector.simulator.control;

import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.smppconnector.simulator.account.Account;
import org.smppconnector.simulator.account.BindKind;
import org.smppconnector.simulator.fault.Faults;
import org.smppconnector.simulator.message.DeliveryState;
import org.smppconnector.simulator.message.ReceivedMessage;
import org.smppconnector.simulator.message.Submission;
import org.smppconnector.simulator.message.TrackedMessage;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.session.Endpoint;
import org.smppconnector.simulator.session.SimulatedSession;

/** How the simulator's objects look in the control port's JSON: field names in lowerCamelCase. */
final class Views {
    private Views() {
    }

    /** SUBMITS_ACCEPTED -> submitsAccepted. */
    static String camel(String constant) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : constant.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    static Map<String, Object> counters(Map<Counter, Long> counters) {
        Map<String, Object> view = new LinkedHashMap<>();
        counters.forEach((counter, value) -> view.put(camel(counter.name()), value));
        return view;
    }

    static Map<String, Object> endpoint(Endpoint endpoint) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", endpoint.name());
        view.put("host", endpoint.host());
        view.put("port", endpoint.port());
        view.put("tls", endpoint.tls());
        return view;
    }

    static Map<String, Object> account(Account account) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("systemId", account.systemId());
        view.put("binds", account.bindKinds().stream().sorted().map(BindKind::shortName)
                .collect(Collectors.joining("|")));
        view.put("maxSessions", account.maxSessions());
        return view;
    }

    static Map<String, Object> faults(Faults faults) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("throttleTps", faults.throttleTps());
        view.put("queueFull", faults.isQueueFull());
        view.put("responseDelayMs", faults.responseDelayNanos() / 1_000_000);
        view.put("dropResponses", faults.isDroppingResponses());
        view.put("dropConnectionEvery", faults.dropConnectionEvery());
        view.put("refusingBinds", faults.isRefusingBinds());
        return view;
    }

    static Map<String, Object> session(SimulatedSession session) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", session.id());
        view.put("endpoint", session.endpoint().name());
        view.put("tls", session.endpoint().tls());
        view.put("state", session.state());
        view.put("systemId", session.systemId());
        view.put("bindType", session.bindKind() == null ? null : session.bindKind().shortName());
        view.put("systemType", session.systemType());
        view.put("bindGroup", session.bindGroup());
        view.put("interfaceVersion", session.interfaceVersion() == 0 ? null
                : String.format("0x%02x", session.interfaceVersion()));
        view.put("connectedAt", session.connectedAt());
        view.put("boundAt", session.boundAt());
        view.put("closedAt", session.closedAt());
        view.put("closeReason", session.closeReason());
        view.put("unacknowledgedDeliveries", session.unacknowledgedDeliveries());
        view.put("queuedDeliveries", session.queuedDeliveries());
        return view;
    }

    static Map<String, Object> message(ReceivedMessage message) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("messageId", message.messageId());
        view.put("messageIds", message.messageIds());
        view.put("command", message.command());
        view.put("systemId", message.systemId());
        view.put("sessionId", message.sessionId());
        view.put("bindGroup", message.bindGroup());
        view.put("routingGroup", message.routingGroup());
        view.put("serviceType", message.serviceType());
        view.put("source", message.source());
        view.put("sourceTon", message.sourceTon());
        view.put("sourceNpi", message.sourceNpi());
        view.put("destination", message.destination());
        view.put("destTon", message.destTon());
        view.put("destNpi", message.destNpi());
        view.put("esmClass", message.esmClass());
        view.put("dataCoding", message.dataCoding());
        view.put("encoding", message.alphabet());
        view.put("registeredDelivery", message.registeredDelivery());
        view.put("priority", message.priority());
        view.put("multipart", message.method());
        view.put("parts", message.parts().size());
        view.put("text", message.text());
        view.put("payloadHex", HexFormat.of().formatHex(message.payload()));
        view.put("complete", message.complete());
        view.put("responseDropped", message.responseDropped());
        view.put("receivedAt", message.receivedAt());
        return view;
    }

    static Map<String, Object> tracked(TrackedMessage message) {
        Submission submission = message.submission();
        DeliveryState state = message.state();
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("messageId", message.messageId());
        view.put("systemId", submission.systemId());
        view.put("sessionId", submission.sessionId());
        view.put("source", submission.source());
        view.put("destination", submission.destination());
        view.put("registeredDelivery", submission.registeredDelivery());
        view.put("state", state.stat());
        view.put("messageState", state.messageState());
        view.put("final", state.isFinal());
        view.put("errorCode", message.errorCode());
        view.put("submittedAt", message.submittedAt());
        view.put("finalAt", message.finalAt());
        view.put("replacedText", message.replacedText());
        return view;
    }
}
