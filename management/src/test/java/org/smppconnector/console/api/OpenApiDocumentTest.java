package org.smppconnector.console.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.smppconnector.console.Console;
import org.smppconnector.console.http.Route;
import org.smppconnector.console.http.RouteGroup;
import org.smppconnector.console.testing.TestConsole;

/** The served OpenAPI document describes exactly the routes the console serves. */
class OpenApiDocumentTest {

    @Test
    void describesEveryRouteAndNoOther() {
        TestConsole console = TestConsole.shared();
        HttpResponse<String> response = console.admin().get("/api/openapi.yaml");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/yaml"));
        Set<String> documented = operations(response.body());

        Set<String> served = new TreeSet<>();
        for (RouteGroup group : new Console(console.store(), Clock.systemUTC(), false).routeGroups()) {
            for (Route route : group.routes()) {
                served.add(route.method().text() + " " + route.path());
            }
        }
        assertEquals(served, documented);
    }

    /** "GET /api/accounts" for each operation under paths: (two-space path keys, four-space methods). */
    static Set<String> operations(String yaml) {
        Set<String> operations = new TreeSet<>();
        Map<String, String> methods = new LinkedHashMap<>();
        for (String m : new String[] {"get", "post", "put", "delete", "patch"}) {
            methods.put("    " + m + ":", m.toUpperCase(Locale.ROOT));
        }
        boolean inPaths = false;
        String path = null;
        for (String line : yaml.lines().toList()) {
            if (!line.startsWith(" ") && !line.isBlank()) {
                inPaths = line.equals("paths:");
                continue;
            }
            if (!inPaths) {
                continue;
            }
            if (line.startsWith("  /") && line.endsWith(":")) {
                path = line.strip().substring(0, line.strip().length() - 1);
            } else if (path != null && methods.containsKey(line)) {
                operations.add(methods.get(line) + " " + path);
            }
        }
        return operations;
    }
}
