package org.smppconnector.it.micro;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.smppconnector.console.browser.Browser;
import org.smppconnector.console.testing.TestConsole;
import org.smppconnector.simulator.SmscSimulator;
import org.smppconnector.simulator.session.SimulatedSession;

/**
 * The whole product at once: the management console (started in this JVM on the adapter's H2
 * store, which the adapter in Payara opened first with AUTO_SERVER=TRUE) driven in headless
 * Chromium, the adapter following what the console writes, the sample sending, and the BulkSMS
 * simulator answering. Nothing is seeded: every row the pages show was written by the adapter.
 *
 * <p>The steps build on each other (an account, then its bind groups, then a message on it, then
 * its sessions dropped), so they run in order on one browser. Every wait polls the page with a
 * deadline.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class FullStackTests {

    /** A BulkSMS account only the console configures: the simulator learns it through its API. */
    private static final String ACCOUNT = "webbulk";
    private static final String PASSWORD = "web12345"; // BulkSMS takes at most 8 characters
    private static final String TO = "+4512345678";
    /** The adapter polls the store every second and writes session status every second (postboot.txt);
     *  the accounts page refreshes every 5 s, the sessions page every 2 s. */
    private static final Duration ADAPTER_WAIT = Duration.ofSeconds(30);

    private TestConsole console;
    private Browser browser;
    private String messageId;

    @BeforeAll
    void startTheConsoleOnTheAdaptersStore() {
        Simulators.get("bulksms").addAccount(ACCOUNT, PASSWORD);
        String dbUrl = "jdbc:h2:file:" + System.getProperty("it.store.dir") + "/smppconnector;AUTO_SERVER=TRUE";
        console = TestConsole.on(dbUrl);
        browser = Browser.open(console.url());
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (console != null) {
            console.close();
        }
    }

    @Test
    @Order(1)
    void signIn() {
        browser.go("/accounts.html");
        browser.until(d -> browser.location().startsWith("/login.html") ? Boolean.TRUE : null);
        browser.type("#username", TestConsole.ADMIN);
        browser.type("#password", TestConsole.ADMIN_PASSWORD);
        browser.click("#sign-in");
        browser.until(d -> browser.location().equals("/accounts.html") ? Boolean.TRUE : null);
        assertEquals("admin (admin)", browser.visibleText("#whoami"));
        // The accounts the pools seeded into the store are listed, as the adapter runs them.
        assertEquals("BulkSMS", browser.find("tr[data-account='bulksms'] td:nth-child(2)").getText());
    }

    @Test
    @Order(2)
    void aBulkSmsAccountCreatedFromThePresetIsBoundByTheAdapter() {
        int port = Simulators.get("bulksms").port();
        browser.go("/account.html");
        browser.find("#provider option[value='bulksms']");
        browser.select("#provider", "bulksms");
        browser.until(d -> "10".equals(browser.find("#sessionCap").getAttribute("value")) ? Boolean.TRUE : null);
        browser.type("#name", ACCOUNT);
        browser.type("#hosts", "localhost:" + port);
        browser.type("#systemId", ACCOUNT);
        browser.type("#password", PASSWORD);
        browser.type("#reconnectDelaySeconds", "1");
        browser.click("#save");
        browser.until(d -> browser.location().startsWith("/account.html?name=" + ACCOUNT) ? Boolean.TRUE : null);
        assertEquals("Account created.", browser.visibleText("#notice"));

        browser.go("/accounts.html");
        String row = "tr[data-account='" + ACCOUNT + "']";
        // The preset's one transceiver (group "0"), bound: the count turns "good" once all binds are.
        waitFor("the accounts page to show " + ACCOUNT + " bound", d -> {
            List<WebElement> bound = d.findElements(By.cssSelector(row + " .bound-count.good"));
            return !bound.isEmpty() && bound.get(0).getText().equals("1") ? Boolean.TRUE : null;
        });
        assertEquals("BulkSMS", browser.find(row + " td:nth-child(2)").getText());
        assertEquals("localhost:" + port, browser.find(row + " td:nth-child(4)").getText());
        SimulatedSession bind = Simulators.get("bulksms").awaitBound(ACCOUNT, Duration.ofSeconds(5));
        assertEquals("0", bind.systemType(), "the preset's group 0");
    }

    @Test
    @Order(3)
    void anAddedBindGroupOpensOneMoreBindThatTheSessionsPageShows() {
        browser.go("/account.html?name=" + ACCOUNT);
        browser.until(d -> browser.all("#groups tbody tr").size() == 1 ? Boolean.TRUE : null);
        browser.click("#add-group");
        String added = "#groups tbody tr:nth-child(2) ";
        browser.type(added + "[data-field='name']", "marketing");
        browser.type(added + "[data-field='systemType']", "5");
        // A transceiver: BulkSMS sends a message's receipt back on its own group's receiver.
        browser.type(added + "[data-field='transceivers']", "1");
        browser.click("#save-groups");
        browser.waitForText("#notice", "Bind groups saved. The adapter opens and closes binds to match.");

        browser.go("/sessions.html?account=" + ACCOUNT);
        waitFor("the sessions page to show two bound binds of " + ACCOUNT, d -> {
            List<String> states = sessionStates();
            return states.size() == 2 && states.stream().allMatch(state -> state.startsWith("BOUND")) ? Boolean.TRUE : null;
        });
        List<String> groups = browser.all("#sessions tbody tr td:nth-child(2)").stream().map(WebElement::getText).sorted().toList();
        assertEquals(List.of("default", "marketing"), groups);
        assertEquals(2, Simulators.get("bulksms").awaitBound(ACCOUNT, 2, Duration.ofSeconds(5)).size());
    }

    @Test
    @Order(4)
    void aMessageSentThroughTheSampleIsFoundWithItsReceipt() {
        SampleClient.Answer sent = Sends.accepted(ACCOUNT, TO, "Hello from the full stack", true, 1);
        assertEquals(ACCOUNT, sent.body().getString("account"));
        messageId = sent.messageIds().get(0);

        browser.go("/messages.html");
        browser.type("#q-messageId", messageId);
        browser.click("#search");
        // The receipt comes from the simulator a moment after the submission: search again until it shows.
        String found = waitFor("the message search to show " + messageId + " DELIVERED", d -> {
            List<WebElement> rows = browser.all("#messages tbody tr[data-message]");
            if (rows.size() == 1 && rows.get(0).getText().contains("DELIVERED")) {
                return rows.get(0).getText();
            }
            browser.click("#search");
            return null;
        });
        assertTrue(found.contains(ACCOUNT), found);
        assertTrue(found.contains(TO), found);
        assertTrue(found.contains("Hello from the full stack"), found);
    }

    @Test
    @Order(5)
    void theMessagesPageShowsItsTimeline() {
        browser.click("#messages tbody tr[data-message] a");
        browser.until(d -> browser.location().startsWith("/message.html?id=") ? Boolean.TRUE : null);
        List<WebElement> timeline = browser.until(d -> {
            List<WebElement> items = browser.all("#timeline li");
            return items.size() >= 2 ? items : null;
        });
        List<String> states = timeline.stream().map(li -> li.getAttribute("data-state")).toList();
        assertEquals("SUBMITTED", states.get(0), states::toString);
        assertEquals("DELIVERED", states.get(states.size() - 1), states::toString);
        assertTrue(timeline.get(timeline.size() - 1).getText().contains("receipt for " + messageId),
                timeline.get(timeline.size() - 1)::getText);
        assertEquals(messageId, browser.find("#parts tbody tr td:nth-child(2)").getText());
    }

    @Test
    @Order(6)
    void theSessionsPageFollowsTheSimulatorDroppingTheConnections() {
        SmscSimulator smsc = Simulators.get("bulksms");
        browser.go("/sessions.html?account=" + ACCOUNT);
        waitFor("both binds bound", d -> sessionStates().size() == 2
                && sessionStates().stream().allMatch(state -> state.startsWith("BOUND")) ? Boolean.TRUE : null);
        browser.script("window.sameDocument = 'yes';");

        // Dropped, and refused while the page is watched: the binds stay down until the SMSC takes binds again.
        smsc.faults().refuseBindsFor(Duration.ofMinutes(2));
        try {
            smsc.dropConnections(ACCOUNT);
            waitFor("the sessions page to show the binds down with their problem", d -> {
                List<String> states = sessionStates();
                List<String> errors = browser.all("#sessions tbody tr .last-error").stream()
                        .map(WebElement::getText).toList();
                return states.size() == 2 && states.stream().noneMatch(state -> state.startsWith("BOUND"))
                        && errors.stream().noneMatch(String::isEmpty) ? Boolean.TRUE : null;
            });
        } finally {
            smsc.faults().refuseBindsFor(Duration.ZERO);
        }
        waitFor("the sessions page to show the binds bound again", d -> {
            List<String> states = sessionStates();
            return states.size() == 2 && states.stream().allMatch(state -> state.startsWith("BOUND")) ? Boolean.TRUE : null;
        });
        assertEquals("yes", browser.script("return window.sameDocument;"), "the page refreshed itself, not reloaded");
    }

    /** The state shown for each bind on the sessions page. */
    private List<String> sessionStates() {
        return browser.all("#sessions tbody tr .session-state").stream().map(WebElement::getText).toList();
    }

    /** Waits for what the adapter does (binds, store writes) to reach the page, longer than a page's own waits. */
    private <T> T waitFor(String description, Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(browser.driver(), ADAPTER_WAIT);
        wait.ignoring(StaleElementReferenceException.class);
        wait.withMessage(description);
        return wait.until(condition::apply);
    }
}
