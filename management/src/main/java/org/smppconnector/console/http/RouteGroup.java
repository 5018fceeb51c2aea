package org.smppconnector.console.http;

import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import java.util.List;

/**
 * A set of routes with full paths ({@code /api/accounts/{name}}), registered at the root.
 * Every JSON route of the console is one, so that {@code openapi.yaml} can be checked to
 * describe each of them.
 */
public interface RouteGroup extends HttpService {

    List<Route> routes();

    @Override
    default void routing(HttpRules rules) {
        for (Route route : routes()) {
            rules.route(route.method(), route.path(), route.handler());
        }
    }
}
