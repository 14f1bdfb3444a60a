package app.offers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * No client text forges a log line: line breaks of every kind and terminal escapes sent
 * in every field a payload or a request can carry reach the log escaped, with every
 * logger of the service at DEBUG and the access log on.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class LogInjectionTests {

	/**
	 * What starts a forged line; each injection puts it right after a line break or an
	 * escape sequence.
	 */
	static final String MARKER = "FORGED";

	static final Pattern ANY_LINE_BREAK = Pattern.compile("\\R");

	@Autowired
	MockMvc mvc;

	/**
	 * Every logger of the service at DEBUG for this test only, set on the shared
	 * context's logging system rather than by properties that would start a context of
	 * its own.
	 */
	@BeforeEach
	void everyLoggerAtDebug() {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel("app.offers", LogLevel.DEBUG);
		logging.setLogLevel("app.offers.parsing", LogLevel.DEBUG);
	}

	@AfterEach
	void levelsAsConfigured() {
		LoggingSystem logging = LoggingSystem.get(getClass().getClassLoader());
		logging.setLogLevel("app.offers", null);
		logging.setLogLevel("app.offers.parsing", LogLevel.ERROR);
	}

	/**
	 * The value with every kind of break before the marker: CR LF, LF, CR, NEL, LINE
	 * SEPARATOR and ESC.
	 */
	static String injected(String value) {
		return value + "\r\n" + MARKER + " a\n" + MARKER + " b\r" + MARKER + " c\u0085" + MARKER + " d\u2028" + MARKER
				+ " e\u001b[2K\u001b[1G" + MARKER + " f";
	}

	@Test
	void controlCharactersInPayloadsAndRequestsNeverForgeALogLine(CapturedOutput output) throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		// fkpay shape: id, texts, banks, instruments, networks, tenures, dates, limits
		// and a key of its own
		ObjectNode fkpay = json.createObjectNode();
		ObjectNode offer = fkpay.putArray("offers").addObject();
		offer.put("adjustment_id", injected("FPO-LOG-1"));
		offer.put("summary", injected("31-12-2026 10% off on HDFC Bank Credit Card"));
		offer.put("description", injected("Flat ₹500 off"));
		offer.put("start_date", injected("2025-01-01"));
		offer.put("end_date", injected("2026-12-31"));
		ObjectNode contributors = offer.putObject("contributors");
		contributors.putArray("banks").add(injected("HDFC"));
		contributors.putArray("payment_instrument").add(injected("CREDIT"));
		contributors.putArray("card_networks").add(injected("VISA"));
		contributors.putArray("emi_months").add(injected("9"));
		offer.putObject("offer_txn_limits").put("min_txn_value", injected("500000")).put(injected("key"), 1);
		// hand-made shapes: a loose offer with validTill, and a lone promotion text
		ObjectNode loose = json.createObjectNode();
		ObjectNode looseOffer = loose.putArray("offers").addObject();
		looseOffer.put("offerId", injected("X1"));
		looseOffer.put("offerDescription", injected("10% off on HDFC Bank Credit Card"));
		looseOffer.put("bankName", injected("HDFC"));
		looseOffer.put("paymentInstrument", injected("CREDIT"));
		looseOffer.put("validTill", injected("31-12-2026"));
		looseOffer.put("discountPercent", injected("10"));
		// a loose offer whose only flaw is its end date, so the reason logged quotes the
		// date
		ObjectNode dated = ((ArrayNode) loose.get("offers")).addObject();
		dated.put("offerId", "X2");
		dated.put("offerDescription", "Flat ₹500 off on HDFC Bank Credit Card");
		dated.put("end_date", injected("2026"));
		ObjectNode promotion = json.createObjectNode();
		promotion.putObject("pricingData").put("promotionMessage", injected("Flat ₹500 on HDFC Bank Credit Card"));

		for (ObjectNode payload : List.of(fkpay, loose, promotion)) {
			ObjectNode body = json.createObjectNode();
			body.set("flipkartOfferApiResponse", payload);
			send(post("/offer").contentType(MediaType.APPLICATION_JSON).content(json.writeValueAsString(body)));
		}
		String bad = injected("x");
		send(get("/highest-discount").param("amountToPay", bad).param("bankName", bad));
		send(get("/highest-discount").param("amountToPay", "100")
			.param("bankName", injected("HDFC"))
			.param("paymentInstrument", bad)
			.param("cardNetwork", bad)
			.param("emiMonths", bad)
			.param("includeProductOffers", bad)
			.param("unconditionalOnly", bad));
		send(get("/best-offers").param("amountToPay", "100").param("bankName", bad).param("limit", bad));
		send(get("/payment-options").param("amountToPay", bad).param("limit", bad));
		send(get("/discount-curve").param("bankName", bad).param("paymentInstrument", bad));
		send(get("/offers").param("bankName", bad).param("status", bad).param("page", bad).param("size", bad));
		send(get("/offers/{id}", bad));
		send(delete("/offers/{id}", bad));
		send(get("/nowhere/{path}", bad));
		send(options("/highest-discount").header("Origin", bad).header("Access-Control-Request-Method", "GET"));

		String log = output.getAll();
		assertThat(log).as("the service logged what it was sent")
			.contains("never applied: a validity date that cannot be read: 2026\\r\\nFORGED");
		assertThat(ANY_LINE_BREAK.split(log)).noneMatch(line -> line.startsWith(MARKER));
		assertThat(log).doesNotContain("\u001b").doesNotContain("\u0085").doesNotContain("\u2028");
	}

	/** Sent with the same breaks in the headers a request may carry. */
	void send(MockHttpServletRequestBuilder request) throws Exception {
		String bad = injected("x");
		mvc.perform(request.header("X-Request-Id", bad)
			.header("User-Agent", bad)
			.header("Referer", bad)
			.header("X-Forwarded-For", bad)
			.header("X-API-Key", bad));
	}

}
