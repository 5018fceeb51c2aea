package org.smppconnector.console.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.WebElement;
import org.smppconnector.console.testing.Seed;
import org.smppconnector.console.testing.TestConsole;
import org.smppconnector.store.state.DeliveryState;

/**
 * The console's pages in headless Chromium against the real server and store: sign-in, an
 * account from the BulkSMS preset (with a field error shown beside its field), a bind group
 * added, a message found and its timeline, and the sessions page following the adapter's rows
 * without a reload. Traffic and session rows are written through the store's own writers, as
 * the adapter writes them.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsolePagesBrowserTest {

    private static final String ACCOUNT = "web-bulk";
    private static TestConsole console;
    private static Browser browser;

    @BeforeAll
    static void open() {
        console = TestConsole.shared();
        browser = Browser.open(console.url());
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    @Order(1)
    void signInLeadsBackToThePageAsked() {
        browser.go("/accounts.html");
        browser.until(d -> browser.location().startsWith("/login.html?next=") ? Boolean.TRUE : null);
        browser.type("#username", TestConsole.ADMIN);
        browser.type("#password", "wrong-password");
        browser.click("#sign-in");
        assertTrue(browser.visibleText("#login-error").contains("wrong password"));

        browser.type("#password", TestConsole.ADMIN_PASSWORD);
        browser.click("#sign-in");
        browser.until(d -> browser.location().equals("/accounts.html") ? Boolean.TRUE : null);
        assertEquals("admin (admin)", browser.visibleText("#whoami"));
    }

    @Test
    @Order(2)
    void aBulkSmsAccountFromThePresetWithTheErrorBesideItsField() {
        browser.go("/account.html");
        browser.find("#provider option[value='bulksms']");
        browser.select("#provider", "bulksms");
        // The preset fills the form in.
        browser.until(d -> "10".equals(browser.find("#sessionCap").getAttribute("value")) ? Boolean.TRUE : null);
        assertEquals("false", browser.find("#tls").getAttribute("value"));
        assertTrue(browser.visibleText("#preset-facts").contains("submit_sm"));
        assertTrue(browser.visibleText("#preset-facts").contains("21 days"));

        browser.type("#name", ACCOUNT);
        browser.type("#hosts", "127.0.0.1:2775");
        browser.type("#systemId", "bulkuser");
        browser.type("#password", "ninechars");
        browser.click("#save");
        String error = browser.visibleText("[data-error-for='password']");
        assertTrue(error.contains("8"), error);
        assertEquals("true", browser.find("#password").getAttribute("aria-invalid"));

        browser.type("#password", "secret12");
        browser.click("#save");
        browser.until(d -> browser.location().startsWith("/account.html?name=" + ACCOUNT) ? Boolean.TRUE : null);
        browser.waitForText("#title", "Account " + ACCOUNT);
        assertEquals("Account created.", browser.visibleText("#notice"));
        assertEquals("", browser.find("#password").getAttribute("value"), "the password is never shown back");
        assertEquals("unchanged (set)", browser.find("#password").getAttribute("placeholder"));

        browser.go("/accounts.html");
        assertEquals("BulkSMS", browser.find("tr[data-account='" + ACCOUNT + "'] td:nth-child(2)").getText());
    }

    @Test
    @Order(3)
    void aBindGroupIsAddedWithinTheSessionCap() {
        browser.go("/account.html?name=" + ACCOUNT);
        browser.until(d -> browser.all("#groups tbody tr").size() == 1 ? Boolean.TRUE : null);
        assertTrue(browser.visibleText("#groups-summary").contains("session cap 10"));

        browser.click("#add-group");
        List<WebElement> rows = browser.all("#groups tbody tr");
        assertEquals(2, rows.size());
        browser.type("#groups tbody tr:nth-child(2) [data-field='name']", "marketing");
        browser.type("#groups tbody tr:nth-child(2) [data-field='systemType']", "5");
        browser.type("#groups tbody tr:nth-child(2) [data-field='transmitters']", "12");
        browser.click("#save-groups");
        assertTrue(browser.visibleText("[data-error-for='groups']").contains("exceed the session cap of 10"));

        browser.type("#groups tbody tr:nth-child(2) [data-field='transmitters']", "2");
        browser.click("#save-groups");
        browser.waitForText("#notice", "Bind groups saved. The adapter opens and closes binds to match.");
        browser.go("/account.html?name=" + ACCOUNT);
        browser.until(d -> browser.all("#groups tbody tr").size() == 2 ? Boolean.TRUE : null);
        assertEquals("marketing", browser.find("#groups tbody tr:nth-child(2) [data-field='name']").getAttribute("value"));
        assertTrue(browser.visibleText("#groups-summary").startsWith("4 binds in total"));
    }

    @Test
    @Order(4)
    void aMessageIsFoundAndItsPageShowsTheTimeline() {
        Instant sent = Instant.now().truncatedTo(ChronoUnit.SECONDS).minusSeconds(120);
        Seed seed = new Seed(console.store());
        seed.submission(ACCOUNT, "Shop", "+447700900123", "Your code is 1234", "web-ref-1", sent, "web-msg-1");
        seed.receipt(ACCOUNT, "web-msg-1", DeliveryState.ENROUTE, "000", sent.plusSeconds(1));
        seed.receipt(ACCOUNT, "web-msg-1", DeliveryState.DELIVERED, "000", sent.plusSeconds(3));

        browser.go("/messages.html");
        browser.type("#q-userReference", "web-ref-1");
        browser.click("#search");
        String row = browser.until(d -> {
            List<WebElement> rows = browser.all("#messages tbody tr[data-message]");
            return rows.size() == 1 && rows.get(0).getText().contains("+447700900123") ? rows.get(0).getText() : null;
        });
        assertTrue(row.contains("DELIVERED"), row);
        assertTrue(row.contains("web-ref-1"), row);
        assertTrue(browser.find("#export").getAttribute("href").contains("userReference=web-ref-1"));
        assertTrue(browser.find("#export").getAttribute("href").contains("format=csv"));
        browser.until(d -> !browser.all("#chart-outcomes svg rect.delivered").isEmpty() ? Boolean.TRUE : null);

        browser.click("#messages tbody tr[data-message] a");
        browser.until(d -> browser.location().startsWith("/message.html?id=") ? Boolean.TRUE : null);
        browser.until(d -> browser.all("#timeline li").size() == 3 ? Boolean.TRUE : null);
        List<String> states = browser.all("#timeline li").stream().map(li -> li.getAttribute("data-state")).toList();
        assertEquals(List.of("SUBMITTED", "ENROUTE", "DELIVERED"), states);
        assertTrue(browser.all("#timeline li").get(2).getText().contains("receipt for web-msg-1"));
        assertEquals("web-msg-1", browser.find("#parts tbody tr td:nth-child(2)").getText());
    }

    @Test
    @Order(5)
    void theSessionsPageFollowsTheAdapterWithoutAReload() {
        Seed seed = new Seed(console.store());
        seed.sessions("web-node", List.of(
                Seed.session("web-node", ACCOUNT, "default", 0, "127.0.0.1:2775", "TRANSCEIVER", "BOUND_TRX", null)));
        browser.go("/sessions.html?account=" + ACCOUNT);
        String row = "tr[data-session='web-node/" + ACCOUNT + "/0'] .session-state";
        browser.waitForText(row, "BOUND_TRX");
        browser.script("window.sameDocument = 'yes';");

        // The simulator drops the connection: the adapter reports the bind reconnecting.
        seed.sessions("web-node", List.of(Seed.session("web-node", ACCOUNT, "default", 0, "127.0.0.1:2775",
                "TRANSCEIVER", "CONNECTING", "connection closed by the SMSC")));
        browser.waitForText(row, "CONNECTING");
        assertEquals("connection closed by the SMSC",
                browser.find("tr[data-session='web-node/" + ACCOUNT + "/0'] .last-error").getText());
        assertEquals("yes", browser.script("return window.sameDocument;"), "the page refreshed itself, not reloaded");

        seed.sessions("web-node", List.of(
                Seed.session("web-node", ACCOUNT, "default", 0, "127.0.0.1:2775", "TRANSCEIVER", "BOUND_TRX", null)));
        browser.waitForText(row, "BOUND_TRX");
        assertFalse(browser.visibleText("#bound-total").isEmpty());
    }
}
