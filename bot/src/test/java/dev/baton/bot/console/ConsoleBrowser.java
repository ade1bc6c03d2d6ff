package dev.baton.bot.console;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A headless Chromium driven over WebDriver, as the console's browser tests use it:
 * Debian's {@code chromium} and {@code chromium-driver} packages ({@code .ci/run}
 * installs them when missing; a test never skips without them), a 1366×768 window (or a
 * phone's), screenshots kept under {@code bot/target/console-screenshots}.
 */
public final class ConsoleBrowser implements AutoCloseable {

	static final String CHROMIUM = "/usr/bin/chromium";

	static final String CHROMEDRIVER = "/usr/bin/chromedriver";

	static final Path SCREENSHOTS = Path.of("target", "console-screenshots");

	private final ChromeDriver driver;

	private final String base;

	private ConsoleBrowser(ChromeDriver driver, String base) {
		this.driver = driver;
		this.base = base;
	}

	/**
	 * A fresh browser (no cookies) for the console at http://localhost:port, in the
	 * reader's language.
	 */
	public static ConsoleBrowser open(int port, String acceptLanguage) {
		for (String file : new String[] { CHROMIUM, CHROMEDRIVER }) {
			if (!new File(file).canExecute()) {
				throw new IllegalStateException(file + " is missing: install the Debian packages chromium and"
						+ " chromium-driver (apt-get install chromium chromium-driver; .ci/run does it)");
			}
		}
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
				"--window-size=1366,768", "--lang=" + acceptLanguage, "--no-first-run", "--disable-extensions",
				"--disable-background-networking", "--disable-sync", "--disable-component-update");
		options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", acceptLanguage));
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
			.usingAnyFreePort()
			.build();
		ChromeDriver driver = new ChromeDriver(service, options);
		driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
		return new ConsoleBrowser(driver, "http://localhost:" + port);
	}

	public static ConsoleBrowser open(int port) {
		return open(port, "zh-CN");
	}

	public ChromeDriver driver() {
		return driver;
	}

	public String base() {
		return base;
	}

	/** Goes to a path of the console's server (or a full URL). */
	public ConsoleBrowser go(String pathOrUrl) {
		driver.get(pathOrUrl.startsWith("http") ? pathOrUrl : base + pathOrUrl);
		return this;
	}

	/** The path the browser is on now, without the query and the fragment. */
	public String path() {
		String url = driver.getCurrentUrl();
		int fragment = url.indexOf('#');
		url = fragment < 0 ? url : url.substring(0, fragment);
		String rest = url.startsWith(base) ? url.substring(base.length()) : url;
		int query = rest.indexOf('?');
		return query < 0 ? rest : rest.substring(0, query);
	}

	public WebElement find(String css) {
		return driver.findElement(By.cssSelector(css));
	}

	public boolean has(String css) {
		return !driver.findElements(By.cssSelector(css)).isEmpty();
	}

	public String text(String css) {
		return find(css).getText();
	}

	/** Types into the field labelled so (by its id), replacing what it held. */
	public ConsoleBrowser type(String id, String value) {
		WebElement field = driver.findElement(By.id(id));
		field.clear();
		field.sendKeys(value);
		return this;
	}

	/**
	 * Clicks what leads to another page (a link, a form's button) and waits until that
	 * page has replaced this one: a click can return before a slow answer (a password
	 * hashed, a platform asked) has arrived.
	 */
	public ConsoleBrowser click(String css) {
		WebElement page = driver.findElement(By.tagName("html"));
		find(css).click();
		new WebDriverWait(driver, Duration.ofSeconds(60)).until(replaced(page));
		return this;
	}

	/**
	 * Runs a script that submits a form (as a page's own script would) and waits for the
	 * next page.
	 */
	public ConsoleBrowser submitByScript(String script, Object... args) {
		WebElement page = driver.findElement(By.tagName("html"));
		driver.executeScript(script, args);
		new WebDriverWait(driver, Duration.ofSeconds(60)).until(replaced(page));
		return this;
	}

	/**
	 * The page an element belongs to has been replaced: Selenium's stalenessOf knows only
	 * the stale-element error, and Chromium may answer a node of the old document with
	 * "Node with given id does not belong to the document".
	 */
	private static org.openqa.selenium.support.ui.ExpectedCondition<Boolean> replaced(WebElement page) {
		return d -> {
			try {
				page.isEnabled();
				return false;
			}
			catch (org.openqa.selenium.StaleElementReferenceException gone) {
				return true;
			}
			catch (org.openqa.selenium.WebDriverException other) {
				if (String.valueOf(other.getMessage()).contains("does not belong to the document")) {
					return true;
				}
				throw other;
			}
		};
	}

	/** Signs in with a local account on the sign-in page. */
	public ConsoleBrowser signIn(String username, String password) {
		go("/console/signin");
		type("username", username).type("password", password).click("#signin");
		return this;
	}

	/** The value of a cookie the console set, or null. */
	public String cookie(String name) {
		Cookie cookie = driver.manage().getCookieNamed(name);
		return cookie == null ? null : cookie.getValue();
	}

	public Cookie cookieNamed(String name) {
		return driver.manage().getCookieNamed(name);
	}

	public ConsoleBrowser phone() {
		driver.manage().window().setSize(new Dimension(390, 844));
		return this;
	}

	public ConsoleBrowser desk() {
		driver.manage().window().setSize(new Dimension(1366, 768));
		return this;
	}

	/** Saves what the browser shows as {@code target/console-screenshots/<name>.png}. */
	public Path screenshot(String name) {
		try {
			Files.createDirectories(SCREENSHOTS);
			File shot = driver.getScreenshotAs(OutputType.FILE);
			Path target = SCREENSHOTS.resolve(name + ".png");
			Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
			return target;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Override
	public void close() {
		driver.quit();
	}

}
