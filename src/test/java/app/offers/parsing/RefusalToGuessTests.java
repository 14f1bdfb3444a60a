package app.offers.parsing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import app.offers.offer.DiscountTerms;
import app.offers.offer.Offer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An offer whose terms cannot be read with confidence is found, kept and never applied:
 * the parser refuses to guess a cap it cannot read, a percent outside (0, 100], a number
 * split by a space or grouped oddly, a value beyond any real offer, or a date no offer
 * carries.
 */
class RefusalToGuessTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final FlipkartOfferParser PARSER = new FlipkartOfferParser();

	/** One fkpay offer with this summary, tied to HDFC credit cards. */
	static Offer fkpay(String summary) {
		String json = "{\"offers\": [{\"adjustment_type\": \"INSTANT_DISCOUNT\", \"adjustment_id\": \"FPO-DOUBT\","
				+ "\"summary\": " + JSON.writeValueAsString(summary)
				+ ", \"contributors\": {\"payment_instrument\": [\"CREDIT\"], \"banks\": [\"HDFC\"]}}]}";
		List<Offer> offers = PARSER.parse(JSON.readTree(json));
		assertThat(offers).hasSize(1);
		return offers.get(0);
	}

	static Offer parseOne(String json) {
		List<Offer> offers = PARSER.parse(JSON.readTree(json));
		assertThat(offers).as(json).hasSize(1);
		return offers.get(0);
	}

	static Stream<String> doubtfulTexts() {
		return Stream.of("10% off up to ₹५०० on HDFC Bank Credit Card", // Devanagari
																		// digits
				"10% off up to ₹５００ on HDFC Bank Credit Card", // full-width digits
				"10% off up to â‚¹500 on HDFC Bank Credit Card", // a garbled rupee sign
				"10% off up to \uFFFD500 on HDFC Bank Credit Card", "10% off up to ₹ on HDFC Bank Credit Card",
				"10% off up to ₹99999999999999999999 on HDFC Bank Credit Card", // 20
																				// digits
				"10% off up to ₹-500 on HDFC Bank Credit Card", "10% off up to -₹500 on HDFC Bank Credit Card",
				"10% off up to ₹20,00,00,000 on HDFC Bank Credit Card", // ₹20 crore:
																		// beyond any real
																		// cap
				"0% off up to ₹500 on HDFC Bank Credit Card", "150% off up to ₹500 on HDFC Bank Credit Card",
				"1e308% off up to ₹500 on HDFC Bank Credit Card", "1050% off on HDFC Bank Credit Card",
				"-10% off on HDFC Bank Credit Card", "10.125% off on HDFC Bank Credit Card",
				"Get up to 10% off on HDFC Bank Credit Card",
				"Flat ₹500 off on HDFC Bank Credit Card, Min Txn Value: ₹5\u00A0000", // no-break
																						// space
				"Flat ₹500 off on HDFC Bank Credit Card, Min Txn Value: ₹5\u200B000", // zero-width
																						// space
				"Flat ₹500 off on HDFC Bank Credit Card, Min Txn Value: ₹5 000",
				"Flat ₹500 off on HDFC Bank Credit Card, Min Txn Value: ₹500,50",
				"Flat ₹500 off on HDFC Bank Credit Card, Min Txn Value: ₹1.500",
				"Flat ₹500 off on HDFC Bank Credit Card, Min Txn Value: ₹abc",
				"Flat ₹500 off on HDFC Bank Credit Card, Min Txn Value: five thousand",
				"10% off on HDFC Bank Credit Card, Max. Discount: ₹1e13",
				"Flat ₹1,111,1,111 off on HDFC Bank Credit Card", "Flat ₹" + "1,111".repeat(1600) + " off", // 8
																											// KB
																											// of
																											// digit
																											// groups:
																											// once
																											// a
																											// StackOverflowError
				"10% off up to ₹1,500 on HDFC Bank Credit Card " + "and more ".repeat(200)); // beyond
																								// the
																								// length
																								// read
	}

	@ParameterizedTest
	@MethodSource("doubtfulTexts")
	void aTextThatCannotBeReadWithConfidenceMakesItsOfferUnreadable(String summary) {
		Offer offer = fkpay(summary);
		assertThat(offer.readable()).as(summary).isFalse();
		assertThat(offer.givesAmountOff()).isFalse();
		assertThat(offer.summary().length()).isLessThanOrEqualTo(Offer.MAX_SUMMARY_LENGTH);
	}

	@ParameterizedTest
	@ValueSource(strings = { "10% off up to ₹1,500 on HDFC Bank Credit Card EMI, Min Txn Value: ₹5,000",
			"Flat ₹1,00,000 off on orders of ₹10,00,000 and above", "Save upto ₹1,250",
			"10% off up to  ₹1,500 on IDFC First Bank Credit Card EMI Transactions. Min Txn Value:  ₹4,990",
			"Flat ₹1,499.50 off, Min Order Value ₹12,999.99", "10% off up to ₹1,500, on orders of ₹5,000 and above",
			"Flat ₹750 off on HDFC Bank Credit Card EMI on 6 months tenure, valid upto 31st Dec 2099",
			"Flat ₹500 off on Credit Card EMI up to 12 months", "₹4000 Off On Kotak Bank Credit Card Transactions.",
			"Flat ₹500 off, 0% interest on HDFC Bank Credit Card EMI" })
	void wellFormedTextsStillRead(String summary) {
		assertThat(fkpay(summary).readable()).as(summary).isTrue();
	}

	@Test
	void noCostEmiUpToSomeMonthsIsReadAsNoCostEmi() {
		Offer offer = fkpay("No Cost EMI Upto 6 Months");
		assertThat(offer.readable()).isTrue();
		assertThat(offer.givesAmountOff()).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1000000000000000", "-150000", "0", "1.5", "1e999999", "\"150000\"", "true" })
	void aStructuredCapOutsideTheRangeMakesTheOfferUnreadable(String cap) {
		Offer offer = parseOne("{\"offers\": [{\"adjustment_id\": \"FPO-CAP\", \"summary\": \"10% off on HDFC Bank "
				+ "Credit Card\", \"contributors\": {\"banks\": [\"HDFC\"]}, \"offer_txn_limits\": "
				+ "{\"max_discount_per_txn\": " + cap + "}}]}");
		assertThat(offer.readable()).as(cap).isFalse();
	}

	@Test
	void aMaximumAmountBeyondAnyQueryMeansNoMaximum() {
		Offer offer = parseOne("{\"offers\": [{\"adjustment_id\": \"FPO-MAX\", \"summary\": \"10% off on HDFC Bank "
				+ "Credit Card\", \"contributors\": {\"banks\": [\"HDFC\"]}, \"offer_txn_limits\": "
				+ "{\"min_txn_value\": 500000, \"max_txn_value\": 100000000000, \"max_discount_per_txn\": 10000000000}}]}");
		assertThat(offer.readable()).isTrue();
		assertThat(offer.terms())
			.isEqualTo(new DiscountTerms(1000, null, DiscountTerms.MAX_MONEY_PAISE, 500000L, null));
	}

	@ParameterizedTest
	@ValueSource(strings = { "₹1e13", "₹ 1,00,00,00,000,000", "-₹500", "lots", "1e999999" })
	void anOfferBoxWithAnUnreadableMaximumDiscountIsUnreadable(String value) {
		String json = "{\"box\": {\"offerHeader\": {\"title\": \"10% off on HDFC Bank Credit Card\"},"
				+ "\"offerDescription\": [{\"key\": \"Max. Discount\", \"value\": " + JSON.writeValueAsString(value)
				+ "}], \"offerFooter\": {\"tncInfo\": {\"id\": \"FPO-BOX\"}}}}";
		assertThat(parseOne(json).readable()).as(value).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "\"discountPercent\": 1e999999", "\"discountPercent\": 150", "\"discountPercent\": -10",
			"\"discountPercent\": 0", "\"discountValue\": 1e999999", "\"discountValue\": 500, \"minAmount\": 1e999999",
			"\"discountValue\": 500, \"maxDiscount\": -1",
			"\"discountValue\": 500, \"validTill\": \"+999999999-12-31\"",
			"\"discountValue\": 500, \"validTill\": \"next week\"",
			"\"discountValue\": 500, \"validFrom\": \"-999999999-01-01\"" })
	void handWrittenFieldsOutOfRangeMakeTheOfferUnreadableWithoutAnError(String fields) {
		String json = "{\"offers\": [{\"offerId\": \"X-1\", \"bankName\": \"HDFC\", \"description\": \"Bank offer\", "
				+ fields + "}]}";
		assertThatCode(() -> PARSER.parse(JSON.readTree(json))).doesNotThrowAnyException();
		assertThat(parseOne(json).readable()).as(fields).isFalse();
	}

	@Test
	void anIdWithControlCharactersIsNotKeptAsAKey() {
		Offer offer = parseOne("{\"offers\": [{\"adjustment_id\": \"FPO-1\\nINFO forged line\", \"summary\": "
				+ "\"Flat ₹500 off on HDFC Bank Credit Card\", \"contributors\": {\"banks\": [\"HDFC\"]}}]}");
		assertThat(offer.key()).doesNotContain("\n").startsWith("fp-");
		assertThat(offer.flipkartId()).isNull();
	}

	@Test
	void oneIdRepeatedManyTimesWithDifferentTextsMergesInLinearTime() {
		StringBuilder json = new StringBuilder("{\"offers\": [");
		for (int i = 0; i < 120_000; i++) {
			json.append(i == 0 ? "" : ",")
				.append("{\"adjustment_id\": \"FPO-SAME\", \"summary\": \"Flat ₹")
				.append(i % 900 + 100)
				.append(" off variant ")
				.append(i)
				.append("\"}");
		}
		JsonNode tree = JSON.readTree(json.append("]}").toString());
		// the quadratic merge took half a minute here; this bounds a hang, it does not
		// measure speed
		List<Offer> offers = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> PARSER.parse(tree));
		assertThat(offers).hasSize(1);
		assertThat(offers.get(0).terms().flatPaise()).isEqualTo(100_00L);
	}

	/**
	 * Property: whatever mix of real phrases and corrupt tokens a text holds, an offer
	 * read as applicable has terms within range, and any corrupt token makes it
	 * unreadable.
	 */
	@Test
	void corruptTokensAnywhereInARealTextAreNeverGuessedAround() {
		String[] good = { "10% off", "up to ₹1,500", "on HDFC Bank Credit Card EMI", "Min Txn Value: ₹5,000",
				"Flat ₹750", "on orders of ₹24,990 and above", "Extra ₹500 off", "5% cashback", "upto ₹4,000" };
		String[] corrupt = { "up to ₹५००", "up to ₹-5", "₹5 000", "₹500,50", "150%", "0%", "-5%", "1e3%", "up to ₹",
				"Min Txn Value: ₹x", "₹99,99,99,99,99,999", "Max. Discount: ₹?" };
		Random r = new Random(42);
		for (int i = 0; i < 2000; i++) {
			StringBuilder text = new StringBuilder();
			boolean corrupted = false;
			for (int part = 0; part < 2 + r.nextInt(4); part++) {
				if (r.nextInt(4) == 0) {
					text.append(corrupt[r.nextInt(corrupt.length)]);
					corrupted = true;
				}
				else {
					text.append(good[r.nextInt(good.length)]);
				}
				text.append(' ');
			}
			Offer offer = fkpay(text.toString());
			if (corrupted) {
				assertThat(offer.readable()).as(text.toString()).isFalse();
			}
			DiscountTerms t = offer.terms();
			for (long amount : new long[] { 1, 99_99, 5_000_00, 1_000_000_000_00L }) {
				assertThat(t.discountPaise(amount)).as(text.toString()).isBetween(-1L, amount);
			}
		}
	}

}
