package org.smppconnector.simulator.session;

import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;

import org.jsmpp.SMPPConstant;
import org.smppconnector.simulator.fault.Faults;
import org.smppconnector.simulator.fault.RateWindow;
import org.smppconnector.simulator.fault.ResponseAction;
import org.smppconnector.simulator.message.Content;
import org.smppconnector.simulator.message.ContentParser;
import org.smppconnector.simulator.message.MessageBook;
import org.smppconnector.simulator.message.MessageIds;
import org.smppconnector.simulator.message.MessageLog;
import org.smppconnector.simulator.message.MessagePart;
import org.smppconnector.simulator.message.Reassembler;
import org.smppconnector.simulator.message.ReceivedMessage;
import org.smppconnector.simulator.message.Submission;
import org.smppconnector.simulator.message.TrackedMessage;
import org.smppconnector.simulator.profile.ProfileRules;
import org.smppconnector.simulator.receipt.ReceiptScheduler;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.record.Counters;
import org.smppconnector.simulator.record.Signal;
import org.smppconnector.simulator.smpp.Refusal;

/**
 * Accepts or refuses one submission (submit_sm, data_sm, one destination of submit_multi):
 * faults first, then the profile's rules, then the payload; an accepted one gets a message
 * id, is tracked for receipts and queries, and recorded (reassembled when multipart). This
 * is the hot path: no lock beyond the multipart reassembly of one message.
 */
public final class SubmitHandler {
    private final ProfileRules rules;
    private final Faults faults;
    private final Counters counters;
    private final Signal signal;
    private final MessageIds ids;
    private final MessageBook book;
    private final MessageLog log;
    private final Reassembler reassembler;
    private final ReceiptScheduler receipts;

    public SubmitHandler(ProfileRules rules, Faults faults, Counters counters, Signal signal, MessageIds ids,
                         MessageBook book, MessageLog log, Reassembler reassembler, ReceiptScheduler receipts) {
        this.rules = rules;
        this.faults = faults;
        this.counters = counters;
        this.signal = signal;
        this.ids = ids;
        this.book = book;
        this.log = log;
        this.reassembler = reassembler;
        this.receipts = receipts;
    }

    /**
     * @param rate       the account's TPS window
     * @param responses  where a fault's decision about this request's response is left
     * @return the message id
     */
    public String accept(Submission submission, RateWindow rate, ResponsePlans responses) throws Refusal {
        try {
            checkFaults(rate);
            rules.checkCommand(submission.command());
            Instant now = Instant.now();
            rules.checkEnvelope(submission, now);
            Content content = ContentParser.parse(submission, rules.profile().defaultAlphabet());
            rules.checkContent(submission, content);
            return accepted(submission, content, now, responses);
        } catch (Refusal refusal) {
            counters.increment(Counter.SUBMITS_REFUSED);
            signal.changed();
            throw refusal;
        }
    }

    private void checkFaults(RateWindow rate) throws Refusal {
        if (faults.isQueueFull()) {
            counters.increment(Counter.QUEUE_FULL);
            throw new Refusal(SMPPConstant.STAT_ESME_RMSGQFUL, "queue full (fault)");
        }
        int tps = faults.throttleTps();
        if (tps > 0 && !rate.tryAcquire(tps)) {
            counters.increment(Counter.THROTTLED);
            throw new Refusal(SMPPConstant.STAT_ESME_RTHROTTLED, "more than " + tps + " submits per second (fault)");
        }
    }

    private String accepted(Submission submission, Content content, Instant now, ResponsePlans responses) {
        String id = ids.next();
        boolean dropped = faults.isDroppingResponses();
        long delay = faults.responseDelayNanos();
        if (dropped) {
            responses.plan(submission.sequenceNumber(), ResponseAction.DROP);
        } else if (delay > 0) {
            responses.plan(submission.sequenceNumber(), ResponseAction.delay(delay));
        }
        counters.increment(Counter.SUBMITS_ACCEPTED);
        TrackedMessage tracked = new TrackedMessage(id, submission, content.text(), now);
        book.add(tracked);
        record(submission, content, id, now, dropped);
        if (!dropped) {
            receipts.onAccepted(tracked);
        }
        signal.changed();
        return id;
    }

    private void record(Submission submission, Content content, String id, Instant now, boolean dropped) {
        int total = content.isPart() ? content.concatenation().total() : 1;
        int number = content.isPart() ? content.concatenation().sequence() : 1;
        int reference = content.isPart() ? content.concatenation().reference() : 0;
        MessagePart part = new MessagePart(id, submission.sessionId(), submission.sequenceNumber(), number, total,
                reference, content.userData(), content.text(), now);
        if (!content.isPart() || total == 1) {
            counters.increment(Counter.MESSAGES_RECEIVED);
            if (log.isEnabled()) {
                log.add(message(submission, content, List.of(part), true, dropped));
            }
            return;
        }
        Reassembler.Pending whole = reassembler.add(submission, content, part);
        if (whole != null) {
            counters.increment(Counter.MESSAGES_RECEIVED);
            if (log.isEnabled()) {
                log.add(message(whole.first(), whole.firstContent(), whole.parts(), true, dropped));
            }
        }
    }

    /** Records the messages whose parts stopped coming. */
    public void expireIncomplete(long maxAgeNanos) {
        for (Reassembler.Pending pending : reassembler.expire(maxAgeNanos)) {
            counters.increment(Counter.MESSAGES_INCOMPLETE);
            if (log.isEnabled()) {
                log.add(message(pending.first(), pending.firstContent(), pending.parts(), false, false));
            }
            signal.changed();
        }
    }

    private ReceivedMessage message(Submission first, Content content, List<MessagePart> parts, boolean complete,
                                    boolean dropped) {
        StringBuilder text = new StringBuilder();
        ByteArrayOutputStream payload = new ByteArrayOutputStream();
        for (MessagePart part : parts) {
            text.append(part.text());
            payload.writeBytes(part.userData());
        }
        return new ReceivedMessage(first.command(), first.systemId(), first.sessionId(), first.bindGroup(),
                parts.stream().map(MessagePart::messageId).toList(), first.serviceType(),
                rules.routingGroup(first.serviceType()), first.sourceTon(), first.sourceNpi(), first.source(),
                first.destTon(), first.destNpi(), first.destination(), first.esmClass(), first.dataCoding(),
                content.alphabet(), first.registeredDelivery(), first.priority(), content.method(), text.toString(),
                payload.toByteArray(), List.copyOf(parts), first.tlvs(), complete, dropped,
                parts.get(parts.size() - 1).receivedAt());
    }
}
