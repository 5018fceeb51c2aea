package org.smppconnector.benchmark.session;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.smppconnector.benchmark.sink.SinkSmsc;

/**
 * The sink SMSC in a child JVM: the same java and class path as this one, so that its CPU is not
 * the client's. Closing it closes the child's standard input, on which the sink exits.
 */
final class SinkProcess implements AutoCloseable {

    private final Process process;
    private final InetSocketAddress address;

    private SinkProcess(Process process, InetSocketAddress address) {
        this.process = process;
        this.address = address;
    }

    static SinkProcess launch(String heap) throws IOException {
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = List.of(java, "-Xms" + heap, "-Xmx" + heap, "-cp", System.getProperty("java.class.path"),
                SinkSmsc.class.getName(), "0");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(SinkSmsc.LISTENING)) {
                int port = Integer.parseInt(line.substring(SinkSmsc.LISTENING.length()).trim());
                Thread echo = new Thread(() -> echo(out), "sink-output");
                echo.setDaemon(true);
                echo.start();
                return new SinkProcess(process, new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            }
            System.err.println("[sink] " + line);
        }
        process.destroyForcibly();
        throw new IOException("the sink SMSC exited before listening: " + command);
    }

    private static void echo(BufferedReader out) {
        try {
            String line;
            while ((line = out.readLine()) != null) {
                System.err.println("[sink] " + line);
            }
        } catch (IOException e) {
            // the sink is gone
        }
    }

    InetSocketAddress address() {
        return address;
    }

    /** CPU time the sink's JVM has used so far; zero where the platform does not tell. */
    Duration cpu() {
        return process.toHandle().info().totalCpuDuration().orElse(Duration.ZERO);
    }

    @Override
    public void close() throws InterruptedException {
        try {
            process.getOutputStream().close();
        } catch (IOException e) {
            // it is going away anyway
        }
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
