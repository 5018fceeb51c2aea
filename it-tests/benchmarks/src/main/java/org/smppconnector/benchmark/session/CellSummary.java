package org.smppconnector.benchmark.session;

import java.util.Comparator;
import java.util.List;

/**
 * One cell over all rounds: the round with the median throughput (whose latency and CPU figures
 * are reported with it) and the range of throughput over the rounds that completed.
 */
record CellSummary(String library, int sessions, int window, CellResult median, double minPerSecond,
                   double maxPerSecond, int rounds, int failures, String failure) {

    static CellSummary of(List<CellResult> results) {
        CellResult first = results.get(0);
        List<CellResult> ok = results.stream().filter(CellResult::ok)
                .sorted(Comparator.comparingDouble(CellResult::perSecond)).toList();
        int failures = results.size() - ok.size();
        String failure = results.stream().filter(r -> !r.ok()).map(CellResult::failure).findFirst().orElse(null);
        if (ok.isEmpty()) {
            return new CellSummary(first.library(), first.sessions(), first.window(), null, 0, 0, results.size(), failures,
                    failure);
        }
        return new CellSummary(first.library(), first.sessions(), first.window(), ok.get((ok.size() - 1) / 2),
                ok.get(0).perSecond(), ok.get(ok.size() - 1).perSecond(), results.size(), failures, failure);
    }

    boolean ok() {
        return median != null;
    }

    double perSecond() {
        return median.perSecond();
    }
}
