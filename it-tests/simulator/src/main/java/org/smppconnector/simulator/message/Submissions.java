package org.smppconnector.simulator.message;

import java.util.ArrayList;
import java.util.List;

import org.jsmpp.bean.Address;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DestinationAddress;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.smppconnector.simulator.smpp.SmppCommand;
import org.smppconnector.simulator.smpp.Tlvs;

/** Turns jSMPP's request beans into {@link Submission}s. */
public final class Submissions {
    private static final byte[] NONE = new byte[0];

    private Submissions() {
    }

    public static Submission of(SubmitSm pdu, String systemId, String sessionId, String group) {
        return new Submission(SmppCommand.SUBMIT_SM, systemId, sessionId, group, pdu.getSequenceNumber(),
                nullToEmpty(pdu.getServiceType()), pdu.getSourceAddrTon(), pdu.getSourceAddrNpi(),
                nullToEmpty(pdu.getSourceAddr()), pdu.getDestAddrTon(), pdu.getDestAddrNpi(),
                nullToEmpty(pdu.getDestAddress()), pdu.getEsmClass() & 0xFF, pdu.getProtocolId() & 0xFF,
                pdu.getPriorityFlag() & 0xFF, nullToEmpty(pdu.getScheduleDeliveryTime()),
                nullToEmpty(pdu.getValidityPeriod()), pdu.getRegisteredDelivery() & 0xFF,
                pdu.getDataCoding() & 0xFF, orEmpty(pdu.getShortMessage()), Tlvs.of(pdu.getOptionalParameters()));
    }

    /** data_sm has no short_message: its text, if any, is in message_payload. */
    public static Submission of(DataSm pdu, String systemId, String sessionId, String group) {
        return new Submission(SmppCommand.DATA_SM, systemId, sessionId, group, pdu.getSequenceNumber(),
                nullToEmpty(pdu.getServiceType()), pdu.getSourceAddrTon(), pdu.getSourceAddrNpi(),
                nullToEmpty(pdu.getSourceAddr()), pdu.getDestAddrTon(), pdu.getDestAddrNpi(),
                nullToEmpty(pdu.getDestAddress()), pdu.getEsmClass() & 0xFF, 0, 0, "", "",
                pdu.getRegisteredDelivery() & 0xFF, pdu.getDataCoding() & 0xFF, NONE,
                Tlvs.of(pdu.getOptionalParameters()));
    }

    /** One submission per SME destination; distribution lists are not expanded. */
    public static List<Submission> of(SubmitMulti pdu, String systemId, String sessionId, String group) {
        List<Submission> list = new ArrayList<>();
        Tlvs tlvs = Tlvs.of(pdu.getOptionalParameters());
        for (DestinationAddress destination : pdu.getDestAddresses()) {
            if (!(destination instanceof Address)) {
                continue;
            }
            Address address = (Address) destination;
            list.add(new Submission(SmppCommand.SUBMIT_MULTI, systemId, sessionId, group, pdu.getSequenceNumber(),
                    nullToEmpty(pdu.getServiceType()), pdu.getSourceAddrTon(), pdu.getSourceAddrNpi(),
                    nullToEmpty(pdu.getSourceAddr()), address.getTon(), address.getNpi(),
                    nullToEmpty(address.getAddress()), pdu.getEsmClass() & 0xFF, pdu.getProtocolId() & 0xFF,
                    pdu.getPriorityFlag() & 0xFF, nullToEmpty(pdu.getScheduleDeliveryTime()),
                    nullToEmpty(pdu.getValidityPeriod()), pdu.getRegisteredDelivery() & 0xFF,
                    pdu.getDataCoding() & 0xFF, orEmpty(pdu.getShortMessage()), tlvs));
        }
        return list;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static byte[] orEmpty(byte[] b) {
        return b == null ? NONE : b;
    }
}
