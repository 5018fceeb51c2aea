package org.smppconnector.smpp.receipt;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.smppconnector.smpp.receipt.MessageState.DELIVERED;
import static org.smppconnector.smpp.receipt.MessageState.ENROUTE;
import static org.smppconnector.smpp.receipt.MessageState.EXPIRED;
import static org.smppconnector.smpp.receipt.MessageState.REJECTED;
import static org.smppconnector.smpp.receipt.MessageState.UNDELIVERABLE;
import static org.smppconnector.smpp.receipt.ReceiptField.DONE_DATE;
import static org.smppconnector.smpp.receipt.ReceiptField.ERROR;
import static org.smppconnector.smpp.receipt.ReceiptField.LAYOUT;
import static org.smppconnector.smpp.receipt.ReceiptField.MESSAGE_ID;
import static org.smppconnector.smpp.receipt.ReceiptField.STATE;
import static org.smppconnector.smpp.receipt.ReceiptField.SUBMITTED;
import static org.smppconnector.smpp.receipt.ReceiptField.SUBMIT_DATE;

import java.time.LocalDateTime;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Real-world receipt texts (provider documents, issue reports, spec) and what they say. */
class ReceiptTextTest {

    static Stream<Arguments> receipts() {
        return Stream.of(
            row("SMPP 3.4 Appendix B",
                "id:0123456789 sub:001 dlvrd:001 submit date:0610191018 done date:0610191018 stat:DELIVRD err:000 text:Hello world",
                expect().id("0123456789").counts(1, 1).submit("0610191018", "2006-10-19T10:18")
                    .done("0610191018", "2006-10-19T10:18").stat("DELIVRD", DELIVERED).err("000").text("Hello world")),
            row("SMPP 3.4 PDF example, done date broken over a line",
                "id:IIIIIIIIII sub:001 dlvrd:001 submit date:0610191018 done\ndate:0610191019 stat:DELIVRD err:0 Text: . . . . . . . . .",
                expect().id("IIIIIIIIII").counts(1, 1).submit("0610191018", "2006-10-19T10:18")
                    .done("0610191019", "2006-10-19T10:19").stat("DELIVRD", DELIVERED).err("0").text(" . . . . . . . . .")),
            row("GatewayAPI documented DELIVRD",
                "id:1390125333 sub:001 dlvrd:000 submit date:2011181054 done date:2011181054 stat:DELIVRD err:000 text:user_message_reference",
                expect().id("1390125333").counts(1, 0).submit("2011181054", "2020-11-18T10:54")
                    .done("2011181054", "2020-11-18T10:54").stat("DELIVRD", DELIVERED).err("000").text("user_message_reference")),
            row("GatewayAPI documented UNDELIV, err base 10 of 0x1013",
                "id:1390125333 sub:001 dlvrd:000 submit date:2011181145 done date:2011181145 stat:UNDELIV err:019 text:user_message_reference",
                expect().id("1390125333").counts(1, 0).submit("2011181145", "2020-11-18T11:45")
                    .done("2011181145", "2020-11-18T11:45").stat("UNDELIV", UNDELIVERABLE).err("019").text("user_message_reference")),
            row("GatewayAPI late ENROUTE, lower case stat",
                "id:1390125333 sub:001 dlvrd:000 submit date:2011181054 done date:2011181055 stat:enroute err:000 text:ref-42",
                expect().id("1390125333").counts(1, 0).submit("2011181054", "2020-11-18T10:54")
                    .done("2011181055", "2020-11-18T10:55").stat("enroute", ENROUTE).err("000").text("ref-42")),
            row("Mitto documented layout over three lines, no text",
                "id:a7f3e2b1c9d84f0e sub:001 dlvrd:001\nsubmit date:2405061432 done date:2405061433\nstat:DELIVRD err:000",
                expect().id("a7f3e2b1c9d84f0e").counts(1, 1).submit("2405061432", "2024-05-06T14:32")
                    .done("2405061433", "2024-05-06T14:33").stat("DELIVRD", DELIVERED).err("000")),
            row("Mitto REJECTD",
                "id:a7f3e2b1c9d84f10 sub:001 dlvrd:000\nsubmit date:2405061432 done date:2405061432\nstat:REJECTD err:000",
                expect().id("a7f3e2b1c9d84f10").counts(1, 0).submit("2405061432", "2024-05-06T14:32")
                    .done("2405061432", "2024-05-06T14:32").stat("REJECTD", REJECTED).err("000")),
            row("SureM documented layout, no text",
                "id:20240506143210001 sub:001 dlvrd:001 submit date:2405061432 done date:2405061432 stat:DELIVRD err:000",
                expect().id("20240506143210001").counts(1, 1).submit("2405061432", "2024-05-06T14:32")
                    .done("2405061432", "2024-05-06T14:32").stat("DELIVRD", DELIVERED).err("000")),
            row("Mobile Text Alerts: text is the first 20 characters, trailing space kept",
                "id:5f1e2d3c-0a9b sub:001 dlvrd:000 submit date:2405061432 done date:2405071432 stat:EXPIRED err:000 text:Your appointment is ",
                expect().id("5f1e2d3c-0a9b").counts(1, 0).submit("2405061432", "2024-05-06T14:32")
                    .done("2405071432", "2024-05-07T14:32").stat("EXPIRED", EXPIRED).err("000").text("Your appointment is ")),
            row("jSMPP #62: no sub, no dlvrd",
                "id:1526758174 submit date:1701240904 done date:1701240904 stat:DELIVRD err:000 text:hellow",
                expect().id("1526758174").submit("1701240904", "2017-01-24T09:04")
                    .done("1701240904", "2017-01-24T09:04").stat("DELIVRD", DELIVERED).err("000").text("hellow")),
            row("php-smpp #70: four-digit err, ESC in text",
                "id:117062714244798261 sub:001 dlvrd:001 submit date:1706271624 done date:1706271624 stat:DELIVRD err:0000 text:H\u001Bello world",
                expect().id("117062714244798261").counts(1, 1).submit("1706271624", "2017-06-27T16:24")
                    .done("1706271624", "2017-06-27T16:24").stat("DELIVRD", DELIVERED).err("0000").text("H\u001Bello world")),
            row("ksmppd #108 operator: stat: label missing, 12-digit dates, UUID id",
                "id:ce5bc5a9-4f7d-4282-9244-2e1022a9335c sub:000 dlvrd:000 submit date:180903120815 done date:180903120816 DELIVRD err:000 Text:",
                expect().id("ce5bc5a9-4f7d-4282-9244-2e1022a9335c").counts(0, 0)
                    .submit("180903120815", "2018-09-03T12:08:15").done("180903120816", "2018-09-03T12:08:16")
                    .err("000").text("").problems(DONE_DATE)),
            row("ksmppd #108 client: 12-digit dates, empty text",
                "id:7d093bfa-4d65-4757-b0bb-177fc9d0a038 sub:001 dlvrd:001 submit date:180903120232 done date:180903121447 stat:DELIVRD err:000 text:",
                expect().id("7d093bfa-4d65-4757-b0bb-177fc9d0a038").counts(1, 1)
                    .submit("180903120232", "2018-09-03T12:02:32").done("180903121447", "2018-09-03T12:14:47")
                    .stat("DELIVRD", DELIVERED).err("000").text("")),
            row("Cloudhopper: 14-digit yyyyMMddHHmmss dates",
                "id:4 sub:001 dlvrd:001 submit date:20110303100008 done date:20110303100009 stat:DELIVRD err:000 text:",
                expect().id("4").counts(1, 1).submit("20110303100008", "2011-03-03T10:00:08")
                    .done("20110303100009", "2011-03-03T10:00:09").stat("DELIVRD", DELIVERED).err("000").text("")),
            row("keys in mixed and upper case",
                "Id:A1B2C3 Sub:001 Dlvrd:001 Submit Date:2401021530 Done Date:2401021531 STAT:delivrd ERR:000 TEXT:Hi",
                expect().id("A1B2C3").counts(1, 1).submit("2401021530", "2024-01-02T15:30")
                    .done("2401021531", "2024-01-02T15:31").stat("delivrd", DELIVERED).err("000").text("Hi")),
            row("extra spaces around and after colons",
                "id: 77  sub : 001   dlvrd:001 submit date: 2401021530 done date:2401021531  stat: DELIVRD err: 0 text: hi",
                expect().id("77").counts(1, 1).submit("2401021530", "2024-01-02T15:30")
                    .done("2401021531", "2024-01-02T15:31").stat("DELIVRD", DELIVERED).err("0").text(" hi")),
            row("submit_date with underscores (Mitto's field table spelling)",
                "id:9 sub:001 dlvrd:001 submit_date:2401021530 done_date:2401021531 stat:DELIVRD err:000",
                expect().id("9").counts(1, 1).submit("2401021530", "2024-01-02T15:30")
                    .done("2401021531", "2024-01-02T15:31").stat("DELIVRD", DELIVERED).err("000")),
            row("text with colons and key-like words is all text",
                "id:1001 sub:001 dlvrd:001 submit date:2401021530 done date:2401021531 stat:DELIVRD err:000 text:id:999 stat:UNDELIV err:1 at 10:30",
                expect().id("1001").counts(1, 1).submit("2401021530", "2024-01-02T15:30")
                    .done("2401021531", "2024-01-02T15:31").stat("DELIVRD", DELIVERED).err("000")
                    .text("id:999 stat:UNDELIV err:1 at 10:30")),
            row("trailing garbage and no text field",
                "id:1002 sub:001 dlvrd:001 submit date:2401021530 done date:2401021531 stat:DELIVRD err:000 mcc:234 mnc:15",
                expect().id("1002").counts(1, 1).submit("2401021530", "2024-01-02T15:30")
                    .done("2401021531", "2024-01-02T15:31").stat("DELIVRD", DELIVERED).err("000").problems(ERROR)),
            row("C-string terminator after the text",
                "id:1003 sub:001 dlvrd:001 submit date:2401021530 done date:2401021531 stat:DELIVRD err:000 text:abc\0\0",
                expect().id("1003").counts(1, 1).submit("2401021530", "2024-01-02T15:30")
                    .done("2401021531", "2024-01-02T15:31").stat("DELIVRD", DELIVERED).err("000").text("abc")),
            row("err in hex, longer than three",
                "id:1004 sub:001 dlvrd:000 submit date:2401021530 done date:2401021531 stat:UNDELIV err:0x107E text:x",
                expect().id("1004").counts(1, 0).submit("2401021530", "2024-01-02T15:30")
                    .done("2401021531", "2024-01-02T15:31").stat("UNDELIV", UNDELIVERABLE).err("0x107E").text("x")),
            row("err in hex digits",
                "id:1005 stat:UNDELIV err:1A3",
                expect().id("1005").stat("UNDELIV", UNDELIVERABLE).err("1A3")),
            row("vumi #897: stat:FAILED",
                "id:1006 sub:001 dlvrd:000 submit date:1501261200 done date:1501261201 stat:FAILED err:000 text:",
                expect().id("1006").counts(1, 0).submit("1501261200", "2015-01-26T12:00")
                    .done("1501261201", "2015-01-26T12:01").stat("FAILED", UNDELIVERABLE).err("000").text("")),
            row("Kannel: stat:BUFFRED",
                "id:1007 sub:001 dlvrd:000 submit date:2401021530 done date:2401021530 stat:BUFFRED err:000 text:",
                expect().id("1007").counts(1, 0).submit("2401021530", "2024-01-02T15:30")
                    .done("2401021530", "2024-01-02T15:30").stat("BUFFRED", ENROUTE).err("000").text("")),
            row("long state name",
                "id:1008 stat:DELIVERED", expect().id("1008").stat("DELIVERED", DELIVERED)),
            row("unknown state word kept raw, no state made up",
                "id:1009 sub:001 dlvrd:000 submit date:2401021530 done date:2401021530 stat:NOROUTE err:000",
                expect().id("1009").counts(1, 0).submit("2401021530", "2024-01-02T15:30")
                    .done("2401021530", "2024-01-02T15:30").stat("NOROUTE", null).err("000").problems(STATE)),
            row("impossible dates rejected field-wise, raw kept",
                "id:1010 sub:001 dlvrd:001 submit date:2413011200 done date:2402301200 stat:DELIVRD err:000",
                expect().id("1010").counts(1, 1).submit("2413011200", null).done("2402301200", null)
                    .stat("DELIVRD", DELIVERED).err("000").problems(SUBMIT_DATE, DONE_DATE)),
            row("non-numeric count",
                "id:1011 sub:abc dlvrd:001 stat:DELIVRD",
                expect().id("1011").counts(null, 1).stat("DELIVRD", DELIVERED).problems(SUBMITTED)),
            row("only id and stat",
                "id:42 stat:DELIVRD", expect().id("42").stat("DELIVRD", DELIVERED)),
            row("words before the first field",
                "DLR id:1012 stat:DELIVRD", expect().id("1012").stat("DELIVRD", DELIVERED).problems(LAYOUT)),
            row("a vendor key ending in id (smscid:) is not id:",
                "smscid:77 id:1015 stat:DELIVRD", expect().id("1015").stat("DELIVRD", DELIVERED).problems(LAYOUT)),
            row("repeated field: first kept",
                "id:1013 id:9999 stat:DELIVRD", expect().id("1013").stat("DELIVRD", DELIVERED).problems(MESSAGE_ID)),
            row("empty err value",
                "id:1014 stat:DELIVRD err: text:x", expect().id("1014").stat("DELIVRD", DELIVERED).text("x").problems(ERROR)),
            row("a mobile-originated text is no receipt",
                "Hello, are you there? See you at 10:30", expect().problems(LAYOUT)),
            row("empty short_message (TLV-only receipt)", "", expect()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("receipts")
    void readsEveryField(String name, String raw, Expect expected) {
        expected.assertMatches(ReceiptText.parse(raw));
    }

    private static Arguments row(String name, String raw, Expect expected) {
        return Arguments.of(name, raw, expected);
    }

    private static Expect expect() {
        return new Expect();
    }

    /** The expected reading of one row; whatever a row does not set must be absent. */
    static final class Expect {
        private String id;
        private Integer submitted;
        private Integer delivered;
        private String submitRaw;
        private LocalDateTime submitValue;
        private String doneRaw;
        private LocalDateTime doneValue;
        private String stat;
        private MessageState state;
        private String err;
        private String text;
        private Set<ReceiptField> problemFields = EnumSet.noneOf(ReceiptField.class);

        Expect id(String value) { id = value; return this; }
        Expect counts(Integer sub, Integer dlvrd) { submitted = sub; delivered = dlvrd; return this; }
        Expect submit(String raw, String iso) { submitRaw = raw; submitValue = date(iso); return this; }
        Expect done(String raw, String iso) { doneRaw = raw; doneValue = date(iso); return this; }
        Expect stat(String raw, MessageState value) { stat = raw; state = value; return this; }
        Expect err(String value) { err = value; return this; }
        Expect text(String value) { text = value; return this; }
        Expect problems(ReceiptField first, ReceiptField... rest) { problemFields = EnumSet.of(first, rest); return this; }

        void assertMatches(ReceiptText actual) {
            assertAll(
                () -> assertEquals(id, actual.id(), "id"),
                () -> assertEquals(submitted, actual.submitted(), "sub"),
                () -> assertEquals(delivered, actual.delivered(), "dlvrd"),
                () -> assertEquals(submitRaw, actual.submitDate() == null ? null : actual.submitDate().raw(), "submit date raw"),
                () -> assertEquals(submitValue, actual.submitDate() == null ? null : actual.submitDate().value(), "submit date"),
                () -> assertEquals(doneRaw, actual.doneDate() == null ? null : actual.doneDate().raw(), "done date raw"),
                () -> assertEquals(doneValue, actual.doneDate() == null ? null : actual.doneDate().value(), "done date"),
                () -> assertEquals(stat, actual.stat(), "stat"),
                () -> assertEquals(state, actual.state(), "state"),
                () -> assertEquals(err, actual.err(), "err"),
                () -> assertEquals(text, actual.text(), "text"),
                () -> assertEquals(problemFields,
                        actual.problems().stream().map(ReceiptProblem::field).collect(Collectors.toSet()),
                        () -> "problem fields; problems were " + actual.problems()));
        }

        private static LocalDateTime date(String iso) {
            return iso == null ? null : LocalDateTime.parse(iso);
        }

        @Override
        public String toString() {
            return "expected";
        }
    }
}
