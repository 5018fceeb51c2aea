package org.smppconnector.console.api;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.smppconnector.console.http.Route;
import org.smppconnector.console.http.RouteGroup;

/**
 * {@code GET /api/openapi.yaml}: the API's OpenAPI 3 description, written by hand beside the
 * routes (a test checks that it describes every route the console serves).
 */
public final class OpenApiDocument implements RouteGroup {

    public static final String RESOURCE = "openapi.yaml";

    private final byte[] document;

    public OpenApiDocument() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the class path");
            }
            document = in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Route> routes() {
        return List.of(Route.get("/api/openapi.yaml", this::serve));
    }

    private void serve(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.CONTENT_TYPE, "application/yaml; charset=UTF-8");
        res.send(document);
    }
}
