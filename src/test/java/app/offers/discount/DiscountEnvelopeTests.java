package app.offers.discount;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import app.offers.offer.DiscountTerms;

/**
 * The envelope answers exactly what scanning every offer answers, at every amount that
 * matters.
 */
class DiscountEnvelopeTests {

	static LongStream seeds() {
		return LongStream.range(0, 300);
	}

	@ParameterizedTest
	@MethodSource("seeds")
	void answersLikeTheScanOfEveryOffer(long seed) {
		Random random = new Random(seed);
		List<DiscountTerms> offers = new ArrayList<>();
		int n = 1 + random.nextInt(40);
		for (int i = 0; i < n; i++) {
			offers.add(randomTerms(random));
		}
		DiscountEnvelope envelope = DiscountEnvelope.of(offers);
		for (long amount : amountsThatMatter(offers, random)) {
			long scan = 0;
			for (DiscountTerms t : offers) {
				scan = Math.max(scan, t.discountPaise(amount));
			}
			assertThat(envelope.best(amount)).as("seed %d, amount %d, offers %s", seed, amount, offers).isEqualTo(scan);
		}
	}

	@Test
	void noOffersGiveNothing() {
		assertThat(DiscountEnvelope.of(List.of()).best(1_000_00)).isZero();
	}

	@Test
	void aFlatAmountAppliesOnlyToLargerPayments() {
		DiscountEnvelope envelope = DiscountEnvelope.of(List.of(new DiscountTerms(null, 10_000_00L, null, null, null)));
		assertThat(envelope.best(2_500_00)).isZero();
		assertThat(envelope.best(10_000_00)).isZero();
		assertThat(envelope.best(10_000_01)).isEqualTo(10_000_00);
		assertThat(envelope.best(20_000_00)).isEqualTo(10_000_00);
	}

	static DiscountTerms randomTerms(Random r) {
		Long min = r.nextInt(3) == 0 ? null : 1L + r.nextInt(50_000_00);
		Long max = r.nextInt(3) == 0 ? null : (min == null ? 1 : min) + r.nextInt(100_000_00);
		Long cap = r.nextInt(2) == 0 ? null : 1L + r.nextInt(5_000_00);
		if (r.nextBoolean()) {
			int[] percents = { 1, 250, 500, 750, 1000, 1250, 1500, 3333, 10_000 };
			return new DiscountTerms(percents[r.nextInt(percents.length)], null, cap, min, max);
		}
		return new DiscountTerms(null, 1L + r.nextInt(10_000_00), cap, min, max);
	}

	/** Every boundary of every offer, one paisa either side, and random amounts. */
	static TreeSet<Long> amountsThatMatter(List<DiscountTerms> offers, Random r) {
		TreeSet<Long> amounts = new TreeSet<>();
		for (DiscountTerms t : offers) {
			for (Long edge : new Long[] { t.minTxnPaise(), t.maxTxnPaise(), t.flatPaise(), t.capPaise() }) {
				if (edge != null) {
					amounts.add(edge - 1);
					amounts.add(edge);
					amounts.add(edge + 1);
				}
			}
			if (t.percentBps() != null && t.capPaise() != null) {
				long knee = -Math.floorDiv(-t.capPaise() * 10_000, t.percentBps());
				amounts.add(knee - 1);
				amounts.add(knee);
				amounts.add(knee + 1);
			}
		}
		for (int i = 0; i < 200; i++) {
			amounts.add(1L + r.nextInt(200_000_00));
		}
		amounts.add(1L);
		amounts.add(100_000_000_00L);
		amounts.removeIf(a -> a < 1);
		return amounts;
	}

}
