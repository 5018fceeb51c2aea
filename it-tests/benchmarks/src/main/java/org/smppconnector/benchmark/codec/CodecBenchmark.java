package org.smppconnector.benchmark.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import org.jsmpp.PDUStringException;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.util.DefaultComposer;
import org.jsmpp.util.DefaultDecomposer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.smppconnector.smpp.pdu.DeliverSm;
import org.smppconnector.smpp.pdu.Pdu;
import org.smppconnector.smpp.pdu.SubmitSm;
import org.smppconnector.smpp.pdu.Tag;
import org.smppconnector.smpp.pdu.PduCodec;
import org.smppconnector.smpp.pdu.PduDecodeException;

/**
 * Encode and decode of the two PDUs every message costs, ours against jSMPP 3.0.2's
 * DefaultComposer / DefaultDecomposer, on the same PDUs (setup checks that both encodings are
 * octet for octet the same):
 * <ul>
 *   <li>a submit_sm with 160 characters of text (data_coding 0, registered_delivery 1);</li>
 *   <li>a deliver_sm delivery receipt: esm_class 0x04, the receipt text in short_message, and
 *       the receipted_message_id and message_state TLVs.</li>
 * </ul>
 * Our encode writes into a reused buffer, as the session engine does; {@code EncodeOursToNewArray}
 * shows it with a fresh array per PDU, which is what jSMPP's composer always returns, and
 * {@code BuildAndEncodeOurs} includes building the PDU from its values (our setters check the
 * text, as jSMPP's composer does on every call).
 *
 * <p>Run (about 4 minutes on 2 cores), results in target/codec-benchmark.json:
 * <pre>
 * ./mvnw -B -pl it-tests/benchmarks -am package -DskipTests
 * java -jar it-tests/benchmarks/target/benchmarks.jar Codec -prof gc -rf json -rff it-tests/benchmarks/target/codec-benchmark.json
 * </pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms512m", "-Xmx512m"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CodecBenchmark {

    static final String TEXT_160 = ("Your verification code is 483920. It expires in 10 minutes. Do not share it with"
            + " anyone. If you did not ask for it, ignore this message. Thank you, MyBrand team..").substring(0, 160);
    static final String RECEIPT = "id:0A3F7C21B9 sub:001 dlvrd:001 submit date:2501011200 done date:2501011201"
            + " stat:DELIVRD err:000 text:Your verification code";
    static final String RECEIPTED_ID = "0A3F7C21B9";
    static final int SEQUENCE = 0x00012345;

    private final PduCodec codec = new PduCodec();
    private final byte[] out = new byte[PduCodec.DEFAULT_MAX_COMMAND_LENGTH];

    private SubmitSm submitSm;
    private DeliverSm receipt;
    private byte[] submitSmBytes;
    private byte[] receiptBytes;

    private final DefaultComposer composer = new DefaultComposer();
    private final DefaultDecomposer decomposer = new DefaultDecomposer();
    // Non-final, so that the JIT cannot fold checks on them as it could on literals.
    private String sender = "MyBrand";
    private String recipient = "447700900123";
    private String receiptedId = RECEIPTED_ID;
    private byte[] submitText;
    private byte[] receiptText;
    private OptionalParameter[] receiptTlvs;

    @Setup
    public void setUp() throws Exception {
        submitText = TEXT_160.getBytes(StandardCharsets.US_ASCII);
        receiptText = RECEIPT.getBytes(StandardCharsets.US_ASCII);

        submitSm = new SubmitSm();
        submitSm.setSequenceNumber(SEQUENCE);
        submitSm.setSource(5, 0, "MyBrand");
        submitSm.setDestination(1, 1, "447700900123");
        submitSm.setRegisteredDelivery(1);
        submitSm.setShortMessage(submitText);

        receipt = new DeliverSm();
        receipt.setSequenceNumber(SEQUENCE);
        receipt.setSource(1, 1, "447700900123");
        receipt.setDestination(5, 0, "MyBrand");
        receipt.setEsmClass(DeliverSm.ESM_CLASS_DELIVERY_RECEIPT);
        receipt.setShortMessage(receiptText);
        receipt.getTlvs().putString(Tag.RECEIPTED_MESSAGE_ID, RECEIPTED_ID).putInt(Tag.MESSAGE_STATE, 2);

        receiptTlvs = new OptionalParameter[] {
            new OptionalParameter.COctetString(OptionalParameter.Tag.RECEIPTED_MESSAGE_ID.code(), receiptedId),
            new OptionalParameter.Byte(OptionalParameter.Tag.MESSAGE_STATE, (byte) 2),
        };

        submitSmBytes = codec.encode(submitSm);
        receiptBytes = codec.encode(receipt);
        same("submit_sm", submitSmBytes, jsmppEncodeSubmitSm());
        same("deliver_sm", receiptBytes, jsmppEncodeReceipt());
        if (submitText.length != 160) {
            throw new IllegalStateException("the text is " + submitText.length + " characters");
        }
        // Both decoders must read what the other wrote.
        org.jsmpp.bean.DeliverSm theirs = decomposer.deliverSm(receiptBytes);
        DeliverSm ours = (DeliverSm) codec.decode(receiptBytes, 0, receiptBytes.length);
        if (!RECEIPT.equals(new String(theirs.getShortMessage(), StandardCharsets.US_ASCII))
                || !RECEIPTED_ID.equals(ours.getTlvs().getString(Tag.RECEIPTED_MESSAGE_ID))) {
            throw new IllegalStateException("decoders disagree");
        }
    }

    private static void same(String what, byte[] ours, byte[] theirs) {
        if (!Arrays.equals(ours, theirs)) {
            throw new IllegalStateException(what + " encodings differ:\nours   " + HexFormat.of().formatHex(ours)
                    + "\njSMPP  " + HexFormat.of().formatHex(theirs));
        }
    }

    // ---- submit_sm, 160 characters ----

    @Benchmark
    public int submitSmEncodeOurs() {
        return codec.encode(submitSm, out, 0);
    }

    @Benchmark
    public byte[] submitSmEncodeOursToNewArray() {
        return codec.encode(submitSm);
    }

    /** Builds the PDU from its values, as an application does, then encodes it: our setters check text, as jSMPP's composer does. */
    @Benchmark
    public int submitSmBuildAndEncodeOurs() {
        SubmitSm sm = new SubmitSm();
        sm.setSequenceNumber(SEQUENCE);
        sm.setSource(5, 0, sender);
        sm.setDestination(1, 1, recipient);
        sm.setRegisteredDelivery(1);
        sm.setShortMessage(submitText);
        return codec.encode(sm, out, 0);
    }

    @Benchmark
    public byte[] submitSmEncodeJsmpp() throws PDUStringException {
        return jsmppEncodeSubmitSm();
    }

    @Benchmark
    public Pdu submitSmDecodeOurs() throws PduDecodeException {
        return codec.decode(submitSmBytes, 0, submitSmBytes.length);
    }

    @Benchmark
    public org.jsmpp.bean.SubmitSm submitSmDecodeJsmpp() throws PDUStringException {
        return decomposer.submitSm(submitSmBytes);
    }

    @Benchmark
    public Pdu submitSmRoundTripOurs() throws PduDecodeException {
        int end = codec.encode(submitSm, out, 0);
        return codec.decode(out, 0, end);
    }

    @Benchmark
    public org.jsmpp.bean.SubmitSm submitSmRoundTripJsmpp() throws PDUStringException {
        return decomposer.submitSm(jsmppEncodeSubmitSm());
    }

    // ---- deliver_sm receipt ----

    @Benchmark
    public int receiptEncodeOurs() {
        return codec.encode(receipt, out, 0);
    }

    @Benchmark
    public byte[] receiptEncodeOursToNewArray() {
        return codec.encode(receipt);
    }

    @Benchmark
    public int receiptBuildAndEncodeOurs() {
        DeliverSm sm = new DeliverSm();
        sm.setSequenceNumber(SEQUENCE);
        sm.setSource(1, 1, recipient);
        sm.setDestination(5, 0, sender);
        sm.setEsmClass(DeliverSm.ESM_CLASS_DELIVERY_RECEIPT);
        sm.setShortMessage(receiptText);
        sm.getTlvs().putString(Tag.RECEIPTED_MESSAGE_ID, receiptedId).putInt(Tag.MESSAGE_STATE, 2);
        return codec.encode(sm, out, 0);
    }

    @Benchmark
    public byte[] receiptEncodeJsmpp() throws PDUStringException {
        return jsmppEncodeReceipt();
    }

    @Benchmark
    public Pdu receiptDecodeOurs() throws PduDecodeException {
        return codec.decode(receiptBytes, 0, receiptBytes.length);
    }

    @Benchmark
    public org.jsmpp.bean.DeliverSm receiptDecodeJsmpp() throws PDUStringException {
        return decomposer.deliverSm(receiptBytes);
    }

    @Benchmark
    public Pdu receiptRoundTripOurs() throws PduDecodeException {
        int end = codec.encode(receipt, out, 0);
        return codec.decode(out, 0, end);
    }

    @Benchmark
    public org.jsmpp.bean.DeliverSm receiptRoundTripJsmpp() throws PDUStringException {
        return decomposer.deliverSm(jsmppEncodeReceipt());
    }

    private byte[] jsmppEncodeSubmitSm() throws PDUStringException {
        return composer.submitSm(SEQUENCE, "", (byte) 5, (byte) 0, sender, (byte) 1, (byte) 1, recipient,
                (byte) 0, (byte) 0, (byte) 0, null, null, (byte) 1, (byte) 0, (byte) 0, (byte) 0, submitText);
    }

    private byte[] jsmppEncodeReceipt() throws PDUStringException {
        return composer.deliverSm(SEQUENCE, "", (byte) 1, (byte) 1, recipient, (byte) 5, (byte) 0, sender,
                (byte) 0x04, (byte) 0, (byte) 0, (byte) 0, (byte) 0, receiptText, receiptTlvs);
    }
}
