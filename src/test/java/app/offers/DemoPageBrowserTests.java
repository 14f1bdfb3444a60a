package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
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
 * The demo checkout page in a real headless Chromium (Debian's chromium and chromium-driver, which .ci/run
 * installs): load a sample, post it, ask for the highest discount, rank the payment options.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoPageBrowserTests {

	static final File CHROMIUM = new File("/usr/bin/chromium");

	static final File DRIVER = new File("/usr/bin/chromedriver");

	static WebDriver browser;

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

	@Test
	void aShopperPostsASampleAndSeesTheBestWaysToPay() {
		browser.get("http://localhost:" + port + "/");
		assertThat(browser.getTitle()).contains("checkout demo");

		new Select(browser.findElement(By.id("sample"))).selectByIndex(0);
		browser.findElement(By.id("load-sample")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(
				d -> d.findElement(By.id("payload")).getDomProperty("value").contains("FPO250704204930KZYV3"));
		browser.findElement(By.id("post")).click();
		assertThat(waitForText("post-result", "offers found").getText()).isEqualTo("28 offers found, 28 new");

		WebElement amount = browser.findElement(By.id("amount"));
		amount.clear();
		amount.sendKeys("80000");
		WebElement bank = browser.findElement(By.id("bank"));
		bank.clear();
		bank.sendKeys("HDFC");
		new Select(browser.findElement(By.id("instrument"))).selectByVisibleText("EMI_OPTIONS");
		browser.findElement(By.id("check")).click();
		assertThat(waitForText("discount", "Highest discount").getText()).isEqualTo("Highest discount: ₹4500");

		browser.findElement(By.id("rank")).click();
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(d -> !d.findElements(By.cssSelector("#options tbody tr")).isEmpty());
		List<WebElement> first = browser.findElements(By.cssSelector("#options tbody tr:first-child td"));
		assertThat(first.get(2).getText()).isEqualTo("10000");
	}

	@Test
	void aBadAmountShowsTheServicesExplanation() {
		browser.get("http://localhost:" + port + "/");
		WebElement amount = browser.findElement(By.id("amount"));
		amount.clear();
		amount.sendKeys("-5");
		browser.findElement(By.id("check")).click();
		assertThat(waitForText("discount", "amountToPay").getAttribute("class")).contains("error");
	}
}
