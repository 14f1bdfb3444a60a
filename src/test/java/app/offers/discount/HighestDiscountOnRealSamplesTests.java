package app.offers.discount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import app.offers.testing.Samples;

/** The whole path, HTTP to database and back, on the real payment-page captures. */
@SpringBootTest
@AutoConfigureMockMvc
class HighestDiscountOnRealSamplesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LiveOffers live;

	@BeforeEach
	void emptyStore() {
		jdbc.update("delete from offer");
		live.reloadAll();
	}

	void post(String file, int identified, int created) throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/offer")
			.contentType(MediaType.APPLICATION_JSON)
			.content(Samples.wrapped(file)))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.noOfOffersIdentified").value(identified))
			.andExpect(jsonPath("$.noOfNewOffersCreated").value(created));
	}

	@ParameterizedTest
	@ValueSource(strings = { "real-01-offer-banners-and-sections.json (28 offers)",
			"real-02-sections-with-adjustment-list.json (30 offers)",
			"real-03-full-payment-options-page.json (13 offers)", "real-04-offer-list.json (14 offers)",
			"real-05-offer-list-payment-options.json (30 offers)",
			"real-06-offer-list-with-bank-filters.json (28 offers)",
			"real-07-payment-options-offer-list-small.json (5 offers)",
			"real-08-fkpay-options-full-5offers.json (5 offers)",
			"real-09-fkpay-available-offers-5offers.json (5 offers)",
			"real-10-fkpay-options-readme-nbfc-emi-14offers.json (14 offers)",
			"real-11-fkpay-pbo-only-trimmed-7offers.json (7 offers)",
			"real-12-revamp-initial-state-wrapped-13offers.json (13 offers)",
			"real-13-revamp-paymentoptions-wrapped-12offers.json (12 offers)",
			"real-14-revamp-offers-only-27offers.json (27 offers)",
			"real-15-revamp-offerlist-readme-10offers.json (10 offers)" })
	void everyRealSampleIsLearnedOnceAndRepostedAsNothingNew(String sample) throws Exception {
		Matcher m = Pattern.compile("(\\S+) \\((\\d+) offers\\)").matcher(sample);
		assertThat(m.matches()).isTrue();
		int offers = Integer.parseInt(m.group(2));
		post(m.group(1), offers, offers);
		post(m.group(1), offers, 0);
		assertThat(jdbc.queryForObject("select count(*) from offer", Integer.class)).isEqualTo(offers);
	}

	/**
	 * The worked queries of the samples' notes: a careful reader's answers, each file
	 * posted alone.
	 */
	@ParameterizedTest(name = "{0}: {1} {2} {3} -> {4}")
	@CsvSource(textBlock = """
			real-01-offer-banners-and-sections.json,    80000, HDFC,             EMI_OPTIONS, 4500
			real-01-offer-banners-and-sections.json,    12000, HDFC,             EMI_OPTIONS, 750
			real-01-offer-banners-and-sections.json,    20000, BOBARODA,         EMI_OPTIONS, 1500
			real-01-offer-banners-and-sections.json,    20000, IDFC,             CREDIT,      750
			real-01-offer-banners-and-sections.json,    10000, FLIPKARTAXISBANK, CREDIT,      500
			real-02-sections-with-adjustment-list.json, 50000, HDFC,             EMI_OPTIONS, 1000
			real-02-sections-with-adjustment-list.json, 26000, HDFC,             EMI_OPTIONS, 1500
			real-02-sections-with-adjustment-list.json, 26000, AXIS,             CREDIT,      1250
			real-02-sections-with-adjustment-list.json, 26000, AXIS,             EMI_OPTIONS, 1500
			real-04-offer-list.json,                    30000, SBI,              EMI_OPTIONS, 1000
			real-04-offer-list.json,                    30000, SBI,              CREDIT,      750
			real-04-offer-list.json,                    30000, FLIPKARTSBI,      CREDIT,      1500
			real-05-offer-list-payment-options.json,    30000, HDFC,             EMI_OPTIONS, 3000
			invented-12-offer-list-under-wrapper.json,  5000,  SBI,              CREDIT,      750
			invented-12-offer-list-under-wrapper.json,  5000,  KOTAK,            DEBIT,       0
			invented-12-offer-list-under-wrapper.json,  12000, KOTAK,            DEBIT,       1000
			invented-12-offer-list-under-wrapper.json,  20000, IDFC,             EMI_OPTIONS, 1250
			invented-12-offer-list-under-wrapper.json,  8000,  IDFC,             EMI_OPTIONS, 800
			invented-12-offer-list-under-wrapper.json,  5000,  UCO,              CREDIT,      500
			invented-13-offer-boxes-key-value-rows.json, 50000, HDFC,            EMI_OPTIONS, 1000
			invented-13-offer-boxes-key-value-rows.json, 150000, HDFC,           EMI_OPTIONS, 0
			invented-13-offer-boxes-key-value-rows.json, 3000, SBI,              CREDIT,      250
			invented-14-list-of-offer-boxes.json,       20000, KOTAK,            EMI_OPTIONS, 1250
			invented-14-list-of-offer-boxes.json,       60000, KOTAK,            EMI_OPTIONS, 0
			invented-14-list-of-offer-boxes.json,       5000,  BOBARODA,         DEBIT,       250
			invented-14-list-of-offer-boxes.json,       2000,  INDUSIND,         UPI,         150
			""")
	void answersLikeACarefulReader(String file, String amount, String bank, String instrument, String expected)
			throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/offer")
			.contentType(MediaType.APPLICATION_JSON)
			.content(Samples.wrapped(file))).andExpect(status().isOk());
		mvc.perform(get("/highest-discount").param("amountToPay", amount)
			.param("bankName", bank)
			.param("paymentInstrument", instrument))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.highestDiscountAmount").value(Integer.parseInt(expected)));
	}

	/**
	 * A value too long for its column (a bank code, more conditions than the column
	 * holds) is a doubt about its offer, stored unreadable within the widths: the write
	 * goes through and the ordinary offer beside it counts.
	 */
	@Test
	void aFieldTooLongForItsColumnMakesItsOfferUnreadableNotTheWriteFail() throws Exception {
		StringBuilder texts = new StringBuilder();
		for (int i = 0; i < 16; i++) {
			String word = String.valueOf((char) ('a' + i)).repeat(27);
			texts.append(",{\"adjustment_id\": \"FPO-LONG-CONDITIONS\", \"summary\": \"10% off upto ₹")
				.append(4000 + i)
				.append(" per statement quarter on select ")
				.append(word)
				.append(' ')
				.append(word)
				.append(" cards, valid once per ")
				.append(word)
				.append(' ')
				.append(word)
				.append(" user\", \"title\": \"once per ")
				.append(word.toUpperCase(java.util.Locale.ROOT))
				.append(" user on select ")
				.append(word.toUpperCase(java.util.Locale.ROOT))
				.append(" X cards upto ₹")
				.append(5000 + i)
				.append(" per month\", \"contributors\": {\"banks\": [\"HDFC\"]}}");
		}
		String payload = "{\"flipkartOfferApiResponse\": {\"offers\": ["
				+ "{\"adjustment_id\": \"FPO-ORDINARY\", \"summary\": \"Flat ₹500 off on HDFC Bank Credit Card\","
				+ " \"contributors\": {\"banks\": [\"HDFC\"], \"payment_instrument\": [\"CREDIT\"]}},"
				+ "{\"adjustment_id\": \"FPO-LONG-BANK\", \"summary\": \"Flat ₹900 off\", \"contributors\": "
				+ "{\"banks\": [\"" + "B".repeat(app.offers.offer.Columns.BANK_CODE + 1) + "\"]}}" + texts + "]}}";
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post("/offer")
			.contentType(MediaType.APPLICATION_JSON)
			.content(payload))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.noOfOffersIdentified").value(3))
			.andExpect(jsonPath("$.noOfNewOffersCreated").value(3));
		assertThat(jdbc.queryForList("select offer_key from offer where readable = false", String.class))
			.containsExactlyInAnyOrder("FPO-LONG-BANK", "FPO-LONG-CONDITIONS");
		mvc.perform(get("/highest-discount").param("amountToPay", "10000").param("bankName", "HDFC"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.highestDiscountAmount").value(500));
	}

	@Test
	void bankNamesAndCaseMeetTheStoredCodes() throws Exception {
		post("real-01-offer-banners-and-sections.json", 28, 28);
		for (String bank : new String[] { "hdfc", "HDFC Bank", "Hdfc" }) {
			mvc.perform(get("/highest-discount").param("amountToPay", "80000").param("bankName", bank))
				.andExpect(status().isOk())
				.andExpect(jsonPath("$.highestDiscountAmount").value(4500));
		}
	}

	@Test
	void noCostEmiOffersAreStoredButGiveNothingOff() throws Exception {
		post("real-15-revamp-offerlist-readme-10offers.json", 10, 10);
		assertThat(jdbc.queryForObject("select count(*) from offer where kind = 'NO_COST_EMI'", Integer.class))
			.isEqualTo(4);
		// Bajaj Finserv has only a No Cost EMI offer here
		mvc.perform(get("/highest-discount").param("amountToPay", "50000")
			.param("bankName", "BAJAJFINSERV")
			.param("paymentInstrument", "EMI_OPTIONS")).andExpect(jsonPath("$.highestDiscountAmount").value(0));
	}

	@Test
	void banklessUpiCashbackReachesAnyBankPayingByUpi() throws Exception {
		post("real-08-fkpay-options-full-5offers.json", 5, 5);
		mvc.perform(get("/highest-discount").param("amountToPay", "600")
			.param("bankName", "KOTAK")
			.param("paymentInstrument", "UPI")).andExpect(jsonPath("$.highestDiscountAmount").value(10));
		// no instrument named: the best over every way to pay, paying by UPI with a Kotak
		// account included
		mvc.perform(get("/highest-discount").param("amountToPay", "600").param("bankName", "KOTAK"))
			.andExpect(jsonPath("$.highestDiscountAmount").value(10));
		mvc.perform(get("/highest-discount").param("amountToPay", "600")
			.param("bankName", "KOTAK")
			.param("paymentInstrument", "NET_OPTIONS")).andExpect(jsonPath("$.highestDiscountAmount").value(0));
	}

	@Test
	void anOfferSeenInTwoPayloadsIsOneOffer() throws Exception {
		post("real-08-fkpay-options-full-5offers.json", 5, 5);
		// real-09 shares four of real-08's ids and adds one
		post("real-09-fkpay-available-offers-5offers.json", 5, 1);
		assertThat(jdbc.queryForObject("select count(*) from offer", Integer.class)).isEqualTo(6);
	}

	@Test
	void storesBanksAndInstrumentsAsRowsAndKeepsTheRawJson() throws Exception {
		post("real-02-sections-with-adjustment-list.json", 30, 30);
		assertThat(jdbc.queryForObject("select count(*) from offer_bank where offer_key = 'FPO250708213057D3S7O'",
				Integer.class))
			.isGreaterThan(200);
		assertThat(jdbc.queryForList(
				"select instrument from offer_instrument where offer_key = 'FPO250709113443ONOEI' order by 1",
				String.class))
			.containsExactly("CREDIT_CARD", "EMI_OPTIONS");
		assertThat(jdbc.queryForObject("select raw_json from offer where offer_key = 'FPO250709141940GTY6M'",
				String.class))
			.contains("offer_txn_limits")
			.contains("1AAI HDFC - CCEMI - Sitewide - 6M+");
	}

}
