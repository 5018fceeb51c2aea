package org.smppconnector.benchmark.session.ours;

import org.smppconnector.benchmark.session.driver.Workload;

/**
 * The submit_sm fields the benchmark sends, as plain values (the same for every message). The
 * engine's adapter turns them into whatever its submit API takes, once in its constructor or per
 * message, as a real caller would.
 */
public record SubmitFields(String serviceType, int sourceTon, int sourceNpi, String source,
                           int destTon, int destNpi, String destination, int dataCoding,
                           byte[] shortMessage) {

    /** The benchmark's message ({@link Workload}). */
    public static SubmitFields workload() {
        return new SubmitFields(Workload.SERVICE_TYPE, Workload.SOURCE_TON, Workload.SOURCE_NPI, Workload.SOURCE,
                Workload.DEST_TON, Workload.DEST_NPI, Workload.DESTINATION, Workload.DATA_CODING,
                Workload.shortMessage());
    }
}
