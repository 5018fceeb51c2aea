package org.smppconnector.console.browser;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium driven by its chromedriver, with a fresh profile under
 * {@code target/}, and the few steps the console's browser tests repeat. Waits poll a
 * condition with a deadline; nothing sleeps.
 */
public final class Browser implements AutoCloseable {

    public static final String CHROMIUM = "/usr/bin/chromium";
    public static final String CHROMEDRIVER = "/usr/bin/chromedriver";
    static final Duration WAIT = Duration.ofSeconds(15);

    private final ChromeDriver driver;
    private final String base;

    private Browser(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        Path profile = Path.of("target", "browser-profiles", UUID.randomUUID().toString()).toAbsolutePath();
        try {
            Files.createDirectories(profile);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    /** A browser on the console at {@code base}; the test is skipped where Chromium is not installed. */
    public static Browser open(String base) {
        Assumptions.assumeTrue(new File(CHROMIUM).canExecute() && new File(CHROMEDRIVER).canExecute(),
                "Debian's chromium and chromium-driver are needed (apt install chromium chromium-driver)");
        return new Browser(base);
    }

    public WebDriver driver() {
        return driver;
    }

    public void go(String path) {
        driver.get(base + path);
    }

    /** The path and query of the current page. */
    public String location() {
        String url = driver.getCurrentUrl();
        return url.startsWith(base) ? url.substring(base.length()) : url;
    }

    public WebElement find(String css) {
        return until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    public List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    public void type(String css, String text) {
        WebElement input = find(css);
        input.clear();
        input.sendKeys(text);
    }

    public void select(String css, String value) {
        new Select(find(css)).selectByValue(value);
    }

    public void click(String css) {
        until(d -> {
            WebElement element = d.findElement(By.cssSelector(css));
            return element.isDisplayed() && element.isEnabled() ? element : null;
        }).click();
    }

    /** Waits until the element shows exactly this text. */
    public void waitForText(String css, String text) {
        until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return !found.isEmpty() && found.get(0).getText().equals(text) ? Boolean.TRUE : null;
        });
    }

    /** Waits until the element is shown and returns its text. */
    public String visibleText(String css) {
        return until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector(css));
            return !found.isEmpty() && found.get(0).isDisplayed() && !found.get(0).getText().isEmpty()
                    ? found.get(0).getText() : null;
        });
    }

    public <T> T until(Function<WebDriver, T> condition) {
        WebDriverWait wait = new WebDriverWait(driver, WAIT);
        // Pages redraw their tables on every refresh: an element found a moment ago may be gone.
        wait.ignoring(StaleElementReferenceException.class);
        return wait.until(condition::apply);
    }

    public Object script(String js, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(js, arguments);
    }

    /** Signs in through the sign-in page, starting from {@code path}, and waits to be back on it. */
    public void signIn(String path, String user, String password) {
        go(path);
        until(d -> location().startsWith("/login.html") ? Boolean.TRUE : null);
        type("#username", user);
        type("#password", password);
        click("#sign-in");
        until(d -> location().equals(path) ? Boolean.TRUE : null);
        find("#whoami");
    }

    @Override
    public void close() {
        driver.quit();
    }
}
