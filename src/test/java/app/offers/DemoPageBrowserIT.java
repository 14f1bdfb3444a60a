package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import app.offers.discount.LiveOffers;

/**
 * The demo checkout page in a real headless Chromium (Debian's chromium and
 * chromium-driver, which .ci/run installs), as a laptop (1280 px) and a phone (390 px)
 * show it: post a real sample, check a cart's saving, see its curve, compare banks.
 * Full-page screenshots go to target/screenshots; nothing may stick out on the right.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoPageBrowserIT {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File DRIVER = new File("/usr/bin/chromedriver");

	static ChromeDriver browser;

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LiveOffers live;

	@BeforeAll
	static void startBrowser() {
		Assumptions.assumeTrue(CHROMIUM.canExecute() && DRIVER.canExecute(),
				"browser test skipped: install Debian's chromium and chromium-driver (apt-get install chromium "
						+ "chromium-driver) to run it");
		ChromeOptions options = new ChromeOptions();
		options.setBinary(CHROMIUM);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync");
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER)
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	@BeforeEach
	void emptyStore() {
		jdbc.update("delete from offer");
		live.reloadAll();
	}

	WebElement waitForText(String id, String text) {
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
		return browser.findElement(By.id(id));
	}

	/** The page as a phone (390 px, mobile viewport) or a laptop (1280 px) shows it. */
	void open(int width) {
		browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height",
				width < 600 ? 844 : 800, "deviceScaleFactor", 1, "mobile", width < 600));
		browser.get("http://localhost:" + port + "/");
		assertThat(browser.getTitle()).contains("Checkout demo");
	}

	void learnSample(int index, String learned) {
		new Select(browser.findElement(By.id("sample"))).selectByIndex(index);
		browser.findElement(By.id("load-sample")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> d.findElement(By.id("payload")).getDomProperty("value").length() > 100);
		browser.findElement(By.id("post")).click();
		assertThat(waitForText("post-result", "Learned").getText()).isEqualTo(learned);
	}

	void cart(String amount, String bank, String instrument) {
		WebElement amountField = browser.findElement(By.id("amount"));
		amountField.clear();
		amountField.sendKeys(amount);
		WebElement bankField = browser.findElement(By.id("bank"));
		bankField.clear();
		bankField.sendKeys(bank);
		new Select(browser.findElement(By.id("instrument"))).selectByVisibleText(instrument);
		browser.findElement(By.id("check")).click();
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1280, 390 })
	void aShopperPostsASampleAndSeesTheBestWaysToPay(int width) throws IOException {
		open(width);
		learnSample(0, "Learned 28 offers, 28 of them new.");

		cart("80000", "HDFC Bank", "Credit card EMI");
		assertThat(waitForText("you-save", "₹").getText()).isEqualTo("₹4,500");
		assertThat(browser.findElement(By.id("you-pay")).getText()).isEqualTo("₹75,500");
		assertThat(browser.findElement(By.id("cart-amount")).getText()).isEqualTo("₹80,000");
		assertThat(browser.findElement(By.id("discount")).getText())
			.contains("Best offer for HDFC Bank with Credit card EMI");

		// the curve of that bank and instrument, drawn, with axes in rupees grouped the
		// Indian way
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> !d.findElements(By.cssSelector("#curve svg path.curve")).isEmpty());
		List<String> ticks = browser.findElements(By.cssSelector("#curve svg text.tick"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(ticks).contains("₹0", "₹1,00,000")
			.allMatch(t -> t.matches("₹\\d{1,2}(,\\d{2})*(,\\d{3})?|₹\\d{1,3}"));
		assertThat(browser.findElement(By.cssSelector("#curve svg text.marker-label")).getText())
			.isEqualTo("₹4,500 off ₹80,000");

		browser.findElement(By.id("rank")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> !d.findElements(By.cssSelector("#options article.bank")).isEmpty());
		List<WebElement> banks = browser.findElements(By.cssSelector("#options article.bank"));
		assertThat(banks.get(0).findElement(By.cssSelector("h3 .best")).getText()).isEqualTo("Save ₹10,000");
		// grouped by bank, each offer once per bank with the ways to pay it covers, in
		// words rather than codes
		assertThat(banks).hasSizeLessThan(20);
		assertThat(browser.findElements(By.cssSelector("#options li"))).hasSizeLessThan(60);
		String shown = browser.findElement(By.id("options")).getDomProperty("textContent");
		assertThat(shown).contains("HDFC Bank", "Credit card EMI", "ICICI Bank")
			.doesNotContainPattern("\\b(EMI_OPTIONS|NET_OPTIONS|UPI_INTENT|UPI_COLLECT|CREDIT)\\b");

		Path screenshot = screenshot("demo-page-" + width + ".png");
		assertThat(screenshot).isNotEmptyFile();
		assertNothingOverflows(width);
	}

	@Test
	void anUnknownBankIsToldSoAndNothingIsPlotted() {
		open(1280);
		learnSample(1, "Learned 5 offers, 5 of them new.");
		cart("20000", "Bank of Atlantis", "Credit card");
		assertThat(waitForText("no-offers", "No offers").getText()).isEqualTo("No offers known for Bank of Atlantis.");
		assertThat(browser.findElements(By.cssSelector("#curve svg"))).isEmpty();
		// a known bank, but an amount below its offers' minimum: said so, with where they
		// start
		cart("600", "IDFC First Bank", "Credit or debit card");
		assertThat(waitForText("no-offers", "start at").getText())
			.isEqualTo("No offer for IDFC FIRST Bank on ₹600: offers start at ₹5,000.");
	}

	@Test
	void conditionsAreListedUnderAnOfferWhenTheServiceSendsThem() {
		open(390);
		Object counts = browser.executeScript(
				"""
						const offer = { summary: '10% off', conditions: ['Minimum cart ₹5,000', 'Credit card EMI of 9 months or more'] };
						const withConditions = offerItem(offer, 80000, 1500, ['EMI_OPTIONS'], false);
						const without = offerItem({ summary: '5% off' }, 80000, 100, ['CREDIT'], true);
						return [withConditions.querySelectorAll('ul.conditions li').length,
						        without.querySelectorAll('ul.conditions').length, withConditions.textContent];""");
		assertThat(counts.toString()).startsWith("[2, 0, Credit card EMI10% offMinimum cart ₹5,000");
	}

	@Test
	void aBadAmountShowsTheServicesExplanation() {
		open(1280);
		WebElement amount = browser.findElement(By.id("amount"));
		amount.clear();
		amount.sendKeys("-5");
		browser.findElement(By.id("check")).click();
		assertThat(waitForText("discount", "amountToPay").getAttribute("class")).contains("error");
	}

	/** The whole page, not just the viewport, into target/screenshots. */
	Path screenshot(String name) throws IOException {
		Number height = (Number) browser.executeScript("return document.documentElement.scrollHeight");
		Number width = (Number) browser.executeScript("return window.innerWidth");
		Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot",
				Map.of("format", "png", "captureBeyondViewport", true, "clip",
						Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
		Path file = Path.of("target", "screenshots", name);
		Files.createDirectories(file.getParent());
		Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
		return file;
	}

	/** No horizontal scroll, and no element whose right edge lies beyond the viewport. */
	void assertNothingOverflows(int width) {
		assertThat(((Number) browser.executeScript("return window.innerWidth")).intValue()).isEqualTo(width);
		assertThat(((Number) browser.executeScript("return document.documentElement.scrollWidth")).intValue())
			.isLessThanOrEqualTo(width);
		Object beyond = browser.executeScript(
				"""
						return [...document.querySelectorAll('body *')]
						  .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 0.5)
						  .map((e) => e.tagName + '#' + e.id + '.' + e.getAttribute('class') + ' right=' + e.getBoundingClientRect().right);""");
		assertThat((List<?>) beyond).as("elements beyond the right edge at %d px", width).isEmpty();
	}

}
