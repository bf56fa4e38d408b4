package com.orderdesk.system;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One person at the console: a real headless Chromium driven by Selenium. Debian's {@code chromium} and
 * {@code chromium-driver} are used when installed (what {@code .ci/run} installs); elsewhere Selenium Manager finds
 * or fetches a browser. Waits are generous because the suite shares two cores with three apps.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "console-screenshots");
    private static final Path DEBIAN_CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DEBIAN_CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final ChromeDriver driver;
    private final String consoleUrl;
    private final Path profile;

    private Browser(ChromeDriver driver, String consoleUrl, Path profile) {
        this.driver = driver;
        this.consoleUrl = consoleUrl;
        this.profile = profile;
    }

    /** A new browser (its own profile: no cookies shared with another person's browser) at the console. */
    static Browser open(String consoleUrl, int width, int height) {
        Path profile = temporaryProfile();
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                             "--disable-quic", "--no-first-run", "--disable-background-networking",
                             "--disable-component-update", "--disable-sync", "--disable-extensions",
                             "--lang=en-US", "--window-size=" + width + "," + height,
                             "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriver driver;
        if (Files.isExecutable(DEBIAN_CHROMIUM) && Files.isExecutable(DEBIAN_CHROMEDRIVER)) {
            options.setBinary(DEBIAN_CHROMIUM.toFile());
            ChromeDriverService service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(DEBIAN_CHROMEDRIVER.toFile()).usingAnyFreePort().build();
            driver = new ChromeDriver(service, options);
        } else {
            driver = new ChromeDriver(options); // Selenium Manager: needs a browser installed or the internet
        }
        driver.manage().timeouts().scriptTimeout(PATIENCE);
        return new Browser(driver, consoleUrl, profile);
    }

    static Browser open(String consoleUrl) {
        return open(consoleUrl, 1280, 900);
    }

    /** Opens a console path (e.g. {@code /orders}) as if typed into the address bar. */
    Browser go(String path) {
        driver.get(consoleUrl + path);
        return this;
    }

    /** Signs in through the sign-in page and waits until the header shows the person (on their start page). */
    Browser signIn(String login, String password) {
        return signInTo("/", login, password);
    }

    /** Signs in through the sign-in page, which then opens {@code path} (e.g. {@code /orders/42} or {@code /admin#support}). */
    Browser signInTo(String path, String login, String password) {
        go("/sign-in?next=" + java.net.URLEncoder.encode(path, java.nio.charset.StandardCharsets.UTF_8));
        type("input[name=login]", login);
        type("input[name=password]", password);
        click("form button[type=submit]");
        waitFor("[data-testid=person-name]");
        String pathOnly = path.replaceFirst("#.*$", "");
        wait(driver -> path().startsWith(pathOnly));
        return this;
    }

    WebElement waitFor(String css) {
        return wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /**
     * Waits until an element matching {@code css} has a text containing {@code text} and answers that element,
     * found in the same look (a page redrawn meanwhile is looked at again).
     */
    WebElement waitForText(String css, String text) {
        return wait(driver -> driver.findElements(By.cssSelector(css)).stream()
                                    .filter(element -> element.getText().contains(text)).findFirst().orElse(null));
    }

    void waitUntilGone(String css) {
        wait(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(css)));
    }

    <T> T wait(Function<? super org.openqa.selenium.WebDriver, T> condition) {
        // A page redraws as data arrives: an element found a moment ago may be replaced; look again.
        return new WebDriverWait(driver, PATIENCE, Duration.ofMillis(100))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(condition);
    }

    /** The element, waiting until the page has drawn it (pages draw after their data arrives). */
    WebElement find(String css) {
        return wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css)));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    String text(String css) {
        return waitFor(css).getText();
    }

    Browser click(String css) {
        clickCentered(wait(ExpectedConditions.elementToBeClickable(By.cssSelector(css))));
        return this;
    }

    /**
     * Clicks with the element scrolled to the middle of the window, as a person would look at it: at the window's
     * bottom edge it may lie under the "Online support" entry fixed at the bottom right.
     */
    private void clickCentered(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})", element);
        element.click();
    }

    /** Clicks the first button or link whose visible text contains {@code text}. */
    Browser clickText(String text) {
        String xpath = "//*[self::button or self::a][contains(normalize-space(.), " + xpathLiteral(text) + ")]";
        clickCentered(wait(ExpectedConditions.elementToBeClickable(By.xpath(xpath))));
        return this;
    }

    Browser type(String css, String text) {
        WebElement field = waitFor(css);
        field.clear();
        field.sendKeys(text);
        return this;
    }

    Browser press(String css, CharSequence... keys) {
        waitFor(css).sendKeys(keys);
        return this;
    }

    Browser select(String css, String value) {
        new Select(waitFor(css)).selectByValue(value);
        return this;
    }

    /** Chooses a local file in a file input. */
    Browser attach(String css, Path file) {
        // Present is enough: a file input is often hidden behind a styled drop zone.
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(css))).sendKeys(file.toAbsolutePath().toString());
        return this;
    }

    /** Empties the HTTP cache (keeping cookies), for a cold first load. */
    void clearCache() {
        driver.executeCdpCommand("Network.clearBrowserCache", java.util.Map.of());
    }

    void addCookie(org.openqa.selenium.Cookie cookie) {
        driver.manage().addCookie(cookie);
    }

    Object script(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(javascript, arguments);
    }

    Object asyncScript(String javascript, Object... arguments) {
        return ((JavascriptExecutor) driver).executeAsyncScript(javascript, arguments);
    }

    String path() {
        return (String) script("return location.pathname + location.search");
    }

    /** Saves a PNG of the page under {@code target/console-screenshots/} and answers its path. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails on errors in the browser's console since the last call: a script error, a refused request the page
     * did not expect, or a Content-Security-Policy violation (an inline script or style would show up here).
     * {@code allowed} lists substrings of messages the test provoked on purpose (e.g. a 412).
     */
    void assertNoConsoleErrors(String... allowed) {
        List<String> errors = driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                                    .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                                    .map(LogEntry::getMessage)
                                    .filter(message -> List.of(allowed).stream().noneMatch(message::contains))
                                    .toList();
        assertThat(errors).as("errors in the browser's console").isEmpty();
    }

    /**
     * Fails when axe-core finds WCAG 2 level A or AA violations on the page as it is now (missing labels, too little
     * contrast, wrong roles, ...). axe is put into the page by the driver, which the page's CSP does not restrict.
     */
    @SuppressWarnings("unchecked")
    void assertAccessible() {
        if (!Boolean.TRUE.equals(script("return typeof window.axe === 'object'"))) {
            script(AXE.get());
        }
        List<String> violations = (List<String>) asyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } })
                   .then(result => done(result.violations.map(v => v.id + ': ' + v.help + ' at '
                                         + v.nodes.slice(0, 3).map(n => n.target.join(' ')).join(' | '))))
                   .catch(error => done(['axe failed: ' + error]));""");
        assertThat(violations).as("accessibility violations on " + path()).isEmpty();
    }

    private static final java.util.function.Supplier<String> AXE = new java.util.function.Supplier<>() {
        private String script;

        @Override
        public synchronized String get() {
            if (script == null) {
                script = readAxe();
            }
            return script;
        }
    };

    private static String readAxe() {
        ClassLoader loader = Browser.class.getClassLoader();
        try (var properties = loader.getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            java.util.Properties pom = new java.util.Properties();
            pom.load(properties);
            String path = "META-INF/resources/webjars/axe-core/" + pom.getProperty("version") + "/axe.min.js";
            try (var axe = loader.getResourceAsStream(path)) {
                return new String(axe.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8); // sets window.axe
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves what the browser's console logged (since the last read) beside the screenshots, for a failed test. */
    void saveConsoleLog(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".console.txt"),
                        driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                              .map(entry -> entry.getLevel() + " " + entry.getMessage()).toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Keys[] keys(Keys... keys) {
        return keys;
    }

    private static String xpathLiteral(String text) {
        return text.contains("'") ? "\"" + text + "\"" : "'" + text + "'";
    }

    private static Path temporaryProfile() {
        try {
            return Files.createTempDirectory("orderdesk-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }
}
