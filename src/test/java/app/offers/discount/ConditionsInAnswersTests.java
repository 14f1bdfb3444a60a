package app.offers.discount;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import app.offers.testing.Samples;

/**
 * Conditions a query cannot check, in the answers: listed in a shopper's words on every
 * offer, and left out with unconditionalOnly=true. /highest-discount keeps counting them
 * by default.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ConditionsInAnswersTests {

	/**
	 * "5% cashback on Flipkart Axis Bank Credit Card upto ₹4,000 per statement quarter".
	 */
	static final String AXIS_QUARTER = "FPO250619134128USHPF";

	/**
	 * "Flat ₹10 Cashback on Paytm UPI Trxns. Min Order Value ₹500. Valid once per Paytm
	 * account".
	 */
	static final String PAYTM_ONCE = "FPO250626172916JI4VZ";

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LiveOffers live;

	@BeforeEach
	void realCapturePosted() throws Exception {
		jdbc.update("delete from offer");
		live.reloadAll();
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON)
			.content(Samples.wrapped("real-01-offer-banners-and-sections.json"))).andExpect(status().isOk());
	}

	@Test
	void everyAnswerListsAnOffersConditionsInAShoppersWords() throws Exception {
		mvc.perform(get("/best-offers").param("amountToPay", "80000")
			.param("bankName", "FLIPKARTAXISBANK")
			.param("paymentInstrument", "CREDIT_CARD"))
			.andExpect(jsonPath("$.offers[?(@.offerId == '" + AXIS_QUARTER + "')].conditions")
				.value(contains(contains("At most ₹4,000 per statement quarter"))));
		mvc.perform(get("/payment-options").param("amountToPay", "600"))
			.andExpect(jsonPath("$.options[?(@.offerId == '" + PAYTM_ONCE + "')].conditions")
				.value(hasItem(contains("Once per Paytm account"))));
		mvc.perform(get("/offers/" + PAYTM_ONCE))
			.andExpect(jsonPath("$.offer.conditions").value(contains("Once per Paytm account")));
		mvc.perform(get("/offers").param("size", "100"))
			.andExpect(jsonPath("$.offers[?(@.id == '" + AXIS_QUARTER + "')].conditions")
				.value(contains(contains("At most ₹4,000 per statement quarter"))));
	}

	@Test
	void highestDiscountStillCountsConditionalOffersUnlessOnlyUnconditionalOnesAreAsked() throws Exception {
		mvc.perform(get("/highest-discount").param("amountToPay", "80000")
			.param("bankName", "FLIPKARTAXISBANK")
			.param("paymentInstrument", "CREDIT_CARD")).andExpect(jsonPath("$.highestDiscountAmount").value(4000));
		mvc.perform(get("/highest-discount").param("amountToPay", "80000")
			.param("bankName", "FLIPKARTAXISBANK")
			.param("paymentInstrument", "CREDIT_CARD")
			.param("unconditionalOnly", "true")).andExpect(jsonPath("$.highestDiscountAmount").value(lessThan(4000)));
		// UPI: the Paytm cashback is once per account; asked without conditions, no UPI
		// offer is left
		mvc.perform(get("/highest-discount").param("amountToPay", "600")
			.param("bankName", "HDFC")
			.param("paymentInstrument", "UPI")).andExpect(jsonPath("$.highestDiscountAmount").value(10));
		mvc.perform(get("/highest-discount").param("amountToPay", "600")
			.param("bankName", "HDFC")
			.param("paymentInstrument", "UPI")
			.param("unconditionalOnly", "true")).andExpect(jsonPath("$.highestDiscountAmount").value(0));
	}

	@Test
	void unconditionalOnlyLeavesConditionalOffersOutOfEveryRankingAndCurve() throws Exception {
		mvc.perform(get("/best-offers").param("amountToPay", "80000")
			.param("bankName", "FLIPKARTAXISBANK")
			.param("unconditionalOnly", "true"))
			.andExpect(jsonPath("$.offers[*].offerId", not(hasItem(AXIS_QUARTER))))
			.andExpect(jsonPath("$.offers[*].conditions", everyItem(empty())));
		mvc.perform(get("/payment-options").param("amountToPay", "80000").param("unconditionalOnly", "true"))
			.andExpect(jsonPath("$.options[*].offerId", not(hasItem(AXIS_QUARTER))))
			.andExpect(jsonPath("$.totalOptions").value(greaterThan(0)));
		mvc.perform(get("/discount-curve").param("bankName", "FLIPKARTAXISBANK")
			.param("paymentInstrument", "CREDIT_CARD")
			.param("unconditionalOnly", "true")).andExpect(jsonPath("$.pieces[*].constantAmount", not(hasItem(4000))));
	}

	@Test
	void unconditionalOnlyIsAFlag() throws Exception {
		mvc.perform(get("/highest-discount").param("amountToPay", "100")
			.param("bankName", "HDFC")
			.param("unconditionalOnly", "maybe"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("unconditionalOnly")));
	}

}
