package org.smppconnector.ra.outbound;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.smppconnector.api.Address;
import org.smppconnector.api.InvalidMessageException;
import org.smppconnector.api.MessageState;
import org.smppconnector.api.OperationNotSupportedException;
import org.smppconnector.api.Priority;
import org.smppconnector.api.QueryResult;
import org.smppconnector.api.Replacement;
import org.smppconnector.api.SmppResourceException;
import org.smppconnector.api.SmppTimeoutException;
import org.smppconnector.api.SmsMessage;
import org.smppconnector.api.SubmitResult;
import org.smppconnector.api.Tlv;
import org.smppconnector.ra.config.AccountDefinition;
import org.smppconnector.smpp.pdu.BaseSmResp;
import org.smppconnector.smpp.pdu.CancelSm;
import org.smppconnector.smpp.pdu.DataSm;
import org.smppconnector.smpp.pdu.PduRequest;
import org.smppconnector.smpp.pdu.PduResponse;
import org.smppconnector.smpp.pdu.QuerySm;
import org.smppconnector.smpp.pdu.QuerySmResp;
import org.smppconnector.smpp.pdu.ReplaceSm;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pdu.Tag;
import org.smppconnector.smpp.pool.AccountPool;
import org.smppconnector.smpp.pool.SmppOperation;
import org.smppconnector.smpp.split.MessageTooLongException;
import org.smppconnector.smpp.text.Alphabet;
import org.smppconnector.smpp.text.DataCodingChooser;
import org.smppconnector.smpp.text.EncodedText;
import org.smppconnector.smpp.text.UnencodableTextException;

/**
 * One account's requests: maps them ({@link SubmitMapping}), sends them on the account's pool
 * and turns the answers and failures into the API's results and exceptions; each message the
 * SMSC accepted goes to the {@link SubmissionLog}. Shared by every connection handle of the
 * account; thread-safe. {@link #update} swaps the account's rules while it runs.
 */
public final class MessageSender {

    private final AccountPool pool;
    private final SubmissionLog log;
    private final SubmissionRecords records = new SubmissionRecords();
    // Replaced together by update(); a request that races a reconfigure may see old and new
    // rules, which only ever differ in what the store's operator changed.
    private volatile AccountDefinition account;
    private volatile SubmitMapping mapping;
    private volatile long answerWaitMillis;

    public MessageSender(AccountDefinition account, AccountPool pool) {
        this(account, pool, SubmissionLog.NONE);
    }

    public MessageSender(AccountDefinition account, AccountPool pool, SubmissionLog log) {
        this.pool = Objects.requireNonNull(pool, "pool");
        this.log = Objects.requireNonNull(log, "log");
        update(account);
    }

    /** The account's new rules (after its settings changed in the store); its name stays. */
    public void update(AccountDefinition next) {
        Objects.requireNonNull(next, "account");
        if (account != null && !account.name().equals(next.name())) {
            throw new IllegalArgumentException("rules of account " + next.name() + " given to " + account.name());
        }
        // The window fails a request after the response timeout; this only guards against a lost future.
        Duration settle = next.settings().responseTimeout().multipliedBy(10).plus(next.settings().windowWait())
                .plusSeconds(30);
        mapping = new SubmitMapping(next.settings());
        answerWaitMillis = settle.toMillis();
        account = next;
    }

    public String accountName() {
        return account.name();
    }

    public SubmitResult submit(SmsMessage message) throws SmppResourceException {
        return await(submitAsync(message).toCompletableFuture(), "submit_sm");
    }

    /**
     * Maps and sends at once (waiting, like {@link #submit}, for a TPS permit and window room); the
     * stage completes with the result, or exceptionally with the {@link SmppResourceException} itself.
     */
    public CompletionStage<SubmitResult> submitAsync(SmsMessage message) {
        CompletableFuture<SubmitResult> result = new CompletableFuture<>();
        send(message).whenComplete((submitted, failure) -> {
            if (failure != null) {
                result.completeExceptionally(Failures.unwrap(failure));
            } else {
                result.complete(submitted);
            }
        });
        return result;
    }

    private CompletableFuture<SubmitResult> send(SmsMessage message) {
        Objects.requireNonNull(message, "message");
        SubmitMapping.Plan plan;
        Instant submittedAt = Instant.now();
        try {
            requireOperation(SmppOperation.SUBMIT_SM, "submit_sm");
            plan = mapping.plan(message, submittedAt);
        } catch (SmppResourceException e) {
            return CompletableFuture.failedFuture(e);
        }
        List<CompletableFuture<? extends BaseSmResp>> sent = new ArrayList<>();
        for (SubmitSm part : plan.parts()) {
            try {
                sent.add(pool.send(part));
            } catch (InterruptedException | RuntimeException e) {
                if (e instanceof InterruptedException) {
                    Thread.currentThread().interrupt();
                }
                return settled(sent).thenApply(accepted -> {
                    throw new java.util.concurrent.CompletionException(Failures.of(e, account.name(),
                            partName(sent.size(), plan.parts().size()), accepted));
                });
            }
        }
        return settled(sent).thenCompose(accepted -> {
            for (int i = 0; i < sent.size(); i++) {
                CompletableFuture<? extends BaseSmResp> part = sent.get(i);
                if (part.isCompletedExceptionally()) {
                    Throwable failure = part.handle((ok, error) -> error).join();
                    return CompletableFuture.failedFuture(Failures.of(failure, account.name(),
                            partName(i, sent.size()), accepted));
                }
            }
            Address source = message.source().orElse(null);
            for (String id : accepted) {
                records.record(id, new SubmissionRecords.Submission(source, plan.alphabet(),
                        message.receiptRequest().registeredDelivery()));
            }
            log.submitted(account, message, accepted, submittedAt);
            return CompletableFuture.completedFuture(new SubmitResult(accepted));
        });
    }

    /** Completes once every part is answered, with the ids of the parts accepted, in part order. */
    private static CompletableFuture<List<String>> settled(List<CompletableFuture<? extends BaseSmResp>> sent) {
        return CompletableFuture.allOf(sent.toArray(new CompletableFuture<?>[0])).handle((ignored, error) -> {
            List<String> accepted = new ArrayList<>();
            for (CompletableFuture<? extends BaseSmResp> part : sent) {
                if (!part.isCompletedExceptionally()) {
                    accepted.add(part.join().getMessageId());
                }
            }
            return accepted;
        });
    }

    private static String partName(int index, int total) {
        return total == 1 ? "submit_sm" : "submit_sm for part " + (index + 1) + " of " + total;
    }

    public SubmitResult dataSm(SmsMessage message) throws SmppResourceException {
        requireOperation(SmppOperation.DATA_SM, "data_sm");
        if (message.priority() != Priority.LEVEL_0) {
            throw new InvalidMessageException(InvalidMessageException.PRIORITY,
                    "cannot be sent with data_sm, which has no priority_flag: " + message.priority());
        }
        Instant now = Instant.now();
        mapping.checkAddresses(message);
        mapping.checkValidity(message, now);
        EncodedText content = encodeWhole(message);
        DataSm sm = new DataSm();
        sm.setServiceType(message.serviceType().orElse(""));
        Address source = message.source().orElse(null);
        sm.setSource(source == null ? 0 : source.ton().code(), source == null ? 0 : source.npi().code(),
                source == null ? "" : mapping.written(source));
        sm.setDestination(message.destination().ton().code(), message.destination().npi().code(),
                mapping.written(message.destination()));
        sm.setRegisteredDelivery(message.receiptRequest().registeredDelivery());
        sm.setDataCoding(content.dataCoding().value());
        sm.getTlvs().putBytes(Tag.MESSAGE_PAYLOAD, content.octets());
        message.validity().ifPresent(v -> sm.getTlvs().putInt(Tag.QOS_TIME_TO_LIVE,
                (int) Math.min(0xFFFFFFFFL, Math.max(1, v.remainingAt(now).getSeconds()))));
        message.userMessageReference().ifPresent(ref -> sm.getTlvs().putInt(Tag.USER_MESSAGE_REFERENCE, ref));
        for (Tlv tlv : message.tlvs()) {
            sm.getTlvs().putBytes(tlv.tag(), tlv.value());
        }
        String id = send(sm, "data_sm").getMessageId();
        records.record(id, new SubmissionRecords.Submission(source, content.alphabet(),
                message.receiptRequest().registeredDelivery()));
        log.submitted(account, message, List.of(id), now);
        return SubmitResult.of(id);
    }

    private EncodedText encodeWhole(SmsMessage message) throws InvalidMessageException {
        if (message.isBinary()) {
            if (!account.settings().allowedDataCodings().contains(4)) {
                throw new InvalidMessageException(InvalidMessageException.BINARY, "cannot be sent: account '"
                        + account.name() + "' does not allow binary (data_coding 4)");
            }
            return EncodedText.binary(message.binary().orElseThrow());
        }
        List<Alphabet> allowed = mapping.allowedAlphabets();
        Alphabet forced = message.encoding().map(SubmitMapping::alphabet).orElse(null);
        if (forced != null && !allowed.contains(forced)) {
            throw new InvalidMessageException(InvalidMessageException.ENCODING, "is " + message.encoding().get()
                    + ", which account '" + account.name() + "' does not allow");
        }
        try {
            return DataCodingChooser.choose(message.text().orElseThrow(),
                    forced != null ? mapping.policy(List.of(forced), true) : mapping.policy(allowed, false));
        } catch (UnencodableTextException e) {
            throw new InvalidMessageException(InvalidMessageException.TEXT, "has characters the account's encodings"
                    + " cannot carry: " + e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new InvalidMessageException(InvalidMessageException.TEXT, "cannot be sent: " + e.getMessage());
        }
    }

    public QueryResult query(String messageId, Address source) throws SmppResourceException {
        requireOperation(SmppOperation.QUERY_SM, "query_sm");
        checkMessageId(messageId);
        QuerySm sm = new QuerySm();
        sm.setMessageId(messageId);
        Address sender = senderOf(messageId, source);
        sm.setSource(sender.ton().code(), sender.npi().code(), mapping.written(sender));
        QuerySmResp resp = send(sm, "query_sm");
        MessageState state = MessageState.fromCode(resp.getMessageState()).orElse(MessageState.UNKNOWN);
        return new QueryResult(resp.getMessageId() == null || resp.getMessageId().isEmpty() ? messageId : resp.getMessageId(),
                state, SmppTime.parseAbsolute(resp.getFinalDate()), resp.getErrorCode() & 0xFF);
    }

    public void cancel(String messageId, Address source) throws SmppResourceException {
        requireOperation(SmppOperation.CANCEL_SM, "cancel_sm");
        checkMessageId(messageId);
        CancelSm sm = new CancelSm();
        sm.setServiceType("");
        sm.setMessageId(messageId);
        Address sender = senderOf(messageId, source);
        sm.setSource(sender.ton().code(), sender.npi().code(), mapping.written(sender));
        sm.setDestination(0, 0, "");
        send(sm, "cancel_sm");
    }

    public void replace(String messageId, Replacement replacement) throws SmppResourceException {
        requireOperation(SmppOperation.REPLACE_SM, "replace_sm");
        checkMessageId(messageId);
        SubmissionRecords.Submission original = records.find(messageId);
        Instant now = Instant.now();
        if (replacement.validity().isPresent() && account.settings().maxValidity().isPresent()
                && replacement.validity().get().remainingAt(now).compareTo(account.settings().maxValidity().get()) > 0) {
            throw new InvalidMessageException(InvalidMessageException.VALIDITY, "is longer than account '"
                    + account.name() + "' accepts: " + account.settings().maxValidity().get());
        }
        EncodedText text = replacementText(replacement.text(), original);
        ReplaceSm sm = new ReplaceSm();
        sm.setMessageId(messageId);
        Address sender = replacement.source().orElseGet(() -> original == null || original.source() == null
                ? Address.of(org.smppconnector.api.Ton.UNKNOWN, org.smppconnector.api.Npi.UNKNOWN, "") : original.source());
        sm.setSource(sender.ton().code(), sender.npi().code(), mapping.written(sender));
        sm.setScheduleDeliveryTime("");
        sm.setValidityPeriod(replacement.validity().map(v -> SubmitMapping.validityPeriod(v, now)).orElse(""));
        sm.setRegisteredDelivery(replacement.receiptRequest().map(r -> r.registeredDelivery())
                .orElse(original == null ? 0 : original.registeredDelivery()));
        sm.setShortMessage(text.octets());
        send(sm, "replace_sm");
    }

    /** In the original's alphabet when known, else the cheapest the account allows; one part only. */
    private EncodedText replacementText(String text, SubmissionRecords.Submission original)
            throws InvalidMessageException {
        EncodedText encoded;
        try {
            encoded = original != null && original.alphabet().isText()
                    ? EncodedText.encode(text, original.alphabet())
                    : DataCodingChooser.choose(text, mapping.policy(mapping.allowedAlphabets(), false));
        } catch (UnencodableTextException e) {
            throw new InvalidMessageException(InvalidMessageException.TEXT, "cannot be carried in the original's encoding: "
                    + e.getMessage());
        }
        try {
            if (mapping.splitter().partCount(encoded) > 1) {
                throw new InvalidMessageException(InvalidMessageException.TEXT, "must fit in one part of "
                        + encoded.alphabet() + ", and needs " + mapping.splitter().partCount(encoded));
            }
        } catch (MessageTooLongException e) {
            throw new InvalidMessageException(InvalidMessageException.TEXT, "must fit in one part: " + e.getMessage());
        }
        return encoded;
    }

    private Address senderOf(String messageId, Address given) {
        if (given != null) {
            return given;
        }
        SubmissionRecords.Submission original = records.find(messageId);
        return original == null || original.source() == null
                ? Address.of(org.smppconnector.api.Ton.UNKNOWN, org.smppconnector.api.Npi.UNKNOWN, "") : original.source();
    }

    private static void checkMessageId(String messageId) throws InvalidMessageException {
        if (messageId == null || messageId.isBlank()) {
            throw new InvalidMessageException(InvalidMessageException.MESSAGE_ID, "is required");
        }
        if (messageId.length() > 64 || !messageId.chars().allMatch(c -> c > 0x20 && c < 0x7F)) {
            throw new InvalidMessageException(InvalidMessageException.MESSAGE_ID,
                    "must be at most 64 printable ASCII characters: " + messageId);
        }
    }

    private void requireOperation(SmppOperation operation, String command) throws OperationNotSupportedException {
        if (!account.settings().supports(operation)) {
            throw new OperationNotSupportedException(command, account.name());
        }
    }

    private <R extends PduResponse> R send(PduRequest<R> request, String what) throws SmppResourceException {
        CompletableFuture<R> answer;
        try {
            answer = pool.send(request);
        } catch (InterruptedException | RuntimeException e) {
            throw Failures.of(e, account.name(), what, List.of());
        }
        return await(answer, what);
    }

    private <T> T await(CompletableFuture<T> answer, String what) throws SmppResourceException {
        try {
            return answer.get(answerWaitMillis, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            throw Failures.of(e, account.name(), what, List.of());
        } catch (ExecutionException e) {
            throw Failures.of(e, account.name(), what, List.of());
        } catch (TimeoutException e) {
            throw new SmppTimeoutException(what + " on account '" + account.name() + "': no outcome within "
                    + answerWaitMillis + " ms", true, List.of());
        }
    }
}
