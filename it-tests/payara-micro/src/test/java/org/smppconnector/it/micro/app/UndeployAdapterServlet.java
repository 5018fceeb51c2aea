package org.smppconnector.it.micro.app;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * Test-only servlet, added to the sample WAR: undeploys the standalone RAR while Payara Micro
 * keeps running. Payara Micro has no admin listener, so the asadmin command goes through its
 * runtime API ({@code PayaraMicro.getInstance().getRuntime().run(...)}), called by reflection so
 * that the suite needs no Payara classes at compile time. {@code --cascade=true} removes the
 * account pools and resources with it. Answers 200 with Payara's output when the command
 * succeeded, 500 with the output and failure otherwise.
 */
@WebServlet("/it/undeploy-adapter")
public class UndeployAdapterServlet extends HttpServlet {

    static final String ADAPTER = "smpp-connector";

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        StringBuilder report = new StringBuilder();
        boolean succeeded;
        try {
            succeeded = undeploy(report);
        } catch (ReflectiveOperationException | RuntimeException e) {
            Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
            report.append("undeploy could not run: ").append(cause);
            succeeded = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            report.append("interrupted");
            succeeded = false;
        }
        response.setStatus(succeeded ? HttpServletResponse.SC_OK : HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
        response.getWriter().print(report);
    }

    /** Runs the command on this instance (the only one: no cluster) and reports each result. */
    private static boolean undeploy(StringBuilder report) throws ReflectiveOperationException, InterruptedException {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        Class<?> micro = Class.forName("fish.payara.micro.PayaraMicro", true, loader);
        Class<?> runtimeType = Class.forName("fish.payara.micro.PayaraMicroRuntime", true, loader);
        Class<?> resultType = Class.forName("fish.payara.micro.ClusterCommandResult", true, loader);
        Object runtime = micro.getMethod("getRuntime").invoke(micro.getMethod("getInstance").invoke(null));
        Method run = runtimeType.getMethod("run", String.class, String[].class);
        Map<?, ?> results = (Map<?, ?>) run.invoke(runtime, "undeploy",
                new String[] {"--cascade=true", ADAPTER});
        if (results.isEmpty()) {
            report.append("no instance ran the command");
            return false;
        }
        boolean succeeded = true;
        for (Map.Entry<?, ?> entry : results.entrySet()) {
            Object result;
            try {
                result = ((Future<?>) entry.getValue()).get(120, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                report.append(entry.getKey()).append(": ").append(e).append('\n');
                succeeded = false;
                continue;
            }
            Object status = resultType.getMethod("getExitStatus").invoke(result);
            Object failure = resultType.getMethod("getFailureCause").invoke(result);
            report.append(status).append(": ").append(resultType.getMethod("getOutput").invoke(result));
            if (failure != null) {
                report.append(" (").append(failure).append(')');
            }
            report.append('\n');
            succeeded &= "SUCCESS".equals(String.valueOf(status));
        }
        return succeeded;
    }
}
