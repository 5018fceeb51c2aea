package org.smppconnector.console.pages;

import io.helidon.http.HeaderNames;
import io.helidon.http.Status;
import io.helidon.webserver.http.HttpRouting;
import io.helidon.webserver.staticcontent.ClasspathHandlerConfig;
import io.helidon.webserver.staticcontent.StaticContentFeature;

/**
 * The console's pages: static HTML, CSS and plain JavaScript from {@code web/} on the class
 * path, which fetch everything they show from the JSON API. Nothing is rendered on the server,
 * so the pages and the API cannot drift apart.
 */
public final class Pages {

    public static final String HOME = "/accounts.html";

    private Pages() {
    }

    public static void register(HttpRouting.Builder routing) {
        routing.get("/", (req, res) -> {
            res.status(Status.SEE_OTHER_303);
            res.header(HeaderNames.LOCATION, HOME);
            res.send();
        });
        routing.register("/", StaticContentFeature.createService(ClasspathHandlerConfig.builder()
                .location("web")
                .build()));
    }
}
