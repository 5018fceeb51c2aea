package org.smppconnector.benchmark.codec;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.infra.Blackhole;

/**
 * The {@link CodecBenchmark} operations, ours and jSMPP's in alternating 100 ms windows, so that
 * load from other processes on a shared machine falls on both alike. Reports the median time per
 * operation and the median of the per-round ratios (jSMPP time / our time). A complement to the
 * JMH run, for machines that are not quiet; JMH's -prof gc gives the allocation figures.
 *
 * <pre>java -cp it-tests/benchmarks/target/benchmarks.jar org.smppconnector.benchmark.codec.CodecInterleaved [rounds] [output]</pre>
 * Default 20 measured rounds (about 1 minute), output it-tests/benchmarks/target/codec-interleaved.txt.
 */
public final class CodecInterleaved {

    private static final long WINDOW_NANOS = 100_000_000L;
    private static final int WARM_UP_ROUNDS = 5;

    private interface Op {
        Object run() throws Exception;
    }

    private record Pair(String name, Op ours, Op jsmpp) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path output = Path.of(args.length > 1 ? args[1] : "it-tests/benchmarks/target/codec-interleaved.txt");
        Blackhole blackhole = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        CodecBenchmark b = new CodecBenchmark();
        b.setUp();
        List<Pair> pairs = List.of(
                new Pair("submit_sm encode", () -> length(b.submitSmEncodeOurs()), b::submitSmEncodeJsmpp),
                new Pair("submit_sm build+encode", () -> length(b.submitSmBuildAndEncodeOurs()), b::submitSmEncodeJsmpp),
                new Pair("submit_sm decode", b::submitSmDecodeOurs, b::submitSmDecodeJsmpp),
                new Pair("submit_sm encode+decode", b::submitSmRoundTripOurs, b::submitSmRoundTripJsmpp),
                new Pair("receipt deliver_sm encode", () -> length(b.receiptEncodeOurs()), b::receiptEncodeJsmpp),
                new Pair("receipt deliver_sm build+encode", () -> length(b.receiptBuildAndEncodeOurs()), b::receiptEncodeJsmpp),
                new Pair("receipt deliver_sm decode", b::receiptDecodeOurs, b::receiptDecodeJsmpp),
                new Pair("receipt deliver_sm encode+decode", b::receiptRoundTripOurs, b::receiptRoundTripJsmpp));

        List<List<double[]>> samples = new ArrayList<>(); // per pair: {ours ns, jsmpp ns} per round
        for (int i = 0; i < pairs.size(); i++) {
            samples.add(new ArrayList<>());
        }
        for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
            for (int i = 0; i < pairs.size(); i++) {
                Pair pair = pairs.get(i);
                double ours;
                double jsmpp;
                if (round % 2 == 0) { // alternate which goes first
                    ours = nanosPerOp(pair.ours, blackhole);
                    jsmpp = nanosPerOp(pair.jsmpp, blackhole);
                } else {
                    jsmpp = nanosPerOp(pair.jsmpp, blackhole);
                    ours = nanosPerOp(pair.ours, blackhole);
                }
                if (round >= WARM_UP_ROUNDS) {
                    samples.get(i).add(new double[] {ours, jsmpp});
                }
            }
        }

        StringBuilder report = new StringBuilder(String.format(Locale.ROOT,
                "Interleaved codec comparison, %d rounds of 100 ms windows, medians (build+encode: ours builds the PDU"
                + " from its values, then encodes; jSMPP encodes from the same values)%n%-34s %12s %12s %14s%n",
                rounds, "operation", "ours ns/op", "jSMPP ns/op", "jSMPP/ours"));
        for (int i = 0; i < pairs.size(); i++) {
            List<double[]> s = samples.get(i);
            report.append(String.format(Locale.ROOT, "%-34s %12.1f %12.1f %13.2fx%n", pairs.get(i).name,
                    median(s, x -> x[0]), median(s, x -> x[1]), median(s, x -> x[1] / x[0])));
        }
        System.out.print(report);
        Files.createDirectories(output.toAbsolutePath().getParent());
        Files.writeString(output, report);
        System.out.println("written to " + output);
    }

    private static int lengths;

    /** Keeps an encoded length alive without boxing it (boxing 229 would allocate an Integer). */
    private static Object length(int length) {
        lengths += length;
        return null;
    }

    private static double nanosPerOp(Op op, Blackhole blackhole) throws Exception {
        long count = 0;
        long start = System.nanoTime();
        long end = start + WINDOW_NANOS;
        long now;
        do {
            for (int i = 0; i < 256; i++) {
                blackhole.consume(op.run());
            }
            count += 256;
            now = System.nanoTime();
        } while (now < end);
        return (double) (now - start) / count;
    }

    private static double median(List<double[]> samples, java.util.function.ToDoubleFunction<double[]> f) {
        List<Double> values = new ArrayList<>();
        for (double[] s : samples) {
            values.add(f.applyAsDouble(s));
        }
        Collections.sort(values);
        int n = values.size();
        return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
    }

    private CodecInterleaved() {
    }

}
