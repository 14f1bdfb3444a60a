package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

import app.offers.testing.BrowserTestSupport;
import app.offers.testing.GeneratedPayloads;
import app.offers.testing.HeadlessChromium;
import app.offers.testing.LocalHttp;
import app.offers.web.problems.ProblemType;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo checkout page in a real headless Chromium (Debian's chromium and
 * chromium-driver, which .ci/run installs), as a laptop (1280 px) and a phone (390 px)
 * show it: post a real sample, check a cart's saving, see its curve, compare banks; and
 * what it shows when things go wrong: an error, a slow answer, no network, a capture
 * without offers. Full-page screenshots go to target/screenshots; nothing may stick out
 * on the right, nothing on a bank's card may overlap, and axe-core (a copy of its npm
 * package's axe.min.js in src/test/resources/axe-core) finds no accessibility violation.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class DemoPageBrowserIT extends BrowserTestSupport {

	/** What the page says when no answer came at all. */
	static final String OFFLINE = "We can't reach the offers service. Please check your connection and try again.";

	static final String AMOUNT_HELP = "Please enter a cart amount above ₹0, in rupees with at most 2 decimals "
			+ "(such as 12999 or 925.50).";

	/**
	 * Holds every request the page makes until {@code release()}; counts them in
	 * {@code held}.
	 */
	static final String HOLD_REQUESTS = """
			const original = window.fetch;
			const waiting = [];
			window.held = 0;
			window.fetch = (...args) => new Promise((resolve, reject) => {
			  window.held++;
			  waiting.push(() => original(...args).then(resolve, reject));
			});
			window.release = () => { window.fetch = original; waiting.splice(0).forEach((go) => go()); };""";

	/** axe-core's browser script (axe.min.js, MPL-2.0), injected into the page. */
	static String axe;

	@BeforeAll
	static void loadAxe() throws IOException {
		try (InputStream script = DemoPageBrowserIT.class.getResourceAsStream("/axe-core/axe.min.js")) {
			assertThat(script).as("axe-core's axe.min.js in src/test/resources/axe-core").isNotNull();
			axe = new String(script.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	@AfterEach
	void backOnline() {
		if (browser != null) {
			network(true);
		}
	}

	/**
	 * Chromium's own network emulation: offline, every request fails as without a
	 * network.
	 */
	void network(boolean online) {
		browser.executeCdpCommand("Network.enable", Map.of());
		browser.executeCdpCommand("Network.emulateNetworkConditions",
				Map.of("offline", !online, "latency", 0, "downloadThroughput", -1, "uploadThroughput", -1));
	}

	WebElement waitForText(String id, String text) {
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.id(id), text));
		return browser.findElement(By.id(id));
	}

	/** The page as a phone (390 px, mobile viewport) or a laptop (1280 px) shows it. */
	void open(int width) {
		HeadlessChromium.viewport(browser, width);
		browser.get("http://localhost:" + port + "/");
		assertThat(browser.getTitle()).contains("Checkout demo");
		// a promise the page leaves unhandled is recorded: none may be
		browser.executeScript("""
				window.unhandled = [];
				window.addEventListener('unhandledrejection', (e) => window.unhandled.push(String(e.reason)));""");
	}

	/** Chooses a capture and learns it straight away: no other step between. */
	void learnSample(int index, String learned) {
		new Select(browser.findElement(By.id("sample"))).selectByIndex(index);
		learn();
		assertThat(waitForText("post-result", "Learned").getText()).isEqualTo(learned);
		assertThat(browser.findElement(By.id("post-result")).getAttribute("class")).contains("ok");
	}

	void learn() {
		browser.findElement(By.id("post")).click();
		waitUntilAnswered("post");
	}

	/** Its button is enabled again: the request was answered, or failed. */
	void waitUntilAnswered(String button) {
		new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.findElement(By.id(button)).isEnabled());
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
		waitUntilAnswered("check");
	}

	void compareBanks(String amount) {
		WebElement amountField = browser.findElement(By.id("amount"));
		amountField.clear();
		amountField.sendKeys(amount);
		browser.findElement(By.id("rank")).click();
		waitUntilAnswered("rank");
	}

	List<WebElement> bankCards() {
		return browser.findElements(By.cssSelector("#options article.bank"));
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

		compareBanks("80000");
		List<WebElement> banks = bankCards();
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
		assertNothingOverlapsOnTheBankCards();
		assertAccessible();
	}

	/**
	 * Choosing a capture is enough: "Learn" posts the one chosen, not the one shown
	 * before, even when clicked before the chosen one has arrived. Each capture on the
	 * page is learned, the page responses among them (no "flipkartOfferApiResponse" at
	 * their top) wrapped by the page.
	 */
	@Test
	void learnPostsTheCaptureChosen() throws IOException {
		open(1280);
		learnSample(0, "Learned 28 offers, 28 of them new.");
		learnSample(2, "Learned 27 offers, 0 of them new.");
		learnSample(1, "Learned 5 offers, 1 of them new.");
		// what it posted is shown, as the capture has it
		String shownText = browser.findElement(By.id("payload")).getDomProperty("value");
		assertThat(shownText).isEqualTo(capture("samples/real-08-fkpay-options-full-5offers.json"));

		List<String> captures = new Select(browser.findElement(By.id("sample"))).getOptions()
			.stream()
			.map((option) -> option.getDomProperty("value"))
			.filter((value) -> !value.isEmpty())
			.toList();
		assertThat(captures).hasSize(3);
		assertThat(captures).as("page responses without the wrapper, which the page wraps")
			.anyMatch((path) -> !bare(path))
			.anyMatch(this::bare);
		for (int i = 0; i < captures.size(); i++) {
			new Select(browser.findElement(By.id("sample"))).selectByIndex(i);
			learn();
			assertThat(waitForText("post-result", "Learned").getText()).as(captures.get(i))
				.matches("Learned [1-9]\\d* offers, 0 of them new\\.");
		}
		assertNoUnhandledRejection();
	}

	String capture(String path) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/static/" + path)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	/**
	 * A body POST /offer takes as it is: {"flipkartOfferApiResponse": ...} at its top.
	 */
	static boolean wrapped(String json) {
		return json.stripLeading().matches("(?s)\\{\\s*\"flipkartOfferApiResponse\".*");
	}

	boolean bare(String path) {
		try {
			return !wrapped(capture(path));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	@Test
	void aResponseWithoutOffersIsAWarningNotASuccess() {
		open(1280);
		browser.findElement(By.cssSelector("#raw summary")).click();
		WebElement payload = browser.findElement(By.id("payload"));
		payload.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		payload.sendKeys("{\"hello\":\"world\"}");
		// typing makes it the shopper's own response, the one "Learn" posts
		assertThat(new Select(browser.findElement(By.id("sample"))).getFirstSelectedOption().getText())
			.startsWith("My own");
		learn();
		WebElement result = waitForText("post-result", "No offers found in this capture.");
		assertThat(result.getAttribute("class")).contains("warn").doesNotContain("ok");
		assertThat(result.getText()).doesNotContain("Learned");
		assertAccessible();

		// not JSON at all: said in a shopper's words, the service's own small beneath
		payload.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		payload.sendKeys("{bad");
		learn();
		result = waitForText("post-result", "Nothing learned.");
		assertThat(result.getAttribute("class")).contains("error");
		assertThat(result.findElement(By.cssSelector(".problem")).getText())
			.startsWith("Nothing learned. This doesn't look like a payment page's response.");
		assertThat(result.findElement(By.cssSelector(".problem-detail")).getText())
			.isEqualTo("Details: The request body is not valid JSON (line 1, column 2).");
		assertNoUnhandledRejection();
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

	/**
	 * A refused cart is told in a shopper's words, the service's own detail small
	 * beneath; and the saving, curve and bank cards of the cart before are gone.
	 */
	@Test
	void anErrorSaysWhatToDoAndLeavesNothingOfTheCartBefore() throws IOException {
		open(390);
		learnSample(0, "Learned 28 offers, 28 of them new.");
		cart("80000", "HDFC Bank", "Credit card EMI");
		waitForText("you-save", "₹4,500");
		compareBanks("80000");
		assertThat(bankCards()).isNotEmpty();
		assertThat(browser.findElements(By.cssSelector("#curve svg"))).hasSize(1);

		cart("0", "HDFC Bank", "Credit card EMI");
		WebElement answer = waitForText("discount", "Please enter a cart amount");
		assertThat(answer.getAttribute("class")).contains("error");
		assertThat(answer.findElement(By.cssSelector(".problem")).getText()).isEqualTo(AMOUNT_HELP);
		assertThat(answer.findElement(By.cssSelector(".problem-detail")).getText())
			.isEqualTo("Details: amountToPay must be greater than 0; got \"0\".");
		assertThat(browser.findElements(By.id("you-save"))).isEmpty();
		assertThat(browser.findElements(By.cssSelector("#curve svg"))).isEmpty();
		assertThat(browser.findElement(By.id("curve-caption")).getText()).startsWith("Check a saving above");
		assertThat(bankCards()).isEmpty();
		screenshot("demo-page-error-390.png");
		assertNothingOverflows(390);
		assertAccessible();

		// a bank name the service cannot read; then a bad amount for the banks' cards
		cart("80000", "H$$", "Any way");
		assertThat(waitForText("discount", "Please enter a bank").findElement(By.cssSelector(".problem")).getText())
			.isEqualTo("Please enter a bank by its name, such as HDFC Bank or State Bank of India.");
		compareBanks("80000");
		assertThat(bankCards()).isNotEmpty();
		compareBanks("-5");
		WebElement ranked = waitForText("rank-result", "Please enter a cart amount");
		assertThat(ranked.getAttribute("class")).contains("error");
		assertThat(ranked.findElement(By.cssSelector(".problem")).getText()).isEqualTo(AMOUNT_HELP);
		assertThat(bankCards()).isEmpty();
		assertNoUnhandledRejection();
	}

	/** Every problem type the service answers has its own plain sentence on the page. */
	@Test
	void everyProblemTheServiceAnswersHasAShoppersWords() {
		open(1280);
		for (ProblemType type : ProblemType.values()) {
			List<?> shown = (List<?>) browser.executeScript("""
					const [type, title, status] = arguments;
					const shown = problemMessage({ type, title, status, detail: 'as the service said it' }, status);
					return [shown.message, shown.detail, PROBLEMS[type.slice(PROBLEM.length)] !== undefined];""",
					type.type().toString(), type.title(), type.status());
			assertThat(shown.get(2)).as("%s has its own words in app.js", type.type()).isEqualTo(true);
			assertThat((String) shown.get(0)).as(type.type().toString())
				.isNotBlank()
				.doesNotContain("urn:", type.title())
				.endsWith(".");
			assertThat(shown.get(1)).isEqualTo("as the service said it");
		}
		// an answer that is no problem document: by its status
		List<?> unknown = (List<?>) browser.executeScript(
				"return [problemMessage(null, 502).message, problemMessage({ type: 'about:blank' }, 400).message];");
		assertThat(unknown.stream().map(String::valueOf).toList()).containsExactly(
				"Something went wrong on our side. Please try again in a moment.",
				"The offers service could not read this request. Please reload the page and try again.");
	}

	/**
	 * While a request is on its way its button is disabled and says what is happening,
	 * its section is aria-busy, and a second click or Enter sends nothing; all is back
	 * once it is answered.
	 */
	@Test
	void aSlowAnswerShowsItIsOnItsWay() {
		open(1280);
		learnSample(0, "Learned 28 offers, 28 of them new.");
		new Select(browser.findElement(By.id("instrument"))).selectByVisibleText("Credit card EMI");
		for (List<String> step : List.of(List.of("post", "step-offers", "Learning…", "Learn these offers"),
				List.of("check", "step-cart", "Checking…", "Check my saving"),
				List.of("rank", "step-rank", "Comparing…", "Compare banks"))) {
			WebElement button = browser.findElement(By.id(step.get(0)));
			WebElement section = browser.findElement(By.id(step.get(1)));
			browser.executeScript(HOLD_REQUESTS);
			button.click();
			assertThat(button.isEnabled()).as(step.get(0)).isFalse();
			assertThat(button.getText()).isEqualTo(step.get(2));
			assertThat(section.getAttribute("aria-busy")).isEqualTo("true");
			if (step.get(0).equals("check")) {
				browser.findElement(By.id("amount")).sendKeys(Keys.ENTER);
			}
			assertThat(((Number) browser.executeScript("return window.held")).intValue()).isEqualTo(1);
			if (step.get(0).equals("post")) {
				assertThat(browser.findElement(By.id("post-result")).getText())
					.isEqualTo("Learning the offers in this capture…");
			}
			browser.executeScript("window.release()");
			waitUntilAnswered(step.get(0));
			assertThat(button.getText()).isEqualTo(step.get(3));
			assertThat(section.getAttribute("aria-busy")).isEqualTo("false");
		}
		assertThat(browser.findElement(By.id("post-result")).getText()).isEqualTo("Learned 28 offers, 0 of them new.");
		assertThat(browser.findElement(By.id("you-save")).getText()).isEqualTo("₹4,500");
		assertThat(bankCards()).isNotEmpty();
		assertNoUnhandledRejection();
	}

	/**
	 * No network: each button tells the shopper so, in plain words; nothing is left
	 * unhandled.
	 */
	@Test
	void withoutANetworkTheShopperIsToldSo() {
		open(390);
		learnSample(0, "Learned 28 offers, 28 of them new.");
		network(false);
		learn();
		WebElement learned = waitForText("post-result", "reach");
		assertThat(learned.getText()).isEqualTo("Nothing learned. " + OFFLINE);
		assertThat(learned.getAttribute("class")).contains("error");
		// amounts not asked before, so that no answer comes from the browser's cache
		cart("81234", "HDFC Bank", "Credit card EMI");
		assertThat(waitForText("discount", "reach").getText()).isEqualTo(OFFLINE);
		compareBanks("81234");
		assertThat(waitForText("rank-result", "reach").getText()).isEqualTo(OFFLINE);
		assertNoUnhandledRejection();

		network(true);
		learn();
		assertThat(waitForText("post-result", "Learned").getText()).isEqualTo("Learned 28 offers, 0 of them new.");
	}

	/**
	 * The ways to pay an offer covers wrap onto more lines, never over each other or the
	 * amounts beside them, on a phone with the text as it is and enlarged.
	 */
	@ParameterizedTest(name = "{0} px wide, text at {1} %")
	@CsvSource({ "390, 100", "390, 150", "320, 125" })
	void theWaysToPayOnABankCardNeverOverlap(int width, int textSize) throws IOException, InterruptedException {
		learnEveryRealCapture();
		open(width);
		browser.executeScript("document.documentElement.style.fontSize = arguments[0] + '%'", textSize);
		for (String amount : List.of("80000", "5000")) {
			compareBanks(amount);
			assertThat(bankCards()).isNotEmpty();
			assertNothingOverlapsOnTheBankCards();
		}
		screenshot("demo-page-cards-" + width + "-" + textSize + ".png");
		assertNothingOverflows(width);
	}

	/**
	 * Every real capture, posted as the README shows (a bare page response wrapped in
	 * {@code {"flipkartOfferApiResponse": ...}}): banks' cards with many offers, and many
	 * ways to pay each.
	 */
	void learnEveryRealCapture() throws IOException, InterruptedException {
		List<Path> captures;
		try (var files = Files.list(Path.of("src", "test", "resources", "samples"))) {
			captures = files.filter((file) -> file.getFileName().toString().startsWith("real-")).sorted().toList();
		}
		assertThat(captures).hasSize(15);
		for (Path capture : captures) {
			String text = Files.readString(capture);
			String body = wrapped(text) ? text : "{\"flipkartOfferApiResponse\":" + text + "}";
			HttpResponse<String> response = LocalHttp.postOffer(port, body);
			assertThat(response.statusCode()).as(capture.toString()).isEqualTo(200);
			assertThat(response.body()).as(capture.toString()).doesNotContain("\"noOfOffersIdentified\":0");
		}
	}

	/**
	 * More ways to pay than one page of /payment-options holds: the page follows the
	 * cursor to the last page and shows every one of them, and the totals the service
	 * answers (totalOptions, totalOffers), not the rows of a page.
	 */
	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 1280, 390 })
	void everyWayToPayIsShownWhenTheyTakeMoreThanOnePage(int width) throws Exception {
		postOffers(GeneratedPayloads.manyBanks("MANY-", 40, 7));
		postOffers(GeneratedPayloads.wrapped("SOME-", 60, 7));
		JsonNode first = answer("/payment-options?amountToPay=81500&limit=200");
		int total = first.get("totalOptions").asInt();
		assertThat(total).as("more options than one page holds").isGreaterThan(200);
		assertThat(first.get("nextCursor").isNull()).isFalse();
		open(width);
		// an amount no other test asks about: no answer from the browser's cache
		compareBanks("81500");
		// every option is one way to pay on its bank's card
		assertThat(browser.findElements(By.cssSelector("#options .chip"))).hasSize(total);
		assertThat(bankCards()).hasSizeGreaterThan(40);
		assertThat(browser.findElement(By.id("rank-result")).getText()).isEqualTo(total
				+ " ways to pay have offers for ₹81,500, with " + bankCards().size() + " banks and apps; best first.");
		Number pages = (Number) browser.executeScript(
				"return performance.getEntriesByType('resource').filter((e) => e.name.includes('/payment-options?')).length");
		assertThat(pages.intValue()).isEqualTo((total + 199) / 200);

		// the cart's offers: the best three, and how many apply in all
		int offers = answer("/best-offers?amountToPay=81500&bankName=HDFC").get("totalOffers").asInt();
		assertThat(offers).as("more offers than the page lists").isGreaterThan(4);
		cart("81500", "HDFC Bank", "Any way");
		assertThat(waitForText("discount", "that apply").findElement(By.cssSelector(".context")).getText())
			.isEqualTo("Best offer for HDFC Bank, of " + offers + " that apply:");
		assertThat(browser.findElements(By.cssSelector("#best-offers > li"))).hasSize(3);
		assertThat(browser.findElement(By.cssSelector("#discount .hint")).getText())
			.isEqualTo((offers - 3) + " more offers apply, saving less.");

		screenshot("demo-page-every-option-" + width + ".png");
		assertNothingOverflows(width);
		assertAccessible();
		assertNoUnhandledRejection();
	}

	/**
	 * A later page that fails is told like any other error, and leaves nothing of the
	 * pages before; a server whose pages never end is not walked forever.
	 */
	@Test
	void aLaterPageThatFailsLeavesNoBankCards() throws Exception {
		postOffers(GeneratedPayloads.manyBanks("MANY-", 40, 7));
		open(1280);
		compareBanks("79500");
		assertThat(bankCards()).isNotEmpty();

		// every page after the first: the store is unavailable
		browser.executeScript("""
				const original = window.fetch;
				window.fetch = (url, ...rest) => String(url).includes('after=')
				  ? Promise.resolve(new Response(JSON.stringify({ type: 'urn:flipkart-offers:problem:store-unavailable',
				      title: 'Store unavailable', status: 503, detail: 'The offer store is unavailable.' }),
				    { status: 503, headers: { 'Content-Type': 'application/problem+json' } }))
				  : original(url, ...rest);""");
		compareBanks("79500");
		WebElement ranked = waitForText("rank-result", "Offers are unavailable");
		assertThat(ranked.getAttribute("class")).contains("error");
		assertThat(ranked.findElement(By.cssSelector(".problem")).getText())
			.isEqualTo("Offers are unavailable for a moment. Please try again shortly.");
		assertThat(bankCards()).isEmpty();
		assertAccessible();

		// pages that never end: the page stops after its bound and says something went
		// wrong
		open(1280);
		browser.executeScript("""
				window.pages = 0;
				window.fetch = async () => {
				  window.pages++;
				  return new Response(JSON.stringify({ amountToPay: 80000, totalOptions: 1, nextCursor: 'again',
				    options: [{ bankName: 'HDFC', paymentInstrument: 'CREDIT', highestDiscountAmount: 100,
				      offerId: 'X', summary: 'Flat ₹100 off', conditions: [] }] }),
				    { status: 200, headers: { 'Content-Type': 'application/json' } });
				};""");
		compareBanks("79500");
		assertThat(waitForText("rank-result", "Something went wrong").getText())
			.isEqualTo("Something went wrong on our side. Please try again in a moment.");
		assertThat(browser.executeScript("return window.pages"))
			.isEqualTo(browser.executeScript("return MAX_OPTION_PAGES"));
		assertThat(bankCards()).isEmpty();
		assertNoUnhandledRejection();
	}

	void postOffers(String body) throws IOException, InterruptedException {
		HttpResponse<String> response = LocalHttp.postOffer(port, body);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
	}

	JsonNode answer(String path) throws IOException, InterruptedException {
		HttpResponse<String> response = LocalHttp.get(port, path);
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		return JsonMapper.builder().build().readTree(response.body());
	}

	/** The whole page, not just the viewport, into target/screenshots. */
	Path screenshot(String name) throws IOException {
		return HeadlessChromium.screenshot(browser, name);
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

	/**
	 * On every offer of every bank's card (the folded ones opened): no way-to-pay chip,
	 * amount or text over another, and none beyond the offer's edges.
	 */
	void assertNothingOverlapsOnTheBankCards() {
		Object overlaps = browser.executeScript(
				"""
						document.querySelectorAll('#options details').forEach((d) => { d.open = true; });
						const found = [];
						for (const offer of document.querySelectorAll('#options li')) {
						  const bank = offer.closest('article').dataset.bank;
						  const edge = offer.getBoundingClientRect();
						  const parts = [...offer.querySelectorAll('.chip, .offer-save, .offer-pay, .offer-text')];
						  parts.forEach((part, i) => {
						    const a = part.getBoundingClientRect();
						    if (a.left < edge.left - 0.5 || a.right > edge.right + 0.5) {
						      found.push(`${bank}: "${part.textContent}" beyond its offer`);
						    }
						    for (const other of parts.slice(i + 1)) {
						      const b = other.getBoundingClientRect();
						      if (a.left < b.right - 0.5 && b.left < a.right - 0.5 && a.top < b.bottom - 0.5 && b.top < a.bottom - 0.5) {
						        found.push(`${bank}: "${part.textContent}" over "${other.textContent}"`);
						      }
						    }
						  });
						}
						return found;""");
		assertThat((List<?>) overlaps).as("overlaps on the bank cards").isEmpty();
	}

	/** axe-core's rules, run on the page as it is now: no violation. */
	void assertAccessible() {
		browser.executeScript(axe);
		Object violations = browser.executeAsyncScript("""
				const done = arguments[arguments.length - 1];
				axe.run(document).then(
				  (result) => done(result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} at `
				    + v.nodes.map((n) => n.target.join(' ')).join(', '))),
				  (error) => done([`axe failed: ${error}`]));""");
		assertThat((List<?>) violations).as("axe-core violations").isEmpty();
	}

	void assertNoUnhandledRejection() {
		assertThat((List<?>) browser.executeScript("return window.unhandled")).as("unhandled rejections").isEmpty();
	}

}
