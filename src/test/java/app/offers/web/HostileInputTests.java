package app.offers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.util.UriUtils;

import app.offers.parsing.FlipkartOfferParser;
import app.offers.testing.GeneratedPayloads;
import app.offers.testing.MutatedCaptures;
import app.offers.testing.Samples;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Generated hostile input: random JSON trees built from the words real payloads use, and
 * random query strings. Whatever comes in, the parser throws nothing and the endpoints
 * answer below 500.
 */
@SpringBootTest(properties = "offers.max-body-size=1MB")
@AutoConfigureMockMvc
class HostileInputTests {

	static final String[] KEYS = { "adjustment_id", "offerDescription", "id", "text", "summary", "display_text",
			"title", "contributors", "banks", "payment_instrument", "emi_months", "card_networks", "provider",
			"offer_txn_limits", "min_txn_value", "max_txn_value", "max_discount_per_txn", "adjustment_type",
			"adjustment_sub_type", "offerFooter", "tncInfo", "offerHeader", "key", "value", "offers", "offerList",
			"bankName", "discountType", "discountValue", "maxDiscount", "minAmount", "validFrom", "validTill",
			"paymentInstruments", "description", "x" };

	static final String[] STRINGS = { "", " ", "₹", "Rs.", "INR", "%", "10% off up to ₹1,500", "Flat ₹750 off",
			"Min Txn Value: ₹5,000", "₹99999999999999999999", "1e400", "-1", "NaN", "HDFC", "CREDIT", "EMI_OPTIONS",
			"No Cost EMI", "valid till 31st Feb 2025", "\u0000\u0001", "\uD83D\uDCB3", "a".repeat(3000), "upto ₹",
			"₹1,00,00,00,00,00,000", "2025-13-45", "on 99 months and above tenure", "percentage", "flat" };

	static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	@Autowired
	MockMvc mvc;

	static LongStream seeds() {
		return LongStream.range(0, 150);
	}

	static JsonNode randomTree(Random r, int depth) {
		int kind = depth > 6 ? 2 + r.nextInt(5) : r.nextInt(7);
		switch (kind) {
			case 0 -> {
				ObjectNode object = NODES.objectNode();
				for (int i = 0; i < r.nextInt(6); i++) {
					object.set(KEYS[r.nextInt(KEYS.length)], randomTree(r, depth + 1));
				}
				return object;
			}
			case 1 -> {
				ArrayNode array = NODES.arrayNode();
				for (int i = 0; i < r.nextInt(5); i++) {
					array.add(randomTree(r, depth + 1));
				}
				return array;
			}
			case 2, 3 -> {
				return NODES.stringNode(STRINGS[r.nextInt(STRINGS.length)]);
			}
			case 4 -> {
				long[] numbers = { 0, -1, 1, 500000, Long.MAX_VALUE, Long.MIN_VALUE, 1000000000000L };
				return NODES.numberNode(numbers[r.nextInt(numbers.length)]);
			}
			case 5 -> {
				return r.nextBoolean() ? NODES.numberNode(new java.math.BigDecimal("1e400"))
						: NODES.numberNode(r.nextDouble() * 1e6);
			}
			default -> {
				return r.nextBoolean() ? NODES.nullNode() : NODES.booleanNode(r.nextBoolean());
			}
		}
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void theParserTakesAnyTreeWithoutThrowing(long seed) {
		Random r = new Random(seed);
		JsonNode tree = randomTree(r, 0);
		assertThatCode(() -> new FlipkartOfferParser().parse(tree)).doesNotThrowAnyException();
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void postingAnyTreeAnswersBelow500(long seed) throws Exception {
		Random r = new Random(seed);
		ObjectNode body = NODES.objectNode();
		body.set("flipkartOfferApiResponse", r.nextInt(5) == 0 ? randomTree(r, 0) : object(r));
		String json = JsonMapper.builder().build().writeValueAsString(body);
		MockHttpServletResponse response = mvc
			.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(json))
			.andReturn()
			.getResponse();
		assertThat(response.getStatus()).as(json).isLessThan(500);
	}

	/**
	 * Every real capture corrupted as a careless scraper would ({@link MutatedCaptures}),
	 * posted, then asked about on every read endpoint: nothing answers 5xx.
	 */
	@ParameterizedTest
	@ValueSource(ints = { 0, 1, 2, 3 })
	void postingCorruptedCapturesAndReadingThemAnswersBelow500(int round) throws Exception {
		JsonMapper json = JsonMapper.builder().build();
		for (var capture : Samples.all().entrySet()) {
			Random r = new Random(capture.getKey().hashCode() * 31L + round);
			ObjectNode body = NODES.objectNode();
			body.set("flipkartOfferApiResponse", MutatedCaptures.mutate(capture.getValue(), r));
			String payload = json.writeValueAsString(body);
			MockHttpServletResponse posted = mvc
				.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(payload))
				.andReturn()
				.getResponse();
			assertThat(posted.getStatus()).as("%s round %d", capture.getKey(), round).isLessThan(500);
			for (String read : new String[] { "/highest-discount?amountToPay=10000&bankName=HDFC",
					"/best-offers?amountToPay=80000&bankName=SBI&paymentInstrument=EMI_OPTIONS",
					"/payment-options?amountToPay=5000", "/discount-curve?bankName=AXIS", "/offers?size=50" }) {
				assertThat(mvc.perform(get(read)).andReturn().getResponse().getStatus())
					.as("%s after %s round %d", read, capture.getKey(), round)
					.isLessThan(500);
			}
		}
	}

	static ObjectNode object(Random r) {
		JsonNode tree;
		do {
			tree = randomTree(r, 0);
		}
		while (!tree.isObject());
		return (ObjectNode) tree;
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void anyQueryStringAnswersBelow500(long seed) throws Exception {
		Random r = new Random(seed);
		String[] paths = { "/highest-discount", "/best-offers", "/payment-options", "/offers" };
		String[] names = { "amountToPay", "bankName", "paymentInstrument", "emiMonths", "cardNetwork", "page", "size",
				"active" };
		StringBuilder query = new StringBuilder();
		for (int i = 0; i < r.nextInt(6); i++) {
			query.append(i == 0 ? "" : "&").append(names[r.nextInt(names.length)]).append('=');
			query.append(UriUtils.encode(randomValue(r), StandardCharsets.UTF_8));
		}
		String uri = paths[r.nextInt(paths.length)] + "?" + query;
		int status = mvc.perform(get(uri)).andReturn().getResponse().getStatus();
		assertThat(status).as(uri).isLessThan(500);
	}

	static String randomValue(Random r) {
		String[] values = { "", "100", "0", "-5", "1e9", "NaN", "Infinity", "10.123", "99999999999", "HDFC",
				"hdfc bank", "UPI", "\n", "\u0000", "%", "a".repeat(5000), "１２３", "12", "true", "VISA", "1000000000.00",
				"00000000001" };
		return r.nextInt(4) == 0 ? randomText(r) : values[r.nextInt(values.length)];
	}

	static String randomText(Random r) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < r.nextInt(80); i++) {
			s.append((char) r.nextInt(0x3000));
		}
		return s.toString();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1e2", "1E+400", "NaN", "Infinity", "-Infinity", "-0.01", "0", "0.00", "1.001",
			"1000000000.01", "99999999999", " ", "12,000", "₹500", "0x10", "+5" })
	void amountsThatAreNotPlainPositiveRupeesAreRefused(String amount) throws Exception {
		mvc.perform(get("/highest-discount").param("amountToPay", amount).param("bankName", "HDFC"))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("amountToPay")));
	}

	@Test
	void aBodyAboveTheLimitIsRefusedWith413AndTheServiceGoesOn() throws Exception {
		String big = GeneratedPayloads.wrapped("FPO-BIG-", 4000, 3);
		assertThat(big.length()).isGreaterThan(1 << 20);
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(big))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("offers.max-body-size")));
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON)
			.content(Samples.wrapped("real-01-offer-banners-and-sections.json"))).andExpect(status().isOk());
		mvc.perform(get("/highest-discount").param("amountToPay", "80000")
			.param("bankName", "HDFC")
			.param("paymentInstrument", "EMI_OPTIONS")).andExpect(jsonPath("$.highestDiscountAmount").value(4500));
	}

	@Test
	void unknownPathsAreNotFoundProblems() throws Exception {
		mvc.perform(get("/nope"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
