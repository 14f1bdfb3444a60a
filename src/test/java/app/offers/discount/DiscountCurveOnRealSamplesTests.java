package app.offers.discount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import app.offers.testing.Samples;
import app.offers.offer.DiscountTerms;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET /discount-curve on the real captures: its pieces give, at every amount that
 * matters, what /highest-discount answers; and a bad parameter is refused exactly as
 * /highest-discount refuses it.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DiscountCurveOnRealSamplesTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LiveOffers live;

	@Autowired
	Clock clock;

	@BeforeEach
	void realSamples() throws Exception {
		jdbc.update("delete from offer");
		live.reloadAll();
		for (String sample : List.of("real-01-offer-banners-and-sections.json",
				"real-05-offer-list-payment-options.json", "real-10-fkpay-options-readme-nbfc-emi-14offers.json",
				"real-14-revamp-offers-only-27offers.json")) {
			mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(Samples.wrapped(sample)))
				.andExpect(status().isOk());
		}
	}

	JsonNode getJson(String uri) throws Exception {
		return JSON.readTree(mvc.perform(get(uri)).andReturn().getResponse().getContentAsString());
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			bankName=HDFC&paymentInstrument=EMI_OPTIONS
			bankName=HDFC
			bankName=SBI&paymentInstrument=CREDIT
			bankName=ICICI&paymentInstrument=NET_OPTIONS
			bankName=AXIS&paymentInstrument=CREDIT_CARD
			bankName=FLIPKARTAXISBANK&paymentInstrument=CREDIT
			bankName=KOTAK&paymentInstrument=UPI
			bankName=IDFC&paymentInstrument=DEBIT&includeProductOffers=true
			bankName=HDFC&paymentInstrument=EMI_OPTIONS&emiMonths=6&cardNetwork=VISA
			""")
	void thePiecesGiveWhatTheHighestDiscountQueryAnswersAtEveryAmount(String query) throws Exception {
		JsonNode curve = getJson("/discount-curve?" + query);
		JsonNode pieces = curve.get("pieces");
		assertThat(pieces.size()).isPositive();
		TreeSet<Long> amounts = new TreeSet<>();
		Random random = new Random(query.hashCode());
		for (JsonNode piece : pieces) {
			for (String edge : List.of("fromAmount", "toAmount")) {
				if (!piece.get(edge).isNull()) {
					long paise = piece.get(edge).decimalValue().movePointRight(2).longValueExact();
					amounts.addAll(List.of(paise - 1, paise, paise + 1));
				}
			}
		}
		for (int i = 0; i < 60; i++) {
			amounts.add(1L + random.nextInt(3_00_000_00));
		}
		amounts.removeIf(a -> a < 1 || a > DiscountTerms.MAX_AMOUNT_PAISE);
		long positive = 0;
		for (long amount : amounts) {
			BigDecimal rupees = BigDecimal.valueOf(amount, 2);
			BigDecimal answered = getJson("/highest-discount?" + query + "&amountToPay=" + rupees.toPlainString())
				.get("highestDiscountAmount")
				.decimalValue();
			BigDecimal fromCurve = valueAt(pieces, rupees);
			assertThat(fromCurve).as("%s at ₹%s", query, rupees).isEqualByComparingTo(answered);
			positive += fromCurve.signum();
		}
		// the samples have offers for each of these: the comparison is not between two
		// zeros
		assertThat(positive).as(query).isPositive();
	}

	static BigDecimal valueAt(JsonNode pieces, BigDecimal amount) {
		for (JsonNode p : pieces) {
			if (amount.compareTo(p.get("fromAmount").decimalValue()) >= 0
					&& (p.get("toAmount").isNull() || amount.compareTo(p.get("toAmount").decimalValue()) <= 0)) {
				BigDecimal ofPercent = amount.multiply(p.get("percent").decimalValue())
					.divide(BigDecimal.valueOf(100))
					.setScale(2, RoundingMode.FLOOR);
				return amount.min(p.get("constantAmount").decimalValue().max(ofPercent));
			}
		}
		throw new AssertionError("no piece holds " + amount);
	}

	@Test
	void anUnknownBankHasOnePieceGivingNothing() throws Exception {
		JsonNode curve = getJson("/discount-curve?bankName=ATLANTIS&paymentInstrument=CREDIT");
		assertThat(curve.get("bankName").asString()).isEqualTo("ATLANTIS");
		assertThat(curve.get("pieces").toString())
			.isEqualTo("[{\"fromAmount\":0.01,\"toAmount\":null,\"constantAmount\":0,\"percent\":0}]");
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			bankName=HDFC&paymentInstrument=BITCOIN
			bankName=HDFC&cardNetwork=DISCOVER
			bankName=HDFC&emiMonths=61
			bankName=HDFC&includeProductOffers=maybe
			bankName=HDFC%3Bdrop
			bankName=HDFC&bankName=SBI
			paymentInstrument=CREDIT
			""")
	void aBadParameterIsRefusedAsHighestDiscountRefusesIt(String query) throws Exception {
		var curve = mvc.perform(get("/discount-curve?" + query)).andExpect(status().isBadRequest()).andReturn();
		var highest = mvc.perform(get("/highest-discount?amountToPay=100&" + query))
			.andExpect(status().isBadRequest())
			.andReturn();
		assertThat(curve.getResponse().getContentType()).isEqualTo("application/problem+json");
		JsonNode a = JSON.readTree(curve.getResponse().getContentAsString());
		JsonNode b = JSON.readTree(highest.getResponse().getContentAsString());
		assertThat(a.get("instance").asString()).isEqualTo("/discount-curve");
		for (String field : List.of("type", "title", "status", "detail", "parameters", "acceptedValues")) {
			assertThat(a.get(field)).as(field).isEqualTo(b.get(field));
		}
	}

}
