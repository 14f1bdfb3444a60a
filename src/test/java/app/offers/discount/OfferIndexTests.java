package app.offers.discount;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import app.offers.offer.DiscountTerms;
import app.offers.offer.Offer;
import app.offers.offer.OfferKind;
import app.offers.offer.Tenure;

/**
 * The envelope fast path answers what the exact scan of every applicable offer answers.
 */
class OfferIndexTests {

	static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

	static final String[] BANKS = { "HDFC", "SBI", "AXIS" };

	static final String[] INSTRUMENTS = { "CREDIT", "DEBIT", "EMI_OPTIONS", "DEBIT_EMI", "UPI", "UPI_INTENT",
			"NET_OPTIONS", "PAY_LATER" };

	static LongStream seeds() {
		return LongStream.range(0, 100);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void theFastPathAnswersLikeTheExactScan(long seed) {
		Random r = new Random(seed);
		List<Offer> offers = new ArrayList<>();
		for (int i = 0; i < 1 + r.nextInt(60); i++) {
			offers.add(randomOffer(r, "O" + i));
		}
		// built in two steps, as after two posts: the incremental rebuild must equal a
		// fresh one
		int half = offers.size() / 2;
		OfferIndex index = OfferIndex.of(1, offers.subList(0, half)).with(2, offers.subList(half, offers.size()));
		List<@Nullable String> queries = new ArrayList<>(List.of(INSTRUMENTS));
		queries.add(null);
		queries.add("GIFT_CARD");
		queries.add("PHONEPE");
		for (int q = 0; q < 300; q++) {
			String bank = r.nextInt(10) == 0 ? "KOTAK" : BANKS[r.nextInt(BANKS.length)];
			String instrument = queries.get(r.nextInt(queries.size()));
			long amount = 1 + r.nextInt(100_000_00);
			long exact = index.applicable(DiscountCriteria.of(bank, instrument), amount, NOW)
				.stream()
				.mapToLong(OfferIndex.Applicable::discountPaise)
				.max()
				.orElse(0);
			assertThat(index.highestDiscountPaise(DiscountCriteria.of(bank, instrument), amount, NOW))
				.as("seed %d: %s %s %d", seed, bank, instrument, amount)
				.isEqualTo(exact);
		}
	}

	/**
	 * Property: with offers at the edges of every range (a cap or flat amount of ₹10
	 * crore, 100%, 0.01%, a minimum of one paisa) and amounts from one paisa to the
	 * largest a query allows, every answer, fast path or scan, is within [0, amount].
	 */
	@ParameterizedTest
	@MethodSource("seeds")
	void noAnswerIsEverNegativeOrMoreThanTheAmount(long seed) {
		Random r = new Random(seed);
		List<Offer> offers = new ArrayList<>();
		for (int i = 0; i < 1 + r.nextInt(30); i++) {
			Offer offer = randomOffer(r, "E" + i);
			offers
				.add(new Offer(offer.key(), offer.key(), offer.kind(), offer.key(), offer.banks(), offer.instruments(),
						Set.of(), extremeTerms(r), Tenure.ANY, offer.validFrom(), offer.validUntil(), true, ""));
		}
		OfferIndex index = OfferIndex.of(1, offers);
		long[] amounts = { 1, 2, 99, 100_00, 12_345_67, DiscountTerms.MAX_MONEY_PAISE - 1,
				DiscountTerms.MAX_MONEY_PAISE, DiscountTerms.MAX_AMOUNT_PAISE - 1, DiscountTerms.MAX_AMOUNT_PAISE };
		for (int q = 0; q < 200; q++) {
			String bank = BANKS[r.nextInt(BANKS.length)];
			String instrument = r.nextBoolean() ? null : INSTRUMENTS[r.nextInt(INSTRUMENTS.length)];
			long amount = r.nextBoolean() ? amounts[r.nextInt(amounts.length)]
					: 1 + (r.nextLong() >>> 1) % DiscountTerms.MAX_AMOUNT_PAISE;
			Integer months = r.nextInt(4) == 0 ? 1 + r.nextInt(24) : null;
			assertThat(index.highestDiscountPaise(new DiscountCriteria(bank, instrument, months, null, false, false),
					amount, NOW))
				.as("seed %d: %s %s %d", seed, bank, instrument, amount)
				.isBetween(0L, amount);
			for (OfferIndex.Applicable a : index.applicable(DiscountCriteria.of(bank, instrument), amount, NOW)) {
				assertThat(a.discountPaise()).isBetween(0L, amount);
			}
		}
	}

	static DiscountTerms extremeTerms(Random r) {
		long[] money = { 1, 100, 99_999_99, DiscountTerms.MAX_MONEY_PAISE - 1, DiscountTerms.MAX_MONEY_PAISE };
		int[] percents = { 1, 999, 10_000 };
		Long cap = r.nextBoolean() ? null : money[r.nextInt(money.length)];
		Long min = r.nextBoolean() ? null : money[r.nextInt(money.length)];
		Long max = r.nextBoolean() ? null : Long.MAX_VALUE - r.nextInt(3);
		return r.nextBoolean() ? new DiscountTerms(percents[r.nextInt(percents.length)], null, cap, min, max)
				: new DiscountTerms(null, money[r.nextInt(money.length)], cap, min, max);
	}

	static Offer randomOffer(Random r, String key) {
		Set<String> banks = new HashSet<>();
		if (r.nextInt(8) > 0) {
			for (int i = 0; i <= r.nextInt(2); i++) {
				banks.add(BANKS[r.nextInt(BANKS.length)]);
			}
		}
		Set<String> instruments = new HashSet<>();
		for (int i = 0; i < r.nextInt(3); i++) {
			instruments.add(INSTRUMENTS[r.nextInt(INSTRUMENTS.length)]);
		}
		Instant from = r.nextInt(6) == 0 ? NOW.plusSeconds(r.nextInt(7200) - 3600) : null;
		Instant until = r.nextInt(6) == 0 ? NOW.plusSeconds(r.nextInt(7200) - 3600) : null;
		OfferKind kind = r.nextInt(10) == 0 ? OfferKind.NO_COST_EMI : OfferKind.INSTANT_DISCOUNT;
		return new Offer(key, key, kind, key, banks, instruments, Set.of(), DiscountEnvelopeTests.randomTerms(r),
				Tenure.ANY, from, until, true, "");
	}

	@Test
	void holdsAnOfferOnlyWithTheSameTerms() {
		Offer held = new Offer("HOLD-1", "HOLD-1", OfferKind.INSTANT_DISCOUNT, "10% off", Set.of("HDFC"),
				Set.of("CREDIT"), Set.of(), new DiscountTerms(1000, null, null, null, null), Tenure.ANY, null, null,
				true, "");
		OfferIndex index = OfferIndex.of(1, List.of(held));
		assertThat(index.holds(held)).isTrue();
		assertThat(index.holds(
				new Offer("HOLD-1", "HOLD-1", OfferKind.INSTANT_DISCOUNT, "10% off", Set.of("HDFC"), Set.of("CREDIT"),
						Set.of(), new DiscountTerms(1500, null, null, null, null), Tenure.ANY, null, null, true, "")))
			.isFalse();
		assertThat(index.holds(
				new Offer("HOLD-2", "HOLD-2", OfferKind.INSTANT_DISCOUNT, "10% off", Set.of("HDFC"), Set.of("CREDIT"),
						Set.of(), new DiscountTerms(1000, null, null, null, null), Tenure.ANY, null, null, true, "")))
			.isFalse();
	}

	@Test
	void madeUpInstrumentCodesAreNeverPaymentOptions() {
		OfferIndex index = OfferIndex.of(1,
				List.of(offer("A", Set.of("HDFC"), Set.of("CREDIT", "ZZ_MADE_UP"), 1000),
						offer("B", Set.of("SBI"), Set.of("ZZ_ONLY_MADE_UP"), 2000),
						offer("C", Set.of("AXIS", "SBI"), Set.of(), 500)));
		assertThat(index.paymentOptions(100_000_00, NOW, false, false))
			.extracting(o -> o.bank() + " " + o.instrument() + " " + o.best().offer().key())
			.containsExactlyInAnyOrder("HDFC CREDIT A", "AXIS CREDIT C", "SBI CREDIT C");
	}

	/**
	 * Offers naming hundreds of banks (made-up ones among them) and dozens of instruments
	 * (made-up ones among them): /payment-options, in one pass, answers per bank and
	 * known code what the plain scan of that bank's offers answers.
	 */
	@ParameterizedTest
	@MethodSource("hostileSeeds")
	void paymentOptionsOfOffersNamingManyBanksAndInstrumentsAreThePlainScans(long seed) {
		Random r = new Random(seed);
		List<Offer> offers = hostileOffers(r, 60, 400, 200);
		OfferIndex index = OfferIndex.of(1, offers);
		long amount = 1 + r.nextInt(100_000_00);
		Set<String> expected = new HashSet<>();
		Set<String> banks = new HashSet<>();
		offers.forEach(o -> banks.addAll(o.banks()));
		for (String bank : banks) {
			List<Offer> own = offers.stream().filter(o -> o.banks().contains(bank) && o.givesAmountOff()).toList();
			Set<String> rows = new HashSet<>();
			own.forEach(o -> o.instruments().stream().filter(app.offers.offer.Instruments::known).forEach(rows::add));
			if (rows.isEmpty()) {
				rows.add("CREDIT");
			}
			for (String row : rows) {
				own.stream()
					.filter(o -> OfferIndex.applies(o, row, NOW, null, null))
					.mapToLong(o -> o.terms().discountPaise(amount))
					.filter(d -> d > 0)
					.max()
					.ifPresent(d -> expected.add(bank + " " + row + " " + d));
			}
		}
		assertThat(index.paymentOptions(amount, NOW, false, false))
			.extracting(o -> o.bank() + " " + o.instrument() + " " + o.best().discountPaise())
			.containsExactlyInAnyOrderElementsOf(expected);
		for (int q = 0; q < 200; q++) {
			String bank = "MADEUP" + r.nextInt(400);
			String instrument = r.nextInt(6) == 0 ? null : CODES.get(r.nextInt(CODES.size()));
			long at = 1 + r.nextInt(100_000_00);
			long exact = index.applicable(DiscountCriteria.of(bank, instrument), at, NOW)
				.stream()
				.mapToLong(OfferIndex.Applicable::discountPaise)
				.max()
				.orElse(0);
			assertThat(index.highestDiscountPaise(DiscountCriteria.of(bank, instrument), at, NOW)).isEqualTo(exact);
		}
	}

	static LongStream hostileSeeds() {
		return LongStream.range(0, 10);
	}

	/**
	 * Envelopes cost at most their budget whatever the offers: a thousand offers each
	 * naming 300 of a thousand made-up banks and every instrument code, with distinct
	 * terms, would take tens of millions of pieces with a bucket per bank and code; the
	 * largest banks get envelopes until the budget is spent, the others are scanned, and
	 * every answer is still the scan's.
	 */
	@Test
	void envelopesStayWithinTheirBudgetWhateverTheOffers() {
		Random r = new Random(7);
		List<Offer> offers = hostileOffers(r, 1000, 1000, 300);
		OfferIndex index = OfferIndex.of(1, offers.subList(0, 500)).with(2, offers.subList(500, 1000));
		assertThat(index.envelopePieces()).isPositive().isLessThanOrEqualTo(OfferIndex.ENVELOPE_BUDGET);
		for (int q = 0; q < 2000; q++) {
			String bank = "MADEUP" + r.nextInt(1000);
			String instrument = r.nextInt(6) == 0 ? null : CODES.get(r.nextInt(CODES.size()));
			long at = 1 + r.nextInt(100_000_00);
			long exact = index.applicable(DiscountCriteria.of(bank, instrument), at, NOW)
				.stream()
				.mapToLong(OfferIndex.Applicable::discountPaise)
				.max()
				.orElse(0);
			assertThat(index.highestDiscountPaise(DiscountCriteria.of(bank, instrument), at, NOW))
				.as("%s %s %d", bank, instrument, at)
				.isEqualTo(exact);
		}
	}

	static final List<String> CODES = List.copyOf(app.offers.offer.Instruments.knownCodes());

	/**
	 * Offers naming up to {@code maxBanks} of {@code pool} made-up banks, and known and
	 * made-up codes.
	 */
	static List<Offer> hostileOffers(Random r, int n, int pool, int maxBanks) {
		List<Offer> offers = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			Set<String> banks = new HashSet<>();
			int named = 1 + r.nextInt(maxBanks);
			for (int b = 0; b < named; b++) {
				banks.add("MADEUP" + r.nextInt(pool));
			}
			Set<String> instruments = new HashSet<>();
			if (r.nextInt(5) > 0) {
				for (int k = 0; k < r.nextInt(CODES.size()); k++) {
					instruments.add(CODES.get(r.nextInt(CODES.size())));
				}
				for (int k = 0; k < r.nextInt(20); k++) {
					instruments.add("ZZ_MADE_UP_" + r.nextInt(1000));
				}
			}
			Instant until = r.nextInt(8) == 0 ? NOW.plusSeconds(r.nextInt(7200) - 3600) : null;
			offers.add(new Offer("H" + i, "H" + i, OfferKind.INSTANT_DISCOUNT, "H" + i, banks, instruments, Set.of(),
					DiscountEnvelopeTests.randomTerms(r), Tenure.ANY, null, until, true, ""));
		}
		return offers;
	}

	static Offer offer(String key, Set<String> banks, Set<String> instruments, int percentBps) {
		return new Offer(key, key, OfferKind.INSTANT_DISCOUNT, key, banks, instruments, Set.of(),
				new DiscountTerms(percentBps, null, null, null, null), Tenure.ANY, null, null, true, "");
	}

}
