package app.offers.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.offers.offer.Columns;
import app.offers.offer.DiscountTerms;
import app.offers.offer.Offer;
import app.offers.offer.OfferLimits;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a scraped page says can narrow an offer or make it unreadable, never widen it: an
 * end date announced but unreadable, a tenure field that is not a tenure, the same offer
 * shown twice with other terms, 100% of the cart, lists beyond the per-offer limits and
 * codes too long for their columns.
 */
class NothingWidensAnOfferTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final long RUPEE = 100;

	private static Offer fkpay(String summary) {
		return RefusalToGuessTests.fkpay(summary);
	}

	private static List<Offer> parse(String json) {
		return new FlipkartOfferParser().parse(JSON.readTree(json));
	}

	@ParameterizedTest
	@ValueSource(strings = { "valid till 31st Decmber 2025", "valid till 31st Dce 2025", "valid till 31st Feb 2026",
			"valid till 30 February 2026", "valid till 31st Dec", "valid till Dec 31", "valid till 12/31/2025",
			"valid till 31/12/2025", "valid till 31.12.2025", "valid until 2025-13-01", "valid through 32 Jan 2026",
			"valid till 31st Dec 1999", "Valid Till Decmbr 31, 2025" })
	void anEndDateThatCannotBeReadMakesTheOfferUnreadable(String validity) {
		Offer offer = fkpay("10% off up to ₹1,500 on HDFC Bank Credit Card, " + validity);
		assertThat(offer.readable()).as(validity).isFalse();
	}

	@Test
	void aReadableEndDateEndsTheOfferAndCountsAreNoDates() {
		Offer past = fkpay("10% off on HDFC Bank Credit Card, valid till 31st Dec 2025");
		assertThat(past.readable()).isTrue();
		assertThat(past.validUntil()).isEqualTo(Instant.parse("2025-12-31T18:30:00Z"));
		assertThat(past.activeAt(Instant.parse("2026-01-01T00:00:00Z"))).isFalse();
		assertThat(fkpay("10% off on HDFC Bank Credit Card, valid till December 31, 2025").validUntil())
			.isEqualTo(past.validUntil());
		assertThat(fkpay("10% off on HDFC Bank Credit Card, valid until 2025-12-31").validUntil())
			.isEqualTo(past.validUntil());
		// two announced ends: the earlier one
		assertThat(fkpay("10% off on HDFC Bank Credit Card, valid till 31 Jan 2026. Cashback valid till 31st Dec 2025")
			.validUntil()).isEqualTo(past.validUntil());
		Offer counted = fkpay("10% off on HDFC Bank Credit Card, valid up to 3 transactions per card");
		assertThat(counted.readable()).isTrue();
		assertThat(counted.validUntil()).isNull();
		assertThat(fkpay("10% off on HDFC Bank Credit Card, valid till stocks last").readable()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "[\"121\"]", "[-3]", "[\"-3\"]", "[9.5]", "[\"9.5\"]", "[1e1]", "[\"1e1\"]", "[\"nine\"]",
			"[\"6\", \"twelve\"]", "[{\"months\": 9}]", "[true]", "\"9 months\"", "{\"m\": 9}" })
	void aTenureFieldThatIsNotATenureMakesTheOfferUnreadable(String months) {
		Offer offer = parse("{\"offers\": [{\"adjustment_id\": \"FPO-EMI\", \"summary\": \"10% off on HDFC Bank Credit "
				+ "Card EMI\", \"contributors\": {\"payment_instrument\": [\"EMI_OPTIONS\"], \"banks\": [\"HDFC\"], "
				+ "\"emi_months\": " + months + "}}]}")
			.get(0);
		assertThat(offer.readable()).as(months).isFalse();
	}

	@Test
	void wholeTenuresAreRead() {
		Offer offer = parse("{\"offers\": [{\"adjustment_id\": \"FPO-EMI\", \"summary\": \"10% off on HDFC Bank Credit "
				+ "Card EMI\", \"contributors\": {\"payment_instrument\": [\"EMI_OPTIONS\"], \"banks\": [\"HDFC\"], "
				+ "\"emi_months\": [\"9\", 12, \"0\"]}}]}")
			.get(0);
		assertThat(offer.readable()).isTrue();
		assertThat(offer.tenure().months()).containsExactlyInAnyOrder(0, 9, 12);
		assertThat(offer.tenure().allows(6)).isFalse();
	}

	private static String appearance(String summary, String limits) {
		return "{\"adjustment_id\": \"FPO-TWICE\", \"summary\": " + JSON.writeValueAsString(summary)
				+ ", \"contributors\": {\"payment_instrument\": [\"CREDIT\"], \"banks\": [\"HDFC\"]}" + limits + "}";
	}

	private static Offer twice(String first, String second) {
		List<Offer> offers = parse("{\"banners\": [" + first + "], \"sections\": [" + second + "]}");
		assertThat(offers).hasSize(1);
		return offers.get(0);
	}

	@Test
	void theSameOfferShownTwiceGivesTheStricterReadingWhateverTheOrder() {
		String five = appearance("5% off on HDFC Bank Credit Card", "");
		String fifty = appearance("50% off on HDFC Bank Credit Card", "");
		Offer oneWay = twice(five, fifty);
		Offer otherWay = twice(fifty, five);
		assertThat(oneWay.terms()).isEqualTo(otherWay.terms());
		assertThat(oneWay.terms().discountPaise(1_000 * RUPEE)).isEqualTo(50 * RUPEE);

		String bigCap = appearance("10% off on HDFC Bank Credit Card",
				", \"offer_txn_limits\": {\"max_discount_per_txn\": 500000}");
		String smallCap = appearance("10% off on HDFC Bank Credit Card",
				", \"offer_txn_limits\": {\"max_discount_per_txn\": 5000}");
		assertThat(twice(bigCap, smallCap).terms().discountPaise(100_000 * RUPEE)).isEqualTo(50 * RUPEE);
		assertThat(twice(smallCap, bigCap).terms()).isEqualTo(twice(bigCap, smallCap).terms());

		// a percent in one appearance, a flat amount in the other: the percent, capped at
		// the amount
		String percent = appearance("10% off on HDFC Bank Credit Card", "");
		String flat = appearance("Flat ₹300 off on HDFC Bank Credit Card", "");
		Offer both = twice(percent, flat);
		assertThat(both.terms()).isEqualTo(twice(flat, percent).terms());
		assertThat(both.terms().discountPaise(1_000 * RUPEE)).isEqualTo(100 * RUPEE);
		assertThat(both.terms().discountPaise(10_000 * RUPEE)).isEqualTo(300 * RUPEE);
		assertThat(both.terms().discountPaise(300 * RUPEE)).isEqualTo(-1);
	}

	@Test
	void handMadeOffersRepeatingAnIdWithOtherTermsAreNeverApplied() {
		String small = "{\"offerId\": \"X1\", \"bankName\": \"HDFC\", \"offerDescription\": \"5% off on HDFC Bank Credit Card\"}";
		String big = "{\"offerId\": \"X1\", \"bankName\": \"HDFC\", \"offerDescription\": \"50% off on HDFC Bank Credit Card\"}";
		Offer oneWay = parse("{\"offers\": [" + small + ", " + big + "]}").get(0);
		Offer otherWay = parse("{\"offers\": [" + big + ", " + small + "]}").get(0);
		assertThat(oneWay.readable()).isFalse();
		assertThat(otherWay).isEqualTo(oneWay.withoutRawJson().equals(otherWay.withoutRawJson()) ? otherWay : oneWay);
		assertThat(otherWay.withoutRawJson()).isEqualTo(oneWay.withoutRawJson());
		// the same offer twice is one readable offer
		assertThat(parse("{\"offers\": [" + small + ", " + small + "]}").get(0).readable()).isTrue();
	}

	@Test
	void aHundredPercentWithoutACapIsNeverApplied() {
		assertThat(fkpay("100% off on HDFC Bank Credit Card").readable()).isFalse();
		Offer capped = fkpay("100% cashback up to ₹50 on HDFC Bank Credit Card");
		assertThat(capped.readable()).isTrue();
		assertThat(capped.terms().discountPaise(40 * RUPEE)).isEqualTo(-1);
		assertThat(capped.terms().discountPaise(51 * RUPEE)).isEqualTo(50 * RUPEE);
		Offer structured = parse("{\"offers\": [{\"offerId\": \"P100\", \"bankName\": \"HDFC\", \"description\": "
				+ "\"Big offer\", \"discountPercent\": 100}]}")
			.get(0);
		assertThat(structured.readable()).isFalse();
		assertThat(fkpay("150% off up to ₹50 on HDFC Bank Credit Card").readable()).isFalse();
	}

	private static String codes(String prefix, int n) {
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			codes.add("\"" + prefix + i + "\"");
		}
		return "[" + String.join(",", codes) + "]";
	}

	private static Offer withLists(String banks, String instruments, String networks, String months) {
		return parse("{\"offers\": [{\"adjustment_id\": \"FPO-WIDE\", \"summary\": \"10% off up to ₹100\", "
				+ "\"contributors\": {\"banks\": " + banks + ", \"payment_instrument\": " + instruments
				+ ", \"card_networks\": " + networks + ", \"emi_months\": " + months + "}}]}")
			.get(0);
	}

	@Test
	void anOfferNamingMoreThanTheLimitsIsUnreadableAndKeptWithinThem() {
		OfferLimits limits = OfferLimits.DEFAULTS;
		Offer atLimits = withLists(codes("BANK", limits.banks()), codes("PAY", limits.instruments()),
				codes("NET", limits.cardNetworks()), months(limits.tenures()));
		assertThat(atLimits.readable()).isTrue();
		Offer banks = withLists(codes("BANK", limits.banks() + 1), "[\"CREDIT\"]", "[]", "[]");
		assertThat(banks.readable()).isFalse();
		assertThat(banks.banks()).hasSize(limits.banks());
		Offer instruments = withLists("[\"HDFC\"]", codes("PAY", limits.instruments() + 1), "[]", "[]");
		assertThat(instruments.readable()).isFalse();
		assertThat(instruments.instruments()).hasSize(limits.instruments());
		Offer networks = withLists("[\"HDFC\"]", "[\"CREDIT\"]", codes("NET", limits.cardNetworks() + 1), "[]");
		assertThat(networks.readable()).isFalse();
		assertThat(networks.cardNetworks()).hasSize(limits.cardNetworks());
		Offer tenures = withLists("[\"HDFC\"]", "[\"EMI_OPTIONS\"]", "[]", months(limits.tenures() + 1));
		assertThat(tenures.readable()).isFalse();
		assertThat(tenures.tenure().months()).hasSize(limits.tenures());
		// the limits are settings: smaller ones bite sooner
		Offer small = new FlipkartOfferParser(new OfferLimits(2, 2, 2, 2))
			.parse(JSON.readTree("{\"offers\": [{\"adjustment_id\": \"FPO-3\", \"summary\": \"10% off\", "
					+ "\"contributors\": {\"banks\": [\"HDFC\", \"SBI\", \"AXIS\"]}}]}"))
			.get(0);
		assertThat(small.readable()).isFalse();
	}

	private static String months(int n) {
		List<String> months = new ArrayList<>();
		for (int i = 1; i <= n; i++) {
			months.add(String.valueOf(i));
		}
		return "[" + String.join(",", months) + "]";
	}

	@Test
	void aCodeTooLongForItsColumnIsADoubtNotADroppedCode() {
		String longBank = "B".repeat(Columns.BANK_CODE + 1);
		Offer bank = parse("{\"offers\": [{\"adjustment_id\": \"FPO-LONG\", \"summary\": \"10% off on credit cards\", "
				+ "\"contributors\": {\"banks\": [\"" + longBank + "\"], \"payment_instrument\": [\"CREDIT\"]}}]}")
			.get(0);
		assertThat(bank.readable()).isFalse();
		assertThat(bank.banks()).isEmpty();
		String longInstrument = "P".repeat(Columns.INSTRUMENT + 1);
		Offer instrument = parse("{\"offers\": [{\"adjustment_id\": \"FPO-LONG\", \"summary\": \"10% off\", "
				+ "\"contributors\": {\"banks\": [\"HDFC\"], \"payment_instrument\": [\"" + longInstrument + "\"]}}]}")
			.get(0);
		assertThat(instrument.readable()).isFalse();
		String longNetwork = "N".repeat(Columns.CARD_NETWORK + 1);
		assertThat(parse("{\"offers\": [{\"adjustment_id\": \"FPO-LONG\", \"summary\": \"10% off\", \"contributors\": "
				+ "{\"banks\": [\"HDFC\"], \"card_networks\": [\"" + longNetwork + "\"]}}]}")
			.get(0)
			.readable()).isFalse();
	}

	@Test
	void conditionsTooLongForTheirColumnMakeTheOfferUnreadableAndAreNotKept() {
		// sixteen texts and titles, each naming other select cards, another cap per
		// period and other users: more
		// conditions than the column holds
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 16; i++) {
			texts.add("{\"adjustment_id\": \"FPO-MANY\", \"summary\": \"" + manyConditions(i, 'a') + "\", \"title\": \""
					+ manyConditions(i, 'A') + "\", \"contributors\": {\"banks\": [\"HDFC\"]}}");
		}
		Offer offer = parse("{\"offers\": [" + String.join(",", texts) + "]}").get(0);
		assertThat(offer.readable()).isFalse();
		assertThat(offer.conditions()).isEmpty();
		// one such text is an ordinary offer with its conditions
		Offer one = parse("{\"offers\": [" + texts.get(0) + "]}").get(0);
		assertThat(one.readable()).isTrue();
		assertThat(one.conditions()).isNotEmpty();
	}

	private static String manyConditions(int i, char letter) {
		String word = String.valueOf((char) (letter + i)).repeat(27);
		return "10% off upto ₹" + (4000 + i) + " per statement quarter on select " + word + " " + word
				+ " cards, valid once per " + word + " " + word + " user";
	}

	@Test
	void realCapturesStayWellWithinThePerOfferLimits() throws Exception {
		OfferLimits limits = OfferLimits.DEFAULTS;
		int banks = 0;
		int instruments = 0;
		int networks = 0;
		int tenures = 0;
		for (var entry : app.offers.testing.Samples.all().entrySet()) {
			for (Offer offer : new FlipkartOfferParser().parse(entry.getValue())) {
				banks = Math.max(banks, offer.banks().size());
				instruments = Math.max(instruments, offer.instruments().size());
				networks = Math.max(networks, offer.cardNetworks().size());
				tenures = Math.max(tenures, offer.tenure().months().size());
			}
		}
		// room to spare: at least twice what any capture names
		assertThat(banks).isPositive().isLessThanOrEqualTo(limits.banks() / 2);
		assertThat(instruments).isLessThanOrEqualTo(limits.instruments() / 2);
		assertThat(networks).isLessThanOrEqualTo(limits.cardNetworks() / 2);
		assertThat(tenures).isLessThanOrEqualTo(limits.tenures() / 2);
	}

	@Test
	void theOrderOfAppearancesNeverChangesAnOffer() {
		String a = appearance("5% off up to ₹500 on HDFC Bank Credit Card, Min Txn Value: ₹2,000", "");
		String b = appearance("10% off up to ₹300 on HDFC Bank Credit Card",
				", \"offer_txn_limits\": " + "{\"min_txn_value\": 500000}");
		String c = appearance("Flat ₹250 off on HDFC Bank Credit Card", "");
		List<String> all = new ArrayList<>(List.of(a, b, c));
		DiscountTerms first = null;
		for (int i = 0; i < 6; i++) {
			Collections.rotate(all, 1);
			if (i == 3) {
				Collections.swap(all, 0, 1);
			}
			Offer offer = parse("{\"offers\": [" + String.join(",", all) + "]}").get(0);
			first = first == null ? offer.terms() : first;
			assertThat(offer.terms()).isEqualTo(first);
			assertThat(Set.of(offer.readable())).containsExactly(true);
		}
	}

}
