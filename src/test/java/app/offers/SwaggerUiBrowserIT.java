package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest;

import app.offers.testing.BrowserTestSupport;
import app.offers.testing.HeadlessChromium;
import app.offers.testing.LocalHttp;
import app.offers.testing.Samples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Swagger UI's "Try it out" in a real headless Chromium, on the random port the service
 * runs on: the description's server is relative ("/"), so a request goes to the origin
 * Swagger UI was opened on, never to localhost:8080. GET /highest-discount with its
 * optional parameters as Swagger UI starts them (empty, but for the two flags, which it
 * sets to their documented default, false: the same as absent), and POST /offer with its
 * example body (the tests' configuration sets no API key, so writes need none).
 * Screenshots go to target/screenshots.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SwaggerUiBrowserIT extends BrowserTestSupport {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void tryItOutAsksTheHighestDiscountOfTheServiceItWasOpenedOn() throws Exception {
		assertThat(LocalHttp.postOffer(port, Samples.wrapped("real-01-offer-banners-and-sections.json")).statusCode())
			.isEqualTo(200);
		WebElement operation = tryItOut("operations-discounts-getHighestDiscount");

		// the optional parameters start empty, or at the default the description gives
		// them (false, as when absent): an example filled in would narrow the answer
		Map<String, String> defaults = defaults("/highest-discount");
		List<WebElement> optional = operation
			.findElements(By.xpath(".//tr[@data-param-name][not(.//div[contains(@class, 'required')])]"));
		assertThat(optional).extracting(row -> row.getAttribute("data-param-name")).contains("paymentInstrument");
		for (WebElement row : optional) {
			String name = row.getAttribute("data-param-name");
			for (WebElement field : row.findElements(By.cssSelector("input, select, textarea"))) {
				assertThat(field.getDomProperty("value")).as(name).isEqualTo(defaults.getOrDefault(name, ""));
			}
		}
		assertThat(defaults.values()).allMatch("false"::equals);
		type(parameter(operation, "amountToPay"), "80000");
		type(parameter(operation, "bankName"), "HDFC Bank");

		WebElement response = execute(operation);
		// sent to this port: the origin Swagger UI was opened on
		String url = operation.findElement(By.cssSelector(".request-url pre")).getText();
		String here = "http://localhost:" + port + "/highest-discount?";
		assertThat(url).startsWith(here);
		Map<String, String> sent = new TreeMap<>(defaults);
		sent.put("amountToPay", "80000");
		sent.put("bankName", "HDFC%20Bank");
		assertThat(query(url.substring(here.length()))).isEqualTo(sent);
		assertThat(operation.findElement(By.cssSelector(".curl-command")).getText()).contains(url)
			.doesNotContain(":8080");
		assertThat(response.findElement(By.cssSelector(".response-col_status")).getText()).isEqualTo("200");
		assertThat(body(response)).isEqualTo(JSON.readTree("{\"highestDiscountAmount\": 4500}"));
		HeadlessChromium.screenshot(browser, "swagger-ui-highest-discount.png");
	}

	@Test
	void tryItOutLearnsTheExampleOffers() throws Exception {
		WebElement operation = tryItOut("operations-offers-postOffer");
		WebElement payload = operation.findElement(By.cssSelector("textarea.body-param__text"));
		// the example: two offers of a real capture
		assertThat(JSON.readTree(payload.getDomProperty("value"))
			.at("/flipkartOfferApiResponse/offer_sections/PBO/offers")
			.size()).isEqualTo(2);

		WebElement response = execute(operation);
		assertThat(operation.findElement(By.cssSelector(".request-url pre")).getText())
			.isEqualTo("http://localhost:" + port + "/offer");
		assertThat(response.findElement(By.cssSelector(".response-col_status")).getText()).isEqualTo("200");
		assertThat(body(response))
			.isEqualTo(JSON.readTree("{\"noOfOffersIdentified\": 2, \"noOfNewOffersCreated\": 2}"));
		HeadlessChromium.screenshot(browser, "swagger-ui-post-offer.png");

		// stored: the service answers them
		assertThat(JSON.readTree(LocalHttp.get(port, "/offers?size=10").body()).get("totalOffers").asInt())
			.isEqualTo(2);
	}

	/** The defaults the description gives an operation's query parameters, by name. */
	Map<String, String> defaults(String path) throws IOException, InterruptedException {
		Map<String, String> defaults = new TreeMap<>();
		JSON.readTree(LocalHttp.get(port, "/v3/api-docs").body())
			.at("/paths/" + path.replace("/", "~1") + "/get/parameters")
			.forEach(parameter -> {
				JsonNode value = parameter.at("/schema/default");
				if (!value.isMissingNode()) {
					defaults.put(parameter.get("name").asString(), value.asString());
				}
			});
		return defaults;
	}

	/** A query string's parameters, by name, as they were written. */
	static Map<String, String> query(String query) {
		Map<String, String> parameters = new TreeMap<>();
		for (String pair : query.split("&")) {
			String[] nameValue = pair.split("=", 2);
			assertThat(parameters.put(nameValue[0], nameValue.length > 1 ? nameValue[1] : "")).as(pair).isNull();
		}
		return parameters;
	}

	/** Swagger UI on this port, one operation expanded with "Try it out" clicked. */
	WebElement tryItOut(String id) {
		HeadlessChromium.viewport(browser, 1280);
		browser.get("http://localhost:" + port + "/swagger-ui.html");
		WebElement operation = until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
		operation.findElement(By.cssSelector(".opblock-summary-control")).click();
		until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector(".try-out__btn")))).click();
		until(ExpectedConditions.elementToBeClickable(operation.findElement(By.cssSelector("button.execute"))));
		return operation;
	}

	WebElement parameter(WebElement operation, String name) {
		return operation.findElement(By.cssSelector("tr[data-param-name='" + name + "'] input"));
	}

	/**
	 * Replaces what a field holds; leaving it (Tab) hands the value to Swagger UI at
	 * once, without its typing delay.
	 */
	void type(WebElement field, String text) {
		field.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
		field.sendKeys(text, Keys.TAB);
		assertThat(field.getDomProperty("value")).isEqualTo(text);
	}

	/** Clicks Execute and waits for the answer Swagger UI shows: its row. */
	WebElement execute(WebElement operation) {
		operation.findElement(By.cssSelector("button.execute")).click();
		return until((d) -> operation.findElements(By.cssSelector(".live-responses-table tbody tr.response"))
			.stream()
			.findFirst()
			.orElse(null));
	}

	/** The response body Swagger UI shows, as JSON. */
	JsonNode body(WebElement response) {
		return JSON
			.readTree(response.findElement(By.cssSelector(".response-col_description .highlight-code pre")).getText());
	}

	/** Waits (at most 20 s) until the condition holds, and answers what it found. */
	<T> T until(Function<? super WebDriver, T> condition) {
		return new WebDriverWait(browser, Duration.ofSeconds(20)).until(condition);
	}

}
