package org.apparatus.workbench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The base of the workbench's browser tests: the application as {@code serve} runs it
 * (the seed province in an embedded Neo4j of its own) on a random port, driven by a real
 * headless Chromium through chromedriver (the Debian packages {@code chromium} and
 * {@code chromium-driver}; {@code .ci/run} installs them). Every subclass shares this one
 * configuration, so one application context serves them all; add nothing to a subclass
 * that changes it. A failing test leaves a screenshot of its page in
 * {@code target/workbench-screenshots/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "apparatus.store=target/test-stores/workbench-${random.uuid}", "apparatus.bolt-port=0" })
@ExtendWith(BrowserTest.Screenshots.class)
abstract class BrowserTest {

	static final Path SCREENSHOTS = Path.of("target", "workbench-screenshots");

	static final String CHROMIUM = System.getProperty("chromium.binary", "/usr/bin/chromium");

	static final String CHROMEDRIVER = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");

	static ChromeDriver browser;

	private static Path profile;

	@LocalServerPort
	int port;

	@BeforeAll
	static void startBrowser() throws IOException {
		profile = Files.createTempDirectory("apparatus-chromium");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
				"--disable-background-networking", "--disable-component-update", "--disable-sync",
				"--disable-dev-shm-usage", "--window-size=1366,768", "--lang=vi", "--user-data-dir=" + profile);
		ChromeDriverService service = new ChromeDriverService.Builder()
			.usingDriverExecutable(Path.of(CHROMEDRIVER).toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
	}

	@AfterAll
	static void stopBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
			browser = null;
		}
		if (profile != null) {
			try (var files = Files.walk(profile)) {
				files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
			}
		}
	}

	@BeforeEach
	void signedOut() {
		open("/login");
		browser.manage().deleteAllCookies();
	}

	String url(String path) {
		return "http://localhost:" + this.port + path;
	}

	void open(String path) {
		browser.get(url(path));
	}

	/** Signs in with the form, as a person does, and waits for the page it leads to. */
	void signIn(String user, String password) {
		open("/login");
		type(By.id("username"), user);
		type(By.id("password"), password);
		String before = browser.getCurrentUrl();
		browser.findElement(By.id("sign-in")).click();
		new WebDriverWait(browser, Duration.ofSeconds(60))
			.until(d -> !before.equals(d.getCurrentUrl()) || !d.findElements(By.id("login-error")).isEmpty());
	}

	static void type(By field, String text) {
		WebElement element = browser.findElement(field);
		element.clear();
		element.sendKeys(text);
	}

	/**
	 * The element's text, waiting for it a while: on a loaded machine Chromium has been
	 * seen to answer "no such element" for an element of the page it had just loaded (the
	 * full-suite run of 2026-12-05, load average 13).
	 */
	static String text(By element) {
		return new WebDriverWait(browser, Duration.ofSeconds(30)).until(d -> d.findElement(element)).getText();
	}

	/** Clicks and waits until the browser has left the page. */
	static void clickAndWait(By element) {
		WebElement old = browser.findElement(By.tagName("html"));
		browser.findElement(element).click();
		// Chromium may answer "node does not belong to the document" instead of "stale"
		// while
		// the new page replaces the old one: ask again.
		new WebDriverWait(browser, Duration.ofSeconds(60)).ignoring(WebDriverException.class)
			.until(ExpectedConditions.stalenessOf(old));
	}

	/** Saves what the browser shows (for docs/workbench.md and failures). */
	static void screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
			Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		catch (IOException | RuntimeException ex) {
			System.err.println("no screenshot " + name + ": " + ex);
		}
	}

	/** Writes a screenshot of the page a failed test ended on. */
	static final class Screenshots implements TestWatcher {

		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			if (browser != null) {
				screenshot("FAILED-" + context.getRequiredTestClass().getSimpleName() + "-"
						+ context.getRequiredTestMethod().getName());
			}
		}

		@Override
		public void testAborted(ExtensionContext context, Throwable cause) {
			testFailed(context, cause);
		}

		@Override
		public void testDisabled(ExtensionContext context, Optional<String> reason) {
		}

	}

	static WebDriver driver() {
		return browser;
	}

}
