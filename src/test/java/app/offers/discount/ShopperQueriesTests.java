package app.offers.discount;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import app.offers.testing.MutableClock;
import app.offers.testing.Samples;

/**
 * Names as people write them, tenure, network, validity, updated terms, and the richer
 * read API.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import(ShopperQueriesTests.Time.class)
class ShopperQueriesTests {

	static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(NOW);
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LiveOffers live;

	@Autowired
	MutableClock clock;

	@BeforeEach
	void emptyStore() {
		jdbc.update("delete from offer");
		live.reloadAll();
		clock.set(NOW);
	}

	void postSample(String file) throws Exception {
		postBody(Samples.wrapped(file));
	}

	ResultActions postBody(String body) throws Exception {
		return mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk());
	}

	void expectDiscount(String expected, String... params) throws Exception {
		var request = get("/highest-discount");
		for (int i = 0; i < params.length; i += 2) {
			request.param(params[i], params[i + 1]);
		}
		mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().json("{\"highestDiscountAmount\": " + expected + "}"));
	}

	@ParameterizedTest(name = "{0} answers like {1}")
	@CsvSource(textBlock = """
			State Bank of India, SBI
			sbi,                 SBI
			Kotak Mahindra Bank, KOTAK
			Kotak Bank,          KOTAK
			Bank of Baroda,      BOBARODA
			BOBCARD,             BOBARODA
			IDFC FIRST Bank,     IDFC
			HDFC Bank,           HDFC
			Flipkart Axis Bank,  FLIPKARTAXISBANK
			ICICI Bank,          ICICI
			""")
	void bankAliasesAnswerLikeTheirCodes(String alias, String code) throws Exception {
		postSample("real-06-offer-list-with-bank-filters.json");
		for (String amount : new String[] { "9000", "20000", "80000" }) {
			String expected = mvc.perform(get("/highest-discount").param("amountToPay", amount).param("bankName", code))
				.andReturn()
				.getResponse()
				.getContentAsString();
			mvc.perform(get("/highest-discount").param("amountToPay", amount).param("bankName", alias))
				.andExpect(content().json(expected));
		}
	}

	@Test
	void aPlainAxisQueryDoesNotReachTheFlipkartAxisCard() throws Exception {
		postSample("real-08-fkpay-options-full-5offers.json");
		expectDiscount("500", "amountToPay", "10000", "bankName", "FLIPKARTAXISBANK", "paymentInstrument", "CREDIT");
		expectDiscount("0", "amountToPay", "10000", "bankName", "AXIS", "paymentInstrument", "CREDIT");
	}

	@Test
	void instrumentFamiliesAndAliasesAnswerLikeTheirCanonicalForms() throws Exception {
		// real-08: Paytm cashback for UPI_COLLECT/UPI_INTENT; IDFC debit cards filed
		// under CREDIT
		postSample("real-08-fkpay-options-full-5offers.json");
		expectDiscount("10", "amountToPay", "600", "bankName", "HDFC", "paymentInstrument", "UPI");
		expectDiscount("10", "amountToPay", "600", "bankName", "HDFC", "paymentInstrument", "UPI_INTENT");
		expectDiscount("0", "amountToPay", "600", "bankName", "HDFC", "paymentInstrument", "FK_UPI");
		// "credit card" means credit cards only; Flipkart's own CREDIT is its card
		// option, debit cards included
		expectDiscount("0", "amountToPay", "20000", "bankName", "IDFC", "paymentInstrument", "credit card");
		expectDiscount("0", "amountToPay", "20000", "bankName", "IDFC", "paymentInstrument", "CC");
		expectDiscount("750", "amountToPay", "20000", "bankName", "IDFC", "paymentInstrument", "CREDIT");
		expectDiscount("750", "amountToPay", "20000", "bankName", "IDFC", "paymentInstrument", "debit card");
		expectDiscount("750", "amountToPay", "20000", "bankName", "IDFC", "paymentInstrument", "DEBIT");
		expectDiscount("0", "amountToPay", "20000", "bankName", "FLIPKARTAXISBANK", "paymentInstrument", "DEBIT_EMI");
		// real-04: Paytm cashback for "UPI" in general reaches a UPI_INTENT query
		postSample("real-04-offer-list.json");
		expectDiscount("10", "amountToPay", "100", "bankName", "SBI", "paymentInstrument", "UPI_INTENT");
		expectDiscount("1000", "amountToPay", "30000", "bankName", "SBI", "paymentInstrument", "EMI");
		expectDiscount("1000", "amountToPay", "30000", "bankName", "SBI", "paymentInstrument", "credit card emi");
	}

	@Test
	void anUnknownInstrumentIsRefusedWithTheAcceptedOnesButAnUnknownBankAnswersZero() throws Exception {
		postSample("real-14-revamp-offers-only-27offers.json");
		// "Extra ₹10000 Off On selected Bank TRNX" names no instrument: open to every
		// instrument of SBI
		expectDiscount("10000", "amountToPay", "50000", "bankName", "SBI", "paymentInstrument", "NET_OPTIONS");
		// a typo answered 0 would read as "no offer": refused, with what would have been
		// understood
		for (String path : new String[] { "/highest-discount", "/best-offers", "/offers" }) {
			var request = get(path).param("bankName", "SBI").param("paymentInstrument", "BITCOIN");
			// /offers takes no amount: it would be refused as a parameter it does not
			// read
			if (!path.equals("/offers")) {
				request.param("amountToPay", "50000");
			}
			mvc.perform(request)
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.detail").value(containsString("paymentInstrument must be one of CREDIT, "
						+ "CREDIT_CARD, DEBIT, EMI_OPTIONS, DEBIT_EMI, NET_OPTIONS, UPI,")))
				.andExpect(jsonPath("$.detail").value(containsString("\"BITCOIN\"")));
		}
		mvc.perform(get("/highest-discount").param("amountToPay", "50000")
			.param("bankName", "SBI")
			.param("cardNetwork", "DISCOVER"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail")
				.value(containsString("cardNetwork must be one of VISA, MASTERCARD, RUPAY, AMEX, DINERS")));
		// new banks appear all the time: one this service does not know has no offers yet
		expectDiscount("0", "amountToPay", "50000", "bankName", "Bank of Atlantis", "paymentInstrument", "NET_OPTIONS");
		// aliases and every UPI family member keep working
		expectDiscount("10000", "amountToPay", "50000", "bankName", "SBI", "paymentInstrument", "net banking");
		expectDiscount("10000", "amountToPay", "50000", "bankName", "SBI", "paymentInstrument", "CRED");
		expectDiscount("10000", "amountToPay", "50000", "bankName", "SBI", "cardNetwork", "American Express");
	}

	@ParameterizedTest(name = "{0} months -> {1}")
	@CsvSource(textBlock = """
			3,  0
			6,  3750
			9,  4000
			12, 4500
			24, 4500
			""")
	void emiTenureLimitsTheSlabs(String months, String expected) throws Exception {
		postSample("real-01-offer-banners-and-sections.json");
		expectDiscount(expected, "amountToPay", "80000", "bankName", "HDFC", "paymentInstrument", "EMI_OPTIONS",
				"emiMonths", months);
	}

	@Test
	void withoutATenureTheBestTenureCounts() throws Exception {
		postSample("real-14-revamp-offers-only-27offers.json");
		expectDiscount("4500", "amountToPay", "80000", "bankName", "HDFC", "paymentInstrument", "EMI_OPTIONS");
		expectDiscount("3750", "amountToPay", "80000", "bankName", "HDFC", "paymentInstrument", "EMI_OPTIONS",
				"emiMonths", "6");
	}

	@Test
	void aCardNetworkLimitExcludesOtherNetworks() throws Exception {
		postBody("""
				{"flipkartOfferApiResponse": {"offer_sections": {"PBO": {"offers": [{"adjustment_id": "FPO-RUPAY-1",
				  "summary": "10% off up to ₹500 on RuPay Credit Cards of SBI", "contributors": {"banks": ["SBI"],
				  "payment_instrument": ["CREDIT"], "card_networks": []}}]}}}}""");
		expectDiscount("500", "amountToPay", "9000", "bankName", "SBI");
		expectDiscount("500", "amountToPay", "9000", "bankName", "SBI", "cardNetwork", "rupay");
		expectDiscount("0", "amountToPay", "9000", "bankName", "SBI", "cardNetwork", "VISA");
	}

	@Test
	void aNetworkThePayloadSpellsOutMatchesItsCodeInAQuery() throws Exception {
		postBody("""
				{"flipkartOfferApiResponse": {"offer_sections": {"PBO": {"offers": [{"adjustment_id": "FPO-AMEX-1",
				  "summary": "Flat ₹750 off on SBI Credit Cards", "contributors": {"banks": ["SBI"],
				  "payment_instrument": ["CREDIT"], "card_networks": ["American Express"]}}]}}}}""");
		expectDiscount("750", "amountToPay", "9000", "bankName", "SBI", "cardNetwork", "AMEX");
		expectDiscount("750", "amountToPay", "9000", "bankName", "SBI", "cardNetwork", "amex");
		expectDiscount("0", "amountToPay", "9000", "bankName", "SBI", "cardNetwork", "VISA");
		mvc.perform(get("/offers/FPO-AMEX-1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.offer.cardNetworks").value(contains("AMEX")));
	}

	@Test
	void expiredAndNotYetValidOffersNeverApply() throws Exception {
		postSample("invented-01-offers-structured-fields-validity.json");
		clock.set(Instant.parse("2025-07-10T10:00:00Z"));
		expectDiscount("500", "amountToPay", "5000", "bankName", "AXIS", "paymentInstrument", "CREDIT");
		expectDiscount("500", "amountToPay", "5000", "bankName", "HDFC", "paymentInstrument", "EMI_OPTIONS");
		clock.set(Instant.parse("2025-07-25T10:00:00Z"));
		expectDiscount("500", "amountToPay", "5000", "bankName", "AXIS", "paymentInstrument", "CREDIT");
		expectDiscount("0", "amountToPay", "5000", "bankName", "HDFC", "paymentInstrument", "EMI_OPTIONS");
		clock.set(Instant.parse("2025-06-30T10:00:00Z"));
		expectDiscount("0", "amountToPay", "5000", "bankName", "AXIS", "paymentInstrument", "CREDIT");
	}

	@Test
	void validityWrittenInTheTextIsHonoured() throws Exception {
		postBody("""
				{"flipkartOfferApiResponse": {"offers": {"offerList": [{"provider": ["HDFC"],
				  "offerDescription": {"id": "FPO-DEC-1",
				  "text": "Flat ₹500 off on HDFC Bank Credit Card, valid till 31st Dec 2025"}}]}}}""");
		clock.set(Instant.parse("2025-12-31T18:00:00Z"));
		expectDiscount("500", "amountToPay", "5000", "bankName", "HDFC");
		clock.set(Instant.parse("2025-12-31T18:30:00Z"));
		expectDiscount("0", "amountToPay", "5000", "bankName", "HDFC");
	}

	@Test
	void changedTermsUnderTheSameIdUpdateTheOfferAtOnce() throws Exception {
		String offer = """
				{"flipkartOfferApiResponse": {"offer_sections": {"PBO": {"offers": [{"adjustment_id": "FPO-CHANGE-1",
				  "summary": "Flat ₹%s off on Axis Bank Credit Card. Min Txn Value: ₹5,000",
				  "contributors": {"banks": ["AXIS"], "payment_instrument": ["CREDIT"]}}]}}}}""";
		postBody(offer.formatted("500")).andExpect(jsonPath("$.noOfNewOffersCreated").value(1));
		expectDiscount("500", "amountToPay", "6000", "bankName", "AXIS");
		postBody(offer.formatted("750")).andExpect(jsonPath("$.noOfOffersIdentified").value(1))
			.andExpect(jsonPath("$.noOfNewOffersCreated").value(0));
		expectDiscount("750", "amountToPay", "6000", "bankName", "AXIS");
		mvc.perform(get("/offers/FPO-CHANGE-1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.offer.flatAmount").value(750))
			.andExpect(jsonPath("$.replacedVersions").value(1))
			.andExpect(jsonPath("$.rawJson[0].summary").value(containsString("₹750")));
	}

	@Test
	void theCatalogListsOffersAsUnderstoodPagedAndFiltered() throws Exception {
		postSample("real-01-offer-banners-and-sections.json");
		mvc.perform(get("/offers").param("size", "10"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.offers", hasSize(10)))
			.andExpect(jsonPath("$.totalOffers").value(28))
			.andExpect(jsonPath("$.totalPages").value(3));
		mvc.perform(get("/offers").param("bankName", "Bank of Baroda"))
			.andExpect(jsonPath("$.totalOffers").value(2))
			.andExpect(jsonPath("$.offers[0].banks[0]").value("BOBARODA"));
		mvc.perform(get("/offers").param("bankName", "HDFC").param("paymentInstrument", "CREDIT"))
			.andExpect(jsonPath("$.totalOffers").value(0));
		mvc.perform(get("/offers").param("paymentInstrument", "UPI"))
			.andExpect(jsonPath("$.totalOffers").value(1))
			.andExpect(jsonPath("$.offers[0].kind").value("CASHBACK"));
		mvc.perform(get("/offers/FPO2506301938399SY1F"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.offer.percent").value(10))
			.andExpect(jsonPath("$.offer.maxDiscount").value(1500))
			.andExpect(jsonPath("$.offer.minAmount").value(7500))
			.andExpect(jsonPath("$.offer.minEmiMonths").value(6))
			.andExpect(jsonPath("$.offer.active").value(true))
			.andExpect(jsonPath("$.rawJson", hasSize(2)));
		mvc.perform(get("/offers/FPO250705190116Z9YX8"))
			.andExpect(jsonPath("$.offer.kind").value("NO_COST_EMI"))
			.andExpect(jsonPath("$.offer.givesAmountOff").value(false));
	}

	@Test
	void activeFilterFollowsTheClock() throws Exception {
		postSample("invented-01-offers-structured-fields-validity.json");
		mvc.perform(get("/offers").param("active", "true")).andExpect(jsonPath("$.totalOffers").value(0));
		mvc.perform(get("/offers").param("active", "false")).andExpect(jsonPath("$.totalOffers").value(2));
		clock.set(Instant.parse("2025-07-10T10:00:00Z"));
		mvc.perform(get("/offers").param("active", "true")).andExpect(jsonPath("$.totalOffers").value(2));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/offers?page=-1", "/offers?size=0", "/offers?size=1000", "/offers?active=maybe",
			"/offers?bankName=%00", "/best-offers?amountToPay=100",
			"/best-offers?amountToPay=100&bankName=SBI&emiMonths=0",
			"/best-offers?amountToPay=100&bankName=SBI&emiMonths=x",
			"/best-offers?amountToPay=100&bankName=SBI&cardNetwork=V1", "/payment-options",
			"/payment-options?amountToPay=-1", "/highest-discount?amountToPay=100&bankName=SBI&emiMonths=61" })
	void theNewEndpointsRejectBadParametersAsProblems(String uri) throws Exception {
		mvc.perform(get(uri))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	@Test
	void anUnknownOfferIsANotFoundProblem() throws Exception {
		mvc.perform(get("/offers/FPO-NOPE"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(containsString("FPO-NOPE")));
	}

	@Test
	void bestOffersRanksTheApplicableOffersWithTheirReasons() throws Exception {
		postSample("real-02-sections-with-adjustment-list.json");
		mvc.perform(get("/best-offers").param("amountToPay", "26000")
			.param("bankName", "AXIS")
			.param("paymentInstrument", "CREDIT"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.offers[0].offerId").value("FPO2507141301525JH49"))
			.andExpect(jsonPath("$.offers[0].discountAmount").value(1250))
			.andExpect(jsonPath("$.offers[0].why").value(containsString("capped at ₹1250")))
			.andExpect(jsonPath("$.offers[1].discountAmount").value(1000))
			// the generic "additional ₹1000" offer comes twice under two ids, then "Extra
			// ₹500"
			.andExpect(jsonPath("$.offers[2].discountAmount").value(1000))
			.andExpect(jsonPath("$.offers[3].discountAmount").value(500))
			.andExpect(jsonPath("$.offers", hasSize(4)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "real-01-offer-banners-and-sections.json", "real-02-sections-with-adjustment-list.json",
			"real-03-full-payment-options-page.json", "real-04-offer-list.json",
			"real-05-offer-list-payment-options.json", "real-06-offer-list-with-bank-filters.json",
			"real-07-payment-options-offer-list-small.json", "real-08-fkpay-options-full-5offers.json",
			"real-09-fkpay-available-offers-5offers.json", "real-10-fkpay-options-readme-nbfc-emi-14offers.json",
			"real-11-fkpay-pbo-only-trimmed-7offers.json", "real-12-revamp-initial-state-wrapped-13offers.json",
			"real-13-revamp-paymentoptions-wrapped-12offers.json", "real-14-revamp-offers-only-27offers.json",
			"real-15-revamp-offerlist-readme-10offers.json" })
	void paymentOptionsRankBanksAndInstrumentsOnEveryRealSample(String file) throws Exception {
		postSample(file);
		mvc.perform(get("/payment-options").param("amountToPay", "100000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.options.length()", greaterThan(0)))
			.andExpect(jsonPath("$.options[0].highestDiscountAmount", greaterThan(0)));
		mvc.perform(get("/offers")).andExpect(jsonPath("$.totalOffers", greaterThan(0)));
	}

	@Test
	void paymentOptionsPutTheBestWayToPayFirst() throws Exception {
		postSample("real-01-offer-banners-and-sections.json");
		mvc.perform(get("/payment-options").param("amountToPay", "80000"))
			.andExpect(jsonPath("$.options[0].highestDiscountAmount").value(10000))
			.andExpect(jsonPath("$.options[?(@.bankName == 'HDFC' && @.paymentInstrument == 'EMI_OPTIONS')]"
					+ ".highestDiscountAmount")
				.value(4500));
	}

}
