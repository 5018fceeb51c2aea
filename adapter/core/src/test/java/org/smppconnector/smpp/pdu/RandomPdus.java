package org.smppconnector.smpp.pdu;

import java.util.SplittableRandom;

/** Random valid PDUs of every command, with random fields within the spec's limits and random TLVs. */
final class RandomPdus {

    private static final int[] IDS = CommandId.all();
    private static final Tag[] TAGS = Tag.values();

    private final SplittableRandom random;

    RandomPdus(SplittableRandom random) {
        this.random = random;
    }

    RandomPdus(long seed) {
        this(new SplittableRandom(seed));
    }

    Pdu next() {
        return next(IDS[random.nextInt(IDS.length)]);
    }

    Pdu next(int commandId) {
        Pdu pdu = Pdus.newPdu(commandId);
        pdu.setSequenceNumber(random.nextInt());
        if (pdu.isResponse() && random.nextInt(4) == 0) {
            pdu.setCommandStatus(random.nextInt(0x120));
        }
        fill(pdu);
        if (pdu.allowsTlvs()) {
            int n = random.nextInt(4) == 0 ? random.nextInt(5) : 0;
            for (int i = 0; i < n; i++) {
                addTlv(pdu.getTlvs());
            }
        }
        return pdu;
    }

    private void fill(Pdu pdu) {
        if (pdu instanceof BaseBind) {
            BaseBind<?> b = (BaseBind<?>) pdu;
            b.setSystemId(text(15));
            b.setPassword(text(8));
            b.setSystemType(text(12));
            b.setInterfaceVersion(random.nextBoolean() ? 0x34 : octet());
            b.setAddrTon(octet());
            b.setAddrNpi(octet());
            b.setAddressRange(text(40));
        } else if (pdu instanceof BaseBindResp) {
            ((BaseBindResp) pdu).setSystemId(text(15));
        } else if (pdu instanceof Outbind) {
            ((Outbind) pdu).setSystemId(text(15));
            ((Outbind) pdu).setPassword(text(8));
        } else if (pdu instanceof BaseSm) {
            BaseSm<?> sm = (BaseSm<?>) pdu;
            sm.setServiceType(text(5));
            sm.setSource(octet(), octet(), text(20));
            sm.setDestination(octet(), octet(), text(20));
            sm.setEsmClass(octet());
            sm.setProtocolId(octet());
            sm.setPriorityFlag(octet());
            sm.setScheduleDeliveryTime(time());
            sm.setValidityPeriod(time());
            sm.setRegisteredDelivery(octet());
            sm.setReplaceIfPresentFlag(octet());
            sm.setDataCoding(octet());
            sm.setSmDefaultMsgId(octet());
            sm.setShortMessage(bytes(random.nextInt(255)));
        } else if (pdu instanceof BaseSmResp) {
            ((BaseSmResp) pdu).setMessageId(text(64));
        } else if (pdu instanceof SubmitMulti) {
            SubmitMulti sm = (SubmitMulti) pdu;
            sm.setServiceType(text(5));
            sm.setSource(octet(), octet(), text(20));
            int n = 1 + (random.nextInt(8) == 0 ? random.nextInt(254) : random.nextInt(4));
            for (int i = 0; i < n; i++) {
                sm.addDestAddress(random.nextBoolean() ? new DestAddress.Sme(octet(), octet(), text(20))
                        : new DestAddress.DistributionList(text(20)));
            }
            sm.setEsmClass(octet());
            sm.setProtocolId(octet());
            sm.setPriorityFlag(octet());
            sm.setScheduleDeliveryTime(time());
            sm.setValidityPeriod(time());
            sm.setRegisteredDelivery(octet());
            sm.setReplaceIfPresentFlag(octet());
            sm.setDataCoding(octet());
            sm.setSmDefaultMsgId(octet());
            sm.setShortMessage(bytes(random.nextInt(255)));
        } else if (pdu instanceof SubmitMultiResp) {
            SubmitMultiResp r = (SubmitMultiResp) pdu;
            r.setMessageId(text(64));
            int n = random.nextInt(8) == 0 ? random.nextInt(255) : random.nextInt(3);
            for (int i = 0; i < n; i++) {
                r.addUnsuccessSme(new UnsuccessSme(octet(), octet(), text(20), random.nextInt()));
            }
        } else if (pdu instanceof DataSm) {
            DataSm d = (DataSm) pdu;
            d.setServiceType(text(5));
            d.setSource(octet(), octet(), text(64));
            d.setDestination(octet(), octet(), text(64));
            d.setEsmClass(octet());
            d.setRegisteredDelivery(octet());
            d.setDataCoding(octet());
        } else if (pdu instanceof QuerySm) {
            QuerySm q = (QuerySm) pdu;
            q.setMessageId(text(64));
            q.setSource(octet(), octet(), text(20));
        } else if (pdu instanceof QuerySmResp) {
            QuerySmResp q = (QuerySmResp) pdu;
            q.setMessageId(text(64));
            q.setFinalDate(time());
            q.setMessageState(octet());
            q.setErrorCode(octet());
        } else if (pdu instanceof CancelSm) {
            CancelSm c = (CancelSm) pdu;
            c.setServiceType(text(5));
            c.setMessageId(text(64));
            c.setSource(octet(), octet(), text(20));
            c.setDestination(octet(), octet(), text(20));
        } else if (pdu instanceof ReplaceSm) {
            ReplaceSm r = (ReplaceSm) pdu;
            r.setMessageId(text(64));
            r.setSource(octet(), octet(), text(20));
            r.setScheduleDeliveryTime(time());
            r.setValidityPeriod(time());
            r.setRegisteredDelivery(octet());
            r.setSmDefaultMsgId(octet());
            r.setShortMessage(bytes(random.nextInt(255)));
        } else if (pdu instanceof AlertNotification) {
            AlertNotification a = (AlertNotification) pdu;
            a.setSource(octet(), octet(), text(64));
            a.setEsme(octet(), octet(), text(64));
        }
    }

    void addTlv(Tlvs tlvs) {
        if (random.nextInt(4) == 0) {
            tlvs.putBytes(0x1400 + random.nextInt(0xEC00), bytes(random.nextInt(40)));
            return;
        }
        Tag tag = TAGS[random.nextInt(TAGS.length)];
        switch (tag.type()) {
            case INT1:
            case INT2:
            case INT4:
                if (tag.maxLength() > tag.minLength() && random.nextBoolean()) {
                    tlvs.putBytes(tag, bytes(tag.minLength() + random.nextInt(tag.maxLength() - tag.minLength() + 1)));
                } else {
                    tlvs.putInt(tag, random.nextInt() >>> (32 - 8 * tag.type().width()));
                }
                break;
            case C_STRING:
                tlvs.putString(tag, text(Math.min(tag.maxLength() - 1, 80)));
                break;
            default:
                int max = Math.min(tag.maxLength(), 300);
                tlvs.putBytes(tag, bytes(tag.minLength() + random.nextInt(Math.max(1, max - tag.minLength() + 1))));
        }
    }

    int octet() {
        return random.nextInt(4) == 0 ? random.nextInt(256) : random.nextInt(3);
    }

    /** Text of 0 to max characters, mostly short, now and then at the limit, any non-NUL Latin-1 character. */
    String text(int max) {
        int n;
        switch (random.nextInt(6)) {
            case 0:
                n = 0;
                break;
            case 1:
                n = max;
                break;
            default:
                n = random.nextInt(Math.min(max, 16) + 1);
        }
        char[] c = new char[n];
        for (int i = 0; i < n; i++) {
            c[i] = random.nextInt(8) == 0 ? (char) (1 + random.nextInt(255)) : (char) ('0' + random.nextInt(43));
        }
        return new String(c);
    }

    /** A time field: empty or 16 characters (their format is not the codec's business). */
    String time() {
        if (random.nextBoolean()) {
            return "";
        }
        char[] c = new char[16];
        for (int i = 0; i < 16; i++) {
            c[i] = (char) ('0' + random.nextInt(10));
        }
        c[15] = "+-R".charAt(random.nextInt(3));
        return new String(c);
    }

    byte[] bytes(int n) {
        byte[] b = new byte[n];
        for (int i = 0; i < n; i++) {
            b[i] = (byte) random.nextInt(256);
        }
        return b;
    }
}
