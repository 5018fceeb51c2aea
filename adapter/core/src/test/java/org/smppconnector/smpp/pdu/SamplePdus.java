package org.smppconnector.smpp.pdu;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One instance of every command with every field set to a value other than its default. */
final class SamplePdus {

    private SamplePdus() {
    }

    static List<Pdu> all() {
        List<Pdu> all = new ArrayList<>();
        int seq = 1;
        for (BaseBind<?> bind : List.of(new BindTransmitter(), new BindReceiver(), new BindTransceiver())) {
            bind.setSystemId("smppclient1");
            bind.setPassword("password");
            bind.setSystemType("CMT");
            bind.setInterfaceVersion(BaseBind.VERSION_5_0);
            bind.setAddrTon(1);
            bind.setAddrNpi(1);
            bind.setAddressRange("^4479");
            all.add(withSeq(bind, seq++));
        }
        for (BaseBindResp resp : List.of(new BindTransmitterResp(), new BindReceiverResp(), new BindTransceiverResp())) {
            resp.setSystemId("SMSC");
            resp.setScInterfaceVersion(0x34);
            all.add(withSeq(resp, seq++));
        }
        Outbind outbind = new Outbind();
        outbind.setSystemId("SMSC");
        outbind.setPassword("secret");
        all.add(withSeq(outbind, seq++));
        all.add(withSeq(new Unbind(), seq++));
        all.add(withSeq(new UnbindResp(), seq++));
        all.add(withSeq(new EnquireLink(), seq++));
        all.add(withSeq(new EnquireLinkResp(), seq++));
        GenericNack nack = new GenericNack();
        nack.setCommandStatus(CommandStatus.ESME_RINVCMDID);
        all.add(withSeq(nack, seq++));

        all.add(withSeq(submitSm(), seq++));
        SubmitSmResp submitResp = new SubmitSmResp();
        submitResp.setMessageId("8f2c1a9e-0001");
        all.add(withSeq(submitResp, seq++));

        DeliverSm deliver = new DeliverSm();
        fillSm(deliver);
        deliver.setEsmClass(0x04);
        deliver.getTlvs().putString(Tag.RECEIPTED_MESSAGE_ID, "8f2c1a9e-0001").putInt(Tag.MESSAGE_STATE, 2)
                .putNetworkErrorCode(new NetworkErrorCode(3, 0x0102));
        all.add(withSeq(deliver, seq++));
        DeliverSmResp deliverResp = new DeliverSmResp();
        deliverResp.setCommandStatus(CommandStatus.ESME_RX_T_APPN);
        all.add(withSeq(deliverResp, seq++));

        SubmitMulti multi = new SubmitMulti();
        multi.setServiceType("WAP");
        multi.setSource(5, 0, "Sender");
        multi.addDestAddress(new DestAddress.Sme(1, 1, "447700900001"));
        multi.addDestAddress(new DestAddress.DistributionList("friends"));
        multi.addDestAddress(new DestAddress.Sme(2, 8, "0700900002"));
        multi.setEsmClass(0x40);
        multi.setProtocolId(0x7F);
        multi.setPriorityFlag(3);
        multi.setScheduleDeliveryTime("250101120000000+");
        multi.setValidityPeriod("000001000000000R");
        multi.setRegisteredDelivery(1);
        multi.setReplaceIfPresentFlag(1);
        multi.setDataCoding(8);
        multi.setSmDefaultMsgId(7);
        multi.setShortMessage(new byte[] {0x05, 0x00, 0x03, 0x2A, 0x02, 0x01, 0x00, 0x48});
        multi.getTlvs().putInt(Tag.USER_MESSAGE_REFERENCE, 0xBEEF);
        all.add(withSeq(multi, seq++));
        SubmitMultiResp multiResp = new SubmitMultiResp();
        multiResp.setMessageId("m-77");
        multiResp.addUnsuccessSme(new UnsuccessSme(1, 1, "447700900003", CommandStatus.ESME_RINVDSTADR));
        multiResp.addUnsuccessSme(new UnsuccessSme(0, 0, "", 0x00000401));
        all.add(withSeq(multiResp, seq++));

        DataSm data = new DataSm();
        data.setServiceType("USSD");
        data.setSource(1, 1, "4477009000011111111111111111111111111111111111111111111111111111".substring(0, 64));
        data.setDestination(2, 9, "12345");
        data.setEsmClass(0x02);
        data.setRegisteredDelivery(0x11);
        data.setDataCoding(0xF5);
        data.getTlvs().putBytes(Tag.MESSAGE_PAYLOAD, new byte[300]).putInt(Tag.SOURCE_PORT, 9200)
                .putInt(Tag.DESTINATION_PORT, 2948).putInt(Tag.QOS_TIME_TO_LIVE, 0xFFFFFFF0);
        all.add(withSeq(data, seq++));
        DataSmResp dataResp = new DataSmResp();
        dataResp.setMessageId("d-1");
        dataResp.getTlvs().putInt(Tag.DELIVERY_FAILURE_REASON, 2).putString(Tag.ADDITIONAL_STATUS_INFO_TEXT, "absent");
        all.add(withSeq(dataResp, seq++));

        QuerySm query = new QuerySm();
        query.setMessageId("q-1");
        query.setSource(1, 1, "447700900001");
        all.add(withSeq(query, seq++));
        QuerySmResp queryResp = new QuerySmResp();
        queryResp.setMessageId("q-1");
        queryResp.setFinalDate("250102030405000+");
        queryResp.setMessageState(2);
        queryResp.setErrorCode(9);
        all.add(withSeq(queryResp, seq++));

        CancelSm cancel = new CancelSm();
        cancel.setServiceType("CMT");
        cancel.setMessageId("c-1");
        cancel.setSource(1, 1, "447700900001");
        cancel.setDestination(1, 1, "447700900002");
        all.add(withSeq(cancel, seq++));
        all.add(withSeq(new CancelSmResp(), seq++));

        ReplaceSm replace = new ReplaceSm();
        replace.setMessageId("r-1");
        replace.setSource(1, 1, "447700900001");
        replace.setScheduleDeliveryTime("250101120000000+");
        replace.setValidityPeriod("000002000000000R");
        replace.setRegisteredDelivery(1);
        replace.setSmDefaultMsgId(3);
        replace.setShortMessage("replaced".getBytes(StandardCharsets.US_ASCII));
        all.add(withSeq(replace, seq++));
        all.add(withSeq(new ReplaceSmResp(), seq++));

        AlertNotification alert = new AlertNotification();
        alert.setSource(1, 1, "447700900001");
        alert.setEsme(2, 1, "esme-address");
        alert.getTlvs().putInt(Tag.MS_AVAILABILITY_STATUS, 1);
        all.add(withSeq(alert, seq++));
        return all;
    }

    static SubmitSm submitSm() {
        SubmitSm sm = new SubmitSm();
        fillSm(sm);
        sm.getTlvs().putInt(Tag.SAR_MSG_REF_NUM, 0x1234).putInt(Tag.SAR_TOTAL_SEGMENTS, 3).putInt(Tag.SAR_SEGMENT_SEQNUM, 2);
        return sm;
    }

    static void fillSm(BaseSm<?> sm) {
        sm.setServiceType("CMT");
        sm.setSource(5, 0, "MyBrand");
        sm.setDestination(1, 1, "447700900123");
        sm.setEsmClass(0x40);
        sm.setProtocolId(0x41);
        sm.setPriorityFlag(1);
        sm.setScheduleDeliveryTime("250101120000000+");
        sm.setValidityPeriod("000001000000000R");
        sm.setRegisteredDelivery(1);
        sm.setReplaceIfPresentFlag(1);
        sm.setDataCoding(3);
        sm.setSmDefaultMsgId(2);
        sm.setShortMessage("Hello \u00e9t\u00e9".getBytes(StandardCharsets.ISO_8859_1));
    }

    private static Pdu withSeq(Pdu pdu, int seq) {
        pdu.setSequenceNumber(seq);
        return pdu;
    }
}
