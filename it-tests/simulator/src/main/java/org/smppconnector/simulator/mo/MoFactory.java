package org.smppconnector.simulator.mo;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.OptionalParameters;
import org.smppconnector.simulator.delivery.Delivery;
import org.smppconnector.simulator.smpp.Tlvs;
import org.smppconnector.simulator.text.MultipartMethod;
import org.smppconnector.simulator.text.Segmenter;
import org.smppconnector.simulator.text.UserDataHeader;

/** Turns an MO message into the deliver_sm that carry it. */
public final class MoFactory {
    private static final OptionalParameter[] NO_TLVS = new OptionalParameter[0];

    private final AtomicInteger references = new AtomicInteger();

    public List<Delivery> deliveries(MoMessage mo) {
        List<byte[]> parts = Segmenter.split(mo.alphabet(), mo.text(), mo.method());
        List<Delivery> deliveries = new ArrayList<>(parts.size());
        if (mo.method() == MultipartMethod.MESSAGE_PAYLOAD) {
            byte[] whole = parts.get(0);
            deliveries.add(delivery(mo, 0, new byte[0], new OptionalParameter.OctetString((short) Tlvs.MESSAGE_PAYLOAD, whole)));
            return deliveries;
        }
        if (parts.size() == 1) {
            deliveries.add(delivery(mo, 0, parts.get(0), NO_TLVS));
            return deliveries;
        }
        int reference = mo.reference() >= 0 ? mo.reference() : references.incrementAndGet();
        int total = parts.size();
        for (int i = 0; i < total; i++) {
            byte[] userData = parts.get(i);
            if (mo.method().usesUdh()) {
                int maxReference = mo.method() == MultipartMethod.UDH_8BIT ? 0xFF : 0xFFFF;
                byte[] header = UserDataHeader.concatenation(mo.method(), reference & maxReference, total, i + 1);
                byte[] shortMessage = new byte[header.length + userData.length];
                System.arraycopy(header, 0, shortMessage, 0, header.length);
                System.arraycopy(userData, 0, shortMessage, header.length, userData.length);
                deliveries.add(delivery(mo, 0x40, shortMessage, NO_TLVS));
            } else {
                deliveries.add(delivery(mo, 0, userData,
                        OptionalParameters.newSarMsgRefNum((short) reference),
                        OptionalParameters.newSarTotalSegments(total),
                        OptionalParameters.newSarSegmentSeqnum(i + 1)));
            }
        }
        return deliveries;
    }

    private static Delivery delivery(MoMessage mo, int esmClass, byte[] shortMessage, OptionalParameter... tlvs) {
        Delivery.DeliverSmFields fields = new Delivery.DeliverSmFields(mo.serviceType(),
                (byte) mo.sourceTon(), (byte) mo.sourceNpi(), mo.source(),
                (byte) mo.destTon(), (byte) mo.destNpi(), mo.destination(),
                (byte) esmClass, (byte) mo.effectiveDataCoding(), shortMessage, tlvs);
        return new Delivery(Delivery.Kind.MO, mo.systemId(), mo.group(), null,
                "MO from " + mo.source(), fields);
    }
}
