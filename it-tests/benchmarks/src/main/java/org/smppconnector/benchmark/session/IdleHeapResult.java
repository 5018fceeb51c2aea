package org.smppconnector.benchmark.session;

/**
 * Heap and threads with one bound idle session and with {@code 1 + extra}, after full GCs.
 *
 * @param failure null when measured; otherwise what went wrong
 */
record IdleHeapResult(String library, int extra, int window, long heapOne, long heapMany, int threadsOne,
                      int threadsMany, String failure) {

    double bytesPerExtraSession() {
        return (double) (heapMany - heapOne) / extra;
    }

    double threadsPerExtraSession() {
        return (double) (threadsMany - threadsOne) / extra;
    }
}
