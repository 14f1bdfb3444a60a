package app.offers.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import app.offers.offer.Condition;

class ConditionReaderTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|',
			textBlock = """
					5% cashback on Flipkart Axis Bank Credit Card upto ₹4,000 per statement quarter | At most ₹4,000 per statement quarter
					5% cashback up to Rs. 1,500 per month on SBI cards                            | At most ₹1,500 per month
					Max ₹1,00,000 cashback per calendar year                                       | At most ₹1,00,000 per calendar year
					Flat ₹10 Cashback on Paytm UPI Trxns. Min Order Value ₹500. Valid once per Paytm account | Once per Paytm account
					Up To ₹50 Cashback on BHIM Payments App. Min Order Value ₹199. Offer Valid Once Per User | Once per user
					10% off, valid once per card                                                  | Once per card
					10% off on select cards of IDFC FIRST Bank                                    | Only on select cards
					1AAP IDFC - DC (select cards)                                                 | Only on select cards
					Flat ₹1000 off on select Samsung appliances                                   | Only on select Samsung appliances
					₹100 off on your first transaction with MobiKwik                               | Only on your first transaction
					""")
	void readsEachKindOfConditionInTheWordsOfRealOffers(String text, String words) {
		assertThat(Condition.describe(ConditionReader.read(text))).containsExactly(words);
	}

	@ParameterizedTest
	@ValueSource(strings = { "10% off up to ₹1,500 on HDFC Bank Credit Card EMI, min txn ₹5,000",
			"Extra ₹10000 Off On selected  Bank TRNX",
			"Get additional ₹1000 off on Credit/Debit Card, UPI and EMI Transactions", "5% cashback up to ₹4,000",
			"upto ₹ per quarter", "up to ₹99,99,99,99,999 per month", "" })
	void findsNoConditionWhereNoneIsStatedOrItsAmountCannotBeRead(String text) {
		assertThat(ConditionReader.read(text)).isEmpty();
	}

	@Test
	void aConditionStatedTwiceIsListedOnce() {
		assertThat(ConditionReader.read("Valid once per Paytm account. T&C: offer valid once per Paytm account"))
			.containsExactly(Condition.oncePer("Paytm account"));
	}

	@Test
	void aggregationLimitsOfZeroMeanNoLimit() {
		assertThat(ConditionReader.ofLimits(0L, 0L)).isEmpty();
		assertThat(ConditionReader.ofLimits(null, null)).isEmpty();
		assertThat(Condition.describe(ConditionReader.ofLimits(50_000L, 1L))).containsExactly("At most ₹500 per card",
				"Only one transaction");
		assertThat(Condition.describe(ConditionReader.ofLimits(-5L, 10L))).containsExactly("Up to 10 transactions");
	}

	@Test
	void conditionsSurviveTheirStoredCode() {
		for (Condition c : ConditionReader
			.read("upto ₹4,000.50 per statement quarter, once per Paytm account, on select "
					+ "Samsung appliances, select credit cards, first order")) {
			assertThat(Condition.ofCode(c.code())).isEqualTo(c);
		}
		assertThat(Condition.ofCode("SOMETHING_NEW|||")).isNull();
		assertThat(Condition.ofCode("garbage")).isNull();
	}

	/**
	 * The word cues only skip work: on every string of every real capture they change no
	 * reading.
	 */
	@Test
	void theWordCuesChangeNoReadingOfAnyRealText() throws Exception {
		List<String> texts = new ArrayList<>();
		try (var files = java.nio.file.Files.list(java.nio.file.Path.of("src/test/resources/samples"))) {
			for (var file : files.filter(f -> f.toString().endsWith(".json")).toList()) {
				collectStrings(tools.jackson.databind.json.JsonMapper.builder().build().readTree(file.toFile()), texts);
			}
		}
		assertThat(texts).hasSizeGreaterThan(1_000);
		long withConditions = texts.stream().filter(t -> !ConditionReader.read(t).isEmpty()).count();
		assertThat(withConditions).isPositive();
		for (String text : texts) {
			assertThat(ConditionReader.read(text)).as(text)
				.isEqualTo(ConditionReader.read(text, ConditionReader.Cues.ALL));
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "VALID ONCE PER PAYTM ACCOUNT", "10% off on \u017Felect cards", "\u017Felect cards",
			"UPTO ₹4,000 PER STATEMENT QUARTER", "Ma\u0130mum", "on your f\u0130rst order", "on your f\u0131rst order",
			"New Users Only", "once per \u212Aiosk card" })
	void aTextThatCaseFoldingCouldMatchGetsEveryPattern(String text) {
		assertThat(ConditionReader.read(text)).isEqualTo(ConditionReader.read(text, ConditionReader.Cues.ALL));
	}

	private static void collectStrings(tools.jackson.databind.JsonNode node, List<String> into) {
		if (node.isString()) {
			into.add(node.asString());
		}
		for (tools.jackson.databind.JsonNode child : node) {
			collectStrings(child, into);
		}
	}

}
