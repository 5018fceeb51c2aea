package org.smppconnector.simulator.session;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import org.jsmpp.PDUStringException;
import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.Address;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.MessageState;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.bean.UnsuccessDelivery;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.MessageId;
import org.smppconnector.simulator.message.DeliveryState;
import org.smppconnector.simulator.message.Submission;
import org.smppconnector.simulator.message.Submissions;
import org.smppconnector.simulator.message.TrackedMessage;
import org.smppconnector.simulator.record.Counter;
import org.smppconnector.simulator.smpp.Refusal;
import org.smppconnector.simulator.smpp.SmppCommand;
import org.smppconnector.simulator.text.TextCodec;
import org.smppconnector.simulator.text.UndecodableTextException;
import org.smppconnector.simulator.text.DataCodingScheme;

/**
 * jSMPP's callbacks for one session's requests. jSMPP has already refused what the bind
 * state does not allow (ESME_RINVBNDSTS) and answered unknown commands with generic_nack;
 * a thrown ProcessRequestException becomes the negative response.
 */
final class RequestHandler implements ServerMessageReceiverListener {
    private static final OptionalParameter[] NO_TLVS = new OptionalParameter[0];
    private static final DateTimeFormatter FINAL_DATE = DateTimeFormatter.ofPattern("yyMMddHHmmss").withZone(ZoneOffset.UTC);

    private final ServerSession session;
    private final SessionServices services;

    RequestHandler(ServerSession session, SessionServices services) {
        this.session = session;
        this.services = services;
    }

    @Override
    public SubmitSmResult onAcceptSubmitSm(SubmitSm pdu, SMPPServerSession source) throws ProcessRequestException {
        Submission submission = Submissions.of(pdu, session.systemId(), session.id(), session.bindGroup());
        return new SubmitSmResult(messageId(accept(submission)), NO_TLVS);
    }

    @Override
    public DataSmResult onAcceptDataSm(DataSm pdu, Session source) throws ProcessRequestException {
        if (!session.isTransmitter()) {
            throw new ProcessRequestException("data_sm on a receiver bind", SMPPConstant.STAT_ESME_RINVBNDSTS);
        }
        Submission submission = Submissions.of(pdu, session.systemId(), session.id(), session.bindGroup());
        return new DataSmResult(messageId(accept(submission)), NO_TLVS);
    }

    /** One message id for all destinations; refused destinations are listed as unsuccessful. */
    @Override
    public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti pdu, SMPPServerSession source)
            throws ProcessRequestException {
        List<Submission> submissions = Submissions.of(pdu, session.systemId(), session.id(), session.bindGroup());
        if (submissions.isEmpty()) {
            throw new ProcessRequestException("no SME destination", SMPPConstant.STAT_ESME_RINVNUMDESTS);
        }
        String firstId = null;
        List<UnsuccessDelivery> failed = new ArrayList<>();
        ProcessRequestException firstRefusal = null;
        for (Submission submission : submissions) {
            try {
                String id = services.submits().accept(submission, session.rate(), session);
                firstId = firstId == null ? id : firstId;
            } catch (Refusal refusal) {
                if (firstRefusal == null) {
                    firstRefusal = new ProcessRequestException(refusal.getMessage(), refusal.commandStatus());
                }
                failed.add(new UnsuccessDelivery(new Address(TypeOfNumber.valueOf((byte) submission.destTon()),
                        NumberingPlanIndicator.valueOf((byte) submission.destNpi()), submission.destination()),
                        refusal.commandStatus()));
            }
        }
        if (firstId == null) {
            throw firstRefusal;
        }
        return new SubmitMultiResult(firstId, failed.toArray(new UnsuccessDelivery[0]), NO_TLVS);
    }

    @Override
    public QuerySmResult onAcceptQuerySm(QuerySm pdu, SMPPServerSession source) throws ProcessRequestException {
        command(SmppCommand.QUERY_SM);
        services.counters().increment(Counter.QUERIES);
        services.signal().changed();
        TrackedMessage message = own(pdu.getMessageId());
        DeliveryState state = message.state();
        Instant finalAt = message.finalAt();
        String finalDate = finalAt == null ? null : FINAL_DATE.format(finalAt) + "000+";
        return new QuerySmResult(finalDate, MessageState.valueOf((byte) state.messageState()),
                (byte) message.errorCode());
    }

    @Override
    public void onAcceptCancelSm(CancelSm pdu, SMPPServerSession source) throws ProcessRequestException {
        command(SmppCommand.CANCEL_SM);
        services.counters().increment(Counter.CANCELS);
        TrackedMessage message = own(pdu.getMessageId());
        if (!message.cancel(Instant.now())) {
            throw new ProcessRequestException("message " + pdu.getMessageId() + " already " + message.state(),
                    SMPPConstant.STAT_ESME_RCANCELFAIL);
        }
        services.signal().changed();
    }

    @Override
    public void onAcceptReplaceSm(ReplaceSm pdu, SMPPServerSession source) throws ProcessRequestException {
        command(SmppCommand.REPLACE_SM);
        services.counters().increment(Counter.REPLACES);
        TrackedMessage message = own(pdu.getMessageId());
        String text;
        try {
            text = TextCodec.decode(DataCodingScheme.alphabetOf(message.submission().dataCoding(),
                    services.rules().profile().defaultAlphabet()), pdu.getShortMessage(), false);
        } catch (UndecodableTextException e) {
            throw new ProcessRequestException(e.getMessage(), SMPPConstant.STAT_ESME_RREPLACEFAIL);
        }
        if (!message.replace(text)) {
            throw new ProcessRequestException("message " + pdu.getMessageId() + " already " + message.state(),
                    SMPPConstant.STAT_ESME_RREPLACEFAIL);
        }
        services.signal().changed();
    }

    @Override
    public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm pdu, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported("broadcast_sm");
    }

    @Override
    public void onAcceptCancelBroadcastSm(CancelBroadcastSm pdu, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported("cancel_broadcast_sm");
    }

    @Override
    public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm pdu, SMPPServerSession source)
            throws ProcessRequestException {
        throw unsupported("query_broadcast_sm");
    }

    private String accept(Submission submission) throws ProcessRequestException {
        try {
            return services.submits().accept(submission, session.rate(), session);
        } catch (Refusal refusal) {
            throw new ProcessRequestException(refusal.getMessage(), refusal.commandStatus());
        }
    }

    private void command(SmppCommand command) throws ProcessRequestException {
        try {
            services.rules().checkCommand(command);
        } catch (Refusal refusal) {
            throw new ProcessRequestException(refusal.getMessage(), refusal.commandStatus());
        }
    }

    /** The tracked message, if it exists and belongs to this session's account. */
    private TrackedMessage own(String messageId) throws ProcessRequestException {
        TrackedMessage message = services.book().find(messageId);
        if (message == null || !message.submission().systemId().equals(session.systemId())) {
            throw new ProcessRequestException("unknown message_id " + messageId, SMPPConstant.STAT_ESME_RINVMSGID);
        }
        return message;
    }

    private static ProcessRequestException unsupported(String command) {
        return new ProcessRequestException(command + " is not supported", SMPPConstant.STAT_ESME_RINVCMDID);
    }

    private static MessageId messageId(String id) throws ProcessRequestException {
        try {
            return new MessageId(id);
        } catch (PDUStringException e) {
            throw new ProcessRequestException("bad message id " + id, SMPPConstant.STAT_ESME_RSYSERR);
        }
    }
}
