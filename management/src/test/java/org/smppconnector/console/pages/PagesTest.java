package org.smppconnector.console.pages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.smppconnector.console.testing.ConsoleClient;
import org.smppconnector.console.testing.TestConsole;

/** How pages and assets are served: headers, caching, unknown paths. */
class PagesTest {

    private final TestConsole console = TestConsole.shared();

    @Test
    void everyAnswerCarriesTheSecurityHeaders() {
        for (HttpResponse<String> response : new HttpResponse[] {console.anonymous().get("/login.html"),
                console.anonymous().get("/api/accounts"), console.admin().get("/accounts.html")}) {
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), csp);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
        }
    }

    @Test
    void theRootLeadsToTheAccountsPage() {
        HttpResponse<String> root = console.admin().get("/");
        assertEquals(303, root.statusCode());
        assertEquals(Pages.HOME, root.headers().firstValue("Location").orElseThrow());
        HttpResponse<String> page = console.admin().get(Pages.HOME);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("<script src=\"/js/accounts.js\""));
    }

    @Test
    void anAssetTheBrowserHasIsNotSentAgain() {
        HttpResponse<String> first = console.anonymous().get("/js/console.js");
        assertEquals(200, first.statusCode());
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = console.anonymous().header("If-None-Match", etag).get("/js/console.js");
        assertEquals(304, again.statusCode());
        assertEquals("", again.body());
    }

    @Test
    void anUnknownPathIsA404InTheErrorShape() {
        HttpResponse<String> response = console.admin().get("/api/nothing-here");
        assertEquals(404, response.statusCode());
        assertTrue(response.body().startsWith("{\"errors\":["), response.body());
        assertFalse(response.body().contains("Exception"));
    }

    @Test
    void thePagesUseNoInlineScriptOrStyleTheirPolicyWouldBlock() {
        for (String page : new String[] {"/login.html", "/accounts.html", "/account.html", "/sessions.html",
                "/messages.html", "/message.html", "/audit.html", "/users.html"}) {
            String html = console.admin().get(page).body();
            Matcher script = Pattern.compile("<script(?![^>]*\\ssrc=)[^>]*>").matcher(html);
            assertFalse(script.find(), page + " has an inline script");
            assertFalse(html.contains(" style=\""), page + " has an inline style");
            assertFalse(html.contains(" onclick="), page + " has an inline handler");
            assertFalse(html.contains("http://") || html.contains("https://"), page + " loads something from elsewhere");
        }
    }
}
