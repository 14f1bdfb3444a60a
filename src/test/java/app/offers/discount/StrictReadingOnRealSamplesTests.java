package app.offers.discount;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import app.offers.testing.Samples;
import app.offers.testing.TestDatabases;

/**
 * The strict reading, one rule per test, on real captures: credit means credit cards; a
 * flat offer needs a cart larger than itself and keeps a minimum learned from any
 * capture; offers for select products count only when asked; no instrument means every
 * way to pay, UPI-app offers tied to no bank included.
 */
@SpringBootTest
@AutoConfigureMockMvc
class StrictReadingOnRealSamplesTests {

	/**
	 * A database of its own: the captures posted here would change what other tests'
	 * shared context answers.
	 */
	@DynamicPropertySource
	static void ownDatabase(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> TestDatabases.h2Mem("strict-reading"));
	}

	/**
	 * real-08: "5% off up to ₹750 on IDFC FIRST Power Women Platinum and Signature
	 * DebitCards", filed as CREDIT.
	 */
	static final String IDFC_DEBIT = "FPO250626182451RYQC7";

	/**
	 * "Extra ₹10000 Off On selected Bank TRNX" for SBI: no minimum in real-14, min
	 * ₹10,000 in real-03's fields.
	 */
	static final String SBI_10000 = "FPO250701194515LLXO5";

	/**
	 * real-10: "Get additional ₹1000 off on Debit, Credit cards and UPI Transactions", no
	 * minimum anywhere.
	 */
	static final String ADDITIONAL_1000 = "FPO250709162142RPSCI";

	/** real-05: "Flat ₹1000 off on select Samsung appliances" for FLIPKARTSBI. */
	static final String SAMSUNG = "FPO251014191117PWOUN";

	/** Bank-less "Flat ₹10 Cashback on Paytm UPI", min ₹500. */
	static final String PAYTM = "FPO250626172916JI4VZ";

	@Autowired
	MockMvc mvc;

	void postSample(String file) throws Exception {
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(Samples.wrapped(file)))
			.andExpect(status().isOk());
	}

	ResultActions best(String amount, String bank, String... more) throws Exception {
		var request = get("/best-offers").param("amountToPay", amount).param("bankName", bank).param("limit", "100");
		for (int i = 0; i < more.length; i += 2) {
			request.param(more[i], more[i + 1]);
		}
		return mvc.perform(request).andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "credit card", "Credit Card", "credit", "CC", "cc" })
	void aPersonsCreditCardNeverReachesADebitOnlyOffer(String instrument) throws Exception {
		postSample("real-08-fkpay-options-full-5offers.json");
		best("20000", "IDFC", "paymentInstrument", instrument)
			.andExpect(jsonPath("$.offers[*].offerId", not(hasItem(IDFC_DEBIT))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "CREDIT", "debit card", "DC", "DEBIT" })
	void flipkartsCardOptionAndDebitWordsReachTheDebitOffer(String instrument) throws Exception {
		postSample("real-08-fkpay-options-full-5offers.json");
		best("20000", "IDFC", "paymentInstrument", instrument)
			.andExpect(jsonPath("$.offers[*].offerId", hasItem(IDFC_DEBIT)));
	}

	@Test
	void aFlatOfferWithoutAKnownMinimumNeverGivesTheCartAway() throws Exception {
		postSample("real-14-revamp-offers-only-27offers.json");
		postSample("real-10-fkpay-options-readme-nbfc-emi-14offers.json");
		for (String amount : new String[] { "8000", "10000" }) {
			best(amount, "SBI", "paymentInstrument", "EMI_OPTIONS")
				.andExpect(jsonPath("$.offers[*].offerId", not(hasItem(SBI_10000))));
		}
		best("10000.01", "SBI", "paymentInstrument", "EMI_OPTIONS")
			.andExpect(jsonPath("$.offers[?(@.offerId == '" + SBI_10000 + "')].discountAmount").value(10000));
		best("600", "AXIS", "paymentInstrument", "UPI_INTENT")
			.andExpect(jsonPath("$.offers[*].offerId", not(hasItem(ADDITIONAL_1000))));
		mvc.perform(get("/highest-discount").param("amountToPay", "600")
			.param("bankName", "AXIS")
			.param("paymentInstrument", "UPI_INTENT")).andExpect(jsonPath("$.highestDiscountAmount").value(10));
	}

	@Test
	void aMinimumLearnedFromAnyCaptureOfTheSameIdIsKept() throws Exception {
		// real-14 says nothing of a minimum, real-03 carries min ₹10,000: posted in turn,
		// the minimum stays
		postSample("real-14-revamp-offers-only-27offers.json");
		postSample("real-03-full-payment-options-page.json");
		postSample("real-14-revamp-offers-only-27offers.json");
		postSample("real-03-full-payment-options-page.json");
		mvc.perform(get("/offers/" + SBI_10000))
			.andExpect(jsonPath("$.offer.minAmount").value(10000))
			.andExpect(jsonPath("$.offer.maxAmount").value(1000000))
			.andExpect(jsonPath("$.replacedVersions").value(1));
		best("10500", "SBI", "paymentInstrument", "NET_OPTIONS")
			.andExpect(jsonPath("$.offers[?(@.offerId == '" + SBI_10000 + "')].discountAmount").value(10000));
	}

	@Test
	void offersForSelectProductsCountOnlyWhenAsked() throws Exception {
		postSample("real-05-offer-list-payment-options.json");
		best("5000", "FLIPKARTSBI").andExpect(jsonPath("$.offers[*].offerId", not(hasItem(SAMSUNG))));
		best("5000", "FLIPKARTSBI", "includeProductOffers", "true")
			.andExpect(jsonPath("$.offers[?(@.offerId == '" + SAMSUNG + "')].why")
				.value(hasItem(containsString("only on select products"))));
		mvc.perform(get("/highest-discount").param("amountToPay", "5000")
			.param("bankName", "FLIPKARTSBI")
			.param("includeProductOffers", "true"))
			.andExpect(jsonPath("$.highestDiscountAmount").value(greaterThanOrEqualTo(1000)));
		mvc.perform(get("/payment-options").param("amountToPay", "5000").param("limit", "200"))
			.andExpect(jsonPath("$.options[*].offerId", not(hasItem(SAMSUNG))));
		mvc.perform(get("/offers/" + SAMSUNG)).andExpect(jsonPath("$.offer.productScoped").value(true));
		mvc.perform(get("/highest-discount").param("amountToPay", "5000")
			.param("bankName", "FLIPKARTSBI")
			.param("includeProductOffers", "maybe")).andExpect(status().isBadRequest());
	}

	@Test
	void noInstrumentMeansEveryWayToPayBanklessUpiOffersIncluded() throws Exception {
		postSample("real-08-fkpay-options-full-5offers.json");
		mvc.perform(get("/highest-discount").param("amountToPay", "600").param("bankName", "KOTAK"))
			.andExpect(jsonPath("$.highestDiscountAmount").value(greaterThanOrEqualTo(10)));
		mvc.perform(get("/highest-discount").param("amountToPay", "600")
			.param("bankName", "KOTAK")
			.param("paymentInstrument", "NET_OPTIONS")).andExpect(jsonPath("$.highestDiscountAmount").value(0));
		// a bank the service does not know has no offers of its own, but the bank-less
		// ones count for it too
		mvc.perform(get("/highest-discount").param("amountToPay", "600").param("bankName", "Bank of Atlantis"))
			.andExpect(jsonPath("$.highestDiscountAmount").value(greaterThanOrEqualTo(10)));
		mvc.perform(get("/highest-discount").param("amountToPay", "600")
			.param("bankName", "Bank of Atlantis")
			.param("paymentInstrument", "NET_OPTIONS")).andExpect(jsonPath("$.highestDiscountAmount").value(0));
		best("600", "KOTAK").andExpect(jsonPath("$.offers[*].offerId", hasItem(PAYTM)));
		mvc.perform(get("/payment-options").param("amountToPay", "600").param("limit", "200"))
			.andExpect(jsonPath("$.options[*].bankName", hasItem(nullValue())));
	}

}
