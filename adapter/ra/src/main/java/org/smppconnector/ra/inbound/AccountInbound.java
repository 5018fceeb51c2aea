package org.smppconnector.ra.inbound;

import java.time.Clock;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.smppconnector.api.Address;
import org.smppconnector.api.inbound.InboundMessage;
import org.smppconnector.ra.config.AccountDefinition;
import org.smppconnector.smpp.pdu.DataSm;
import org.smppconnector.smpp.pdu.DeliverSm;
import org.smppconnector.smpp.pdu.Pdu;
import org.smppconnector.smpp.pdu.Tag;
import org.smppconnector.smpp.split.InboundPart;
import org.smppconnector.smpp.split.ReassembledMessage;
import org.smppconnector.smpp.split.Reassembler;
import org.smppconnector.smpp.split.ReassemblySettings;
import org.smppconnector.smpp.session.InboundHandler;
import org.smppconnector.smpp.session.SmppSession;
import org.smppconnector.smpp.text.DataCoding;

/**
 * The core's handler for one account's deliver_sm and data_sm: receipts are parsed and delivered
 * at once; parts of an inbound message are kept (and answered) until the last one completes it,
 * which is then delivered whole and answered with the outcome. Runs on the bind's reader: it only
 * converts and hands over, the delivery itself runs as Work.
 *
 * <p>When the delivery of a whole message fails, the SMSC sends its last part again, which the
 * reassembler would take for a repeat of a completed message; so the message is kept, keyed by
 * that part, and delivered again when the part comes back.
 *
 * <p>Text with data_coding 0 is read in the account's SMSC default alphabet
 * ({@link org.smppconnector.smpp.pool.AccountSettings#smscDefaultAlphabet()}): ASCII for Mobile
 * Text Alerts, GSM-7 for most.
 */
public final class AccountInbound implements InboundHandler {

    private static final System.Logger LOG = System.getLogger(AccountInbound.class.getName());
    private static final int ESM_CLASS_MESSAGE_TYPE_MASK = 0x3C;
    private static final int ESM_CLASS_UDHI = 0x40;
    private static final int MAX_REFUSED_KEPT = 1_000;

    private volatile AccountDefinition account;
    private final EndpointDispatcher dispatcher;
    private final ReceiptMatching receipts;
    private volatile Reassembler reassembler;
    private final Map<PartKey, InboundMessage> refused = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PartKey, InboundMessage> eldest) {
            return size() > MAX_REFUSED_KEPT;
        }
    };

    public AccountInbound(AccountDefinition account, EndpointDispatcher dispatcher) {
        this(account, dispatcher, ReceiptMatching.NONE);
    }

    /** @param receipts what each receipt goes through before the listeners (the store's matching) */
    public AccountInbound(AccountDefinition account, EndpointDispatcher dispatcher, ReceiptMatching receipts) {
        this.account = Objects.requireNonNull(account, "account");
        this.dispatcher = Objects.requireNonNull(dispatcher, "dispatcher");
        this.receipts = Objects.requireNonNull(receipts, "receipts");
        this.reassembler = reassembler(account);
    }

    private static Reassembler reassembler(AccountDefinition account) {
        return new Reassembler(ReassemblySettings.defaults().withSmscDefault(account.settings().smscDefaultAlphabet()),
                Clock.systemUTC(), incomplete -> LOG.log(System.Logger.Level.WARNING,
                        "account {0}: gave up on an incomplete inbound message: {1}", account.name(), incomplete));
    }

    /** The account's new definition (its bind groups renamed or changed in the store). */
    public void update(AccountDefinition next) {
        if (!next.name().equals(account.name())) {
            throw new IllegalArgumentException("definition of account " + next.name() + " given to " + account.name());
        }
        if (next.settings().smscDefaultAlphabet() != account.settings().smscDefaultAlphabet()) {
            // Parts held so far were sent under the old reading of data_coding 0; they cannot be joined with new ones.
            int dropped = reassembler.pendingCount();
            reassembler = reassembler(next);
            if (dropped > 0) {
                LOG.log(System.Logger.Level.WARNING, "account {0}: data_coding 0 now means {1}; {2} incomplete inbound"
                        + " message(s) held were given up", next.name(), next.settings().smscDefaultAlphabet(), dropped);
            }
        }
        account = next;
    }

    @Override
    public CompletionStage<Void> handle(SmppSession session, Pdu pdu) {
        AccountDefinition current = account;
        String group = current.groupOfSystemType(session.settings().systemType());
        try {
            if (pdu instanceof DeliverSm deliverSm) {
                return deliverSm.isDeliveryReceipt() ? receipt(current, session, group, deliverSm)
                        : inbound(group, Fields.of(deliverSm), pdu);
            }
            if (pdu instanceof DataSm dataSm) {
                boolean receipt = (dataSm.getEsmClass() & ESM_CLASS_MESSAGE_TYPE_MASK) == DeliverSm.ESM_CLASS_DELIVERY_RECEIPT;
                return receipt ? receipt(current, session, group, dataSm) : inbound(group, Fields.of(dataSm), pdu);
            }
            return CompletableFuture.failedFuture(new IllegalArgumentException("not a deliver_sm or data_sm: " + pdu));
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "account " + account.name() + ": could not read " + pdu.getName(), e);
            return CompletableFuture.failedFuture(e);
        }
    }

    private CompletionStage<Void> receipt(AccountDefinition current, SmppSession session, String group, DeliverSm sm) {
        byte[] text = sm.getShortMessage();
        if ((text == null || text.length == 0) && sm.hasTlvs() && sm.getTlvs().has(Tag.MESSAGE_PAYLOAD)) {
            text = sm.getTlvs().getBytes(Tag.MESSAGE_PAYLOAD);
        }
        return deliverReceipt(current, session, group, Conversions.parse(current.name(), group,
                Conversions.address(sm.getSourceAddrTon(), sm.getSourceAddrNpi(), sm.getSourceAddr()),
                Conversions.address(sm.getDestAddrTon(), sm.getDestAddrNpi(), sm.getDestinationAddr()),
                text == null ? new byte[0] : text, sm.tlvsOrNull()));
    }

    private CompletionStage<Void> receipt(AccountDefinition current, SmppSession session, String group, DataSm sm) {
        byte[] text = sm.hasTlvs() ? sm.getTlvs().getBytes(Tag.MESSAGE_PAYLOAD) : null;
        return deliverReceipt(current, session, group, Conversions.parse(current.name(), group,
                Conversions.address(sm.getSourceAddrTon(), sm.getSourceAddrNpi(), sm.getSourceAddr()),
                Conversions.address(sm.getDestAddrTon(), sm.getDestAddrNpi(), sm.getDestinationAddr()),
                text == null ? new byte[0] : text, sm.tlvsOrNull()));
    }

    /** Recorded and matched first (with a store), then to the listeners; answered once both are done. */
    private CompletionStage<Void> deliverReceipt(AccountDefinition current, SmppSession session, String group,
                                                 Conversions.ParsedReceipt receipt) {
        return receipts.match(current, session, receipt.receipt(), receipt.parsed())
                .thenCompose(matched -> dispatcher.deliver(current.name(), group, ListenerKind.RECEIPT, matched));
    }

    private CompletionStage<Void> inbound(String group, Fields fields, Pdu pdu) {
        PartKey key = new PartKey(fields.source.value(), fields.destination.value(), fields.userData(), group);
        InboundMessage again;
        synchronized (refused) {
            again = refused.get(key);
        }
        if (again != null) {
            return deliverWhole(key, again);
        }
        Optional<ReassembledMessage> whole;
        try {
            whole = reassembler.accept(fields.part());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "account {0}: an inbound message with unreadable user data is"
                    + " delivered as its octets: {1}", account.name(), e.getMessage());
            return deliverWhole(key, Conversions.undecodable(account.name(), group, fields.source, fields.destination,
                    fields.dataCoding, fields.userData(), fields.serviceType));
        }
        if (whole.isEmpty()) {
            return CompletableFuture.completedFuture(null); // a part kept for later, or a repeat
        }
        return deliverWhole(key, Conversions.inboundMessage(account.name(), group, fields.source, fields.destination,
                whole.get(), fields.serviceType, pdu));
    }

    private CompletionStage<Void> deliverWhole(PartKey key, InboundMessage message) {
        return dispatcher.deliver(account.name(), message.bindGroup(), ListenerKind.INBOUND_MESSAGE, message)
                .whenComplete((ok, failure) -> {
                    synchronized (refused) {
                        if (failure == null) {
                            refused.remove(key);
                        } else {
                            refused.put(key, message);
                        }
                    }
                });
    }

    /** The part that completed a message, as the SMSC would send it again. */
    private record PartKey(String source, String destination, byte[] userData, String group) {
        @Override
        public boolean equals(Object o) {
            return o instanceof PartKey k && source.equals(k.source) && destination.equals(k.destination)
                    && Arrays.equals(userData, k.userData) && group.equals(k.group);
        }

        @Override
        public int hashCode() {
            return Objects.hash(source, destination, Arrays.hashCode(userData), group);
        }
    }

    /** The fields of a deliver_sm or data_sm that an inbound message is made of. */
    private record Fields(Address source, Address destination, int dataCoding, int esmClass, byte[] shortMessage,
                          byte[] payload, int[] sar, String serviceType) {

        static Fields of(DeliverSm sm) {
            return new Fields(Conversions.address(sm.getSourceAddrTon(), sm.getSourceAddrNpi(), sm.getSourceAddr()),
                    Conversions.address(sm.getDestAddrTon(), sm.getDestAddrNpi(), sm.getDestinationAddr()),
                    sm.getDataCoding(), sm.getEsmClass(), sm.getShortMessage() == null ? new byte[0] : sm.getShortMessage(),
                    tlvBytes(sm, Tag.MESSAGE_PAYLOAD), sar(sm), sm.getServiceType());
        }

        static Fields of(DataSm sm) {
            return new Fields(Conversions.address(sm.getSourceAddrTon(), sm.getSourceAddrNpi(), sm.getSourceAddr()),
                    Conversions.address(sm.getDestAddrTon(), sm.getDestAddrNpi(), sm.getDestinationAddr()),
                    sm.getDataCoding(), sm.getEsmClass(), new byte[0], tlvBytes(sm, Tag.MESSAGE_PAYLOAD), sar(sm),
                    sm.getServiceType());
        }

        byte[] userData() {
            return payload != null ? payload : shortMessage;
        }

        InboundPart part() {
            InboundPart part = InboundPart.of(source.value(), destination.value(), DataCoding.of(dataCoding),
                    esmClass & ESM_CLASS_UDHI, shortMessage);
            if (payload != null) {
                part = part.withMessagePayload(payload);
            }
            if (sar != null) {
                part = part.withSar(sar[0], sar[1], sar[2]);
            }
            return part;
        }

        private static byte[] tlvBytes(Pdu pdu, Tag tag) {
            return pdu.hasTlvs() ? pdu.getTlvs().getBytes(tag) : null;
        }

        private static int[] sar(Pdu pdu) {
            if (!pdu.hasTlvs() || !pdu.getTlvs().has(Tag.SAR_MSG_REF_NUM)) {
                return null;
            }
            return new int[] {pdu.getTlvs().getInt(Tag.SAR_MSG_REF_NUM, 0), pdu.getTlvs().getInt(Tag.SAR_TOTAL_SEGMENTS, 0),
                    pdu.getTlvs().getInt(Tag.SAR_SEGMENT_SEQNUM, 0)};
        }
    }
}
