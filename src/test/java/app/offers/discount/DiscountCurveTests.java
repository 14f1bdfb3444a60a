package app.offers.discount;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.LongStream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import app.offers.discount.CurveController.CurvePiece;
import app.offers.discount.CurveController.DiscountCurve;
import app.offers.offer.DiscountTerms;
import app.offers.offer.Offer;
import app.offers.offer.OfferKind;
import app.offers.offer.Tenure;

/**
 * The curve /discount-curve answers gives, at every amount, what the highest-discount
 * query and the plain scan of every applicable offer give: always-valid and time-limited
 * offers, tenures, networks and product-only offers.
 */
class DiscountCurveTests {

	static final Instant NOW = OfferIndexTests.NOW;

	static final BigDecimal PAISA = new BigDecimal("0.01");

	static LongStream seeds() {
		return LongStream.range(0, 200);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void theCurveAnswersLikeTheIndexAndTheScanAtEveryAmount(long seed) {
		Random r = new Random(seed);
		List<Offer> offers = new ArrayList<>();
		for (int i = 0; i < 1 + r.nextInt(40); i++) {
			offers.add(varied(r, OfferIndexTests.randomOffer(r, "C" + i)));
		}
		OfferIndex index = OfferIndex.of(1, offers);
		List<@Nullable String> instruments = new ArrayList<>(List.of(OfferIndexTests.INSTRUMENTS));
		instruments.add(null);
		for (int q = 0; q < 12; q++) {
			String bank = r.nextInt(10) == 0 ? "KOTAK" : OfferIndexTests.BANKS[r.nextInt(OfferIndexTests.BANKS.length)];
			String instrument = instruments.get(r.nextInt(instruments.size()));
			Integer months = r.nextInt(4) == 0 ? 1 + r.nextInt(24) : null;
			String network = r.nextInt(4) == 0 ? (r.nextBoolean() ? "VISA" : "RUPAY") : null;
			boolean products = r.nextInt(3) == 0;
			DiscountCriteria query = new DiscountCriteria(bank, instrument, months, network, products, false);
			DiscountCurve curve = CurveController.curve(index, query, NOW);
			assertContiguous(curve);
			for (long amount : amounts(offers, curve, r)) {
				long scan = 0;
				for (OfferIndex.Applicable a : index.applicable(query, amount, NOW)) {
					scan = Math.max(scan, a.discountPaise());
				}
				long fromCurve = valueAt(curve, amount);
				assertThat(fromCurve).as("seed %d, %s, amount %d", seed, query, amount).isEqualTo(scan);
				assertThat(fromCurve).as("seed %d, %s, amount %d", seed, query, amount)
					.isEqualTo(index.highestDiscountPaise(query, amount, NOW));
			}
		}
	}

	@Test
	void timeLimitedOffersCountWhileTheyAreValid() {
		Offer always = offer("ALWAYS", new DiscountTerms(500, null, null, null, null), null, null);
		Offer now = offer("NOW", new DiscountTerms(1000, null, 100_000L, null, null), NOW.minusSeconds(60),
				NOW.plusSeconds(60));
		Offer over = offer("OVER", new DiscountTerms(5000, null, null, null, null), null, NOW);
		Offer later = offer("LATER", new DiscountTerms(5000, null, null, null, null), NOW.plusSeconds(1), null);
		OfferIndex index = OfferIndex.of(1, List.of(always, now, over, later));
		DiscountCurve curve = CurveController.curve(index, DiscountCriteria.of("HDFC", "CREDIT"), NOW);
		// 10% up to ₹1000 until ₹10,000, then the larger of ₹1000 and 5%
		assertThat(curve.pieces()).containsExactly(
				new CurvePiece(new BigDecimal("0.01"), new BigDecimal("9999.99"), BigDecimal.ZERO, BigDecimal.TEN),
				new CurvePiece(new BigDecimal("10000"), null, new BigDecimal("1000"), new BigDecimal("5")));
		assertThat(valueAt(curve, 30_000_00)).isEqualTo(1500_00);
	}

	@Test
	void aBankWithoutOffersHasOnePieceGivingNothing() {
		DiscountCurve curve = CurveController.curve(OfferIndex.EMPTY, DiscountCriteria.of("NOBANK", null), NOW);
		assertThat(curve.pieces()).containsExactly(new CurvePiece(PAISA, null, BigDecimal.ZERO, BigDecimal.ZERO));
	}

	/**
	 * Some offers get a tenure, a network or a product limit, so the filters the curve
	 * takes matter.
	 */
	static Offer varied(Random r, Offer o) {
		Tenure tenure = r.nextInt(4) == 0 ? new Tenure(Set.of(3, 6, 9), null, null)
				: r.nextInt(4) == 0 ? new Tenure(Set.of(), 9, null) : Tenure.ANY;
		Set<String> networks = r.nextInt(4) == 0 ? Set.of("VISA") : Set.of();
		String summary = r.nextInt(5) == 0 ? "10% off on select Samsung appliances" : o.summary();
		return new Offer(o.key(), o.flipkartId(), o.kind(), summary, o.banks(), o.instruments(), networks, o.terms(),
				tenure, o.validFrom(), o.validUntil(), true, "");
	}

	static Offer offer(String key, DiscountTerms terms, @Nullable Instant from, @Nullable Instant until) {
		return new Offer(key, key, OfferKind.INSTANT_DISCOUNT, key, Set.of("HDFC"), Set.of("CREDIT"), Set.of(), terms,
				Tenure.ANY, from, until, true, "");
	}

	/**
	 * The pieces cover every amount from one paisa, in order, without gaps, and only the
	 * last has no end.
	 */
	static void assertContiguous(DiscountCurve curve) {
		List<CurvePiece> pieces = curve.pieces();
		assertThat(pieces).isNotEmpty();
		assertThat(pieces.get(0).fromAmount()).isEqualByComparingTo(PAISA);
		for (int i = 0; i < pieces.size(); i++) {
			CurvePiece piece = pieces.get(i);
			if (i + 1 < pieces.size()) {
				assertThat(piece.toAmount()).isNotNull();
				assertThat(piece.toAmount()).isGreaterThanOrEqualTo(piece.fromAmount());
				assertThat(pieces.get(i + 1).fromAmount()).isEqualByComparingTo(piece.toAmount().add(PAISA));
			}
			else {
				assertThat(piece.toAmount()).isNull();
			}
		}
	}

	/** The curve's value at an amount, from the rupee figures as a client reads them. */
	static long valueAt(DiscountCurve curve, long amountPaise) {
		BigDecimal amount = BigDecimal.valueOf(amountPaise, 2);
		for (CurvePiece p : curve.pieces()) {
			if (amount.compareTo(p.fromAmount()) >= 0
					&& (p.toAmount() == null || amount.compareTo(p.toAmount()) <= 0)) {
				BigDecimal ofPercent = amount.multiply(p.percent())
					.divide(BigDecimal.valueOf(100))
					.setScale(2, RoundingMode.FLOOR);
				BigDecimal best = amount.min(p.constantAmount().max(ofPercent));
				return best.movePointRight(2).longValueExact();
			}
		}
		throw new AssertionError("no piece holds " + amount);
	}

	/**
	 * Every edge of every offer and of every piece, one paisa either side, and random
	 * amounts.
	 */
	static TreeSet<Long> amounts(List<Offer> offers, DiscountCurve curve, Random r) {
		TreeSet<Long> amounts = DiscountEnvelopeTests.amountsThatMatter(offers.stream().map(Offer::terms).toList(), r);
		for (CurvePiece p : curve.pieces()) {
			for (BigDecimal edge : new BigDecimal[] { p.fromAmount(), p.toAmount() }) {
				if (edge != null && edge.compareTo(BigDecimal.valueOf(DiscountTerms.MAX_AMOUNT_PAISE, 2)) <= 0) {
					long paise = edge.movePointRight(2).longValueExact();
					amounts.add(paise - 1);
					amounts.add(paise);
					amounts.add(paise + 1);
				}
			}
		}
		amounts.removeIf(a -> a < 1 || a > DiscountTerms.MAX_AMOUNT_PAISE);
		return amounts;
	}

}
