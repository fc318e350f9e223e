package org.luoshi.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for browser tests: Debian's {@code chromium} driven by its
 * {@code chromedriver} (installed by {@code .ci/run}), at an office PC's 1366×768. Where
 * they are not installed the test is skipped with the reason printed, never silently
 * passed. Screenshots go to {@code target/screenshots} for review.
 */
public final class Browser implements AutoCloseable {

	private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	private static final Path SCREENSHOTS = Path.of("target", "screenshots");

	private final WebDriver driver;

	private final String base;

	private Browser(WebDriver driver, String base) {
		this.driver = driver;
		this.base = base;
	}

	/**
	 * Opens a browser on the application at {@code base} (e.g. http://localhost:port), or
	 * skips the test.
	 */
	public static Browser open(String base) {
		if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
			String reason = "browser test skipped: " + CHROMIUM + " and " + CHROMEDRIVER
					+ " are needed (apt-get install chromium chromium-driver; .ci/run does this)";
			System.out.println(reason);
			Assumptions.abort(reason);
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
				"--disable-dev-shm-usage", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--lang=zh-CN", "--window-size=1366,768");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().window().setSize(new Dimension(1366, 768));
		driver.manage().timeouts().implicitlyWait(Duration.ofSeconds(2));
		return new Browser(driver, base);
	}

	/**
	 * Signs in through the sign-in page, as a person would, and returns once the page
	 * after it shows the user signed in: a test that goes on at once would race the
	 * redirect and land wherever the sign-in sends it.
	 */
	public Browser signIn(String username, String password) {
		go("/login");
		type("#username", username);
		type("#password", password);
		find("form.form button[type=submit]").click();
		try {
			new WebDriverWait(driver, Duration.ofSeconds(10)).until((d) -> !path().equals("/login")
					&& !d.findElements(By.cssSelector("form.account[action$='/logout']")).isEmpty());
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			Path shot = screenshot("sign-in-" + username + "-" + System.currentTimeMillis());
			throw new AssertionError("signing in as " + username + " did not finish (screenshot " + shot
					+ "); the page at " + path() + " shows:\n" + text(), ex);
		}
		return this;
	}

	public Browser go(String path) {
		driver.get(base + path);
		return this;
	}

	public WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	public java.util.List<WebElement> all(String css) {
		return driver.findElements(By.cssSelector(css));
	}

	public String text() {
		return driver.findElement(By.tagName("body")).getText();
	}

	public String path() {
		return java.net.URI.create(driver.getCurrentUrl()).getPath();
	}

	public Browser type(String css, String text) {
		WebElement field = find(css);
		field.clear();
		field.sendKeys(text);
		return this;
	}

	public Browser click(String css) {
		// an element replaced between finding and clicking (a page still loading, an
		// htmx swap) is found again
		new WebDriverWait(driver, Duration.ofSeconds(10))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((d) -> {
				find(css).click();
				return true;
			});
		return this;
	}

	/** Waits up to ten seconds for the page to contain the text. */
	public Browser waitForText(String text) {
		try {
			new WebDriverWait(driver, Duration.ofSeconds(10))
				.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
		}
		catch (org.openqa.selenium.TimeoutException ex) {
			// what the page showed instead is the first thing to look at when a browser
			// test fails
			Path shot = screenshot("timeout-" + System.currentTimeMillis());
			throw new AssertionError("the page at " + path() + " did not show \"" + text + "\" (screenshot " + shot
					+ "); it shows:\n" + text(), ex);
		}
		return this;
	}

	/** Saves a screenshot as target/screenshots/{name}.png. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			Path file = SCREENSHOTS.resolve(name + ".png");
			Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
			return file;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public WebDriver driver() {
		return driver;
	}

	@Override
	public void close() {
		driver.quit();
	}

}
