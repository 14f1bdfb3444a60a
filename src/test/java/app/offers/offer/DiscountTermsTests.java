package app.offers.offer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DiscountTermsTests {

	private static final long RUPEE = 100;

	@Test
	void percentIsRoundedDownToThePaisaThenCapped() {
		DiscountTerms tenPercentUpTo1500 = new DiscountTerms(1000, null, 1500 * RUPEE, null, null);
		assertThat(tenPercentUpTo1500.discountPaise(9_255_55)).isEqualTo(925_55);
		// 7.5% of ₹999.99 is ₹74.99925: rounded down to ₹74.99
		assertThat(new DiscountTerms(750, null, null, null, null).discountPaise(999_99)).isEqualTo(74_99);
		assertThat(tenPercentUpTo1500.discountPaise(20_000 * RUPEE)).isEqualTo(1500 * RUPEE);
	}

	@Test
	void theMinimumIsInclusiveAndTheMaximumToo() {
		DiscountTerms terms = new DiscountTerms(null, 750 * RUPEE, null, 15_000 * RUPEE, 19_999 * RUPEE);
		assertThat(terms.discountPaise(15_000 * RUPEE - 1)).isEqualTo(-1);
		assertThat(terms.discountPaise(15_000 * RUPEE)).isEqualTo(750 * RUPEE);
		assertThat(terms.discountPaise(19_999 * RUPEE)).isEqualTo(750 * RUPEE);
		assertThat(terms.discountPaise(19_999 * RUPEE + 1)).isEqualTo(-1);
	}

	@Test
	void aFlatDiscountNeedsACartLargerThanItself() {
		DiscountTerms flat = new DiscountTerms(null, 10_000 * RUPEE, null, null, null);
		assertThat(flat.discountPaise(2_500 * RUPEE)).isEqualTo(-1);
		assertThat(flat.discountPaise(10_000 * RUPEE)).isEqualTo(-1);
		assertThat(flat.discountPaise(10_000 * RUPEE + 1)).isEqualTo(10_000 * RUPEE);
		// a stated minimum below the flat amount does not make the cart free either
		assertThat(new DiscountTerms(null, 1_000 * RUPEE, null, 500 * RUPEE, null).discountPaise(600 * RUPEE))
			.isEqualTo(-1);
		// a percent offer is unaffected
		assertThat(new DiscountTerms(5_000, null, null, null, null).discountPaise(600 * RUPEE)).isEqualTo(300 * RUPEE);
	}

	@Test
	void aHundredPercentAppliesOnlyWithACapBelowTheCart() {
		DiscountTerms whole = new DiscountTerms(10_000, null, null, null, null);
		assertThat(whole.givesWholeCart()).isTrue();
		for (long amount : new long[] { 1, 600 * RUPEE, DiscountTerms.MAX_AMOUNT_PAISE }) {
			assertThat(whole.discountPaise(amount)).isEqualTo(-1);
		}
		DiscountTerms upTo50 = new DiscountTerms(10_000, null, 50 * RUPEE, null, null);
		assertThat(upTo50.discountPaise(40 * RUPEE)).isEqualTo(-1);
		assertThat(upTo50.discountPaise(50 * RUPEE)).isEqualTo(-1);
		assertThat(upTo50.discountPaise(50 * RUPEE + 1)).isEqualTo(50 * RUPEE);
		assertThat(upTo50.discountPaise(600 * RUPEE)).isEqualTo(50 * RUPEE);
	}

	/**
	 * The meet of two readings gives, at every amount, exactly the lower of the two where
	 * both apply and nothing where either does not, whatever their order: 100,000 random
	 * pairs of terms at random amounts.
	 */
	@Test
	void theMeetOfTwoReadingsIsTheLowerOfThemAtEveryAmount() {
		java.util.Random r = new java.util.Random(21);
		for (int i = 0; i < 100_000; i++) {
			DiscountTerms a = randomReadable(r);
			DiscountTerms b = randomReadable(r);
			DiscountTerms met = a.meet(b);
			assertThat(b.meet(a)).as("%s meets %s", a, b).isEqualTo(met);
			for (int k = 0; k < 8; k++) {
				long amount = k < 4 ? 1 + r.nextLong(100_000 * RUPEE) : 1 + r.nextLong(DiscountTerms.MAX_AMOUNT_PAISE);
				long da = a.discountPaise(amount);
				long db = b.discountPaise(amount);
				long expected = da < 0 || db < 0 ? -1 : Math.min(da, db);
				if (met == null) {
					continue; // never applied: less than either
				}
				assertThat(met.discountPaise(amount)).as("%s meets %s at %d", a, b, amount).isEqualTo(expected);
			}
		}
		assertThat(
				new DiscountTerms(500, null, null, null, null).meet(new DiscountTerms(5_000, null, null, null, null)))
			.isEqualTo(new DiscountTerms(500, null, null, null, null));
		assertThat(new DiscountTerms(1000, null, 5_000 * RUPEE, null, null)
			.meet(new DiscountTerms(1000, null, 50 * RUPEE, null, null)))
			.isEqualTo(new DiscountTerms(1000, null, 50 * RUPEE, null, null));
	}

	private static DiscountTerms randomReadable(java.util.Random r) {
		boolean percent = r.nextBoolean();
		Integer bps = percent ? (r.nextInt(10) == 0 ? 10_000 : 1 + r.nextInt(10_000)) : null;
		Long flat = percent ? null : 1 + r.nextLong(r.nextBoolean() ? 5_000 * RUPEE : DiscountTerms.MAX_MONEY_PAISE);
		Long cap = r.nextInt(3) == 0 ? null : 1 + r.nextLong(r.nextBoolean() ? 5_000 * RUPEE : 100_000 * RUPEE);
		Long min = r.nextInt(3) == 0 ? null : 1 + r.nextLong(50_000 * RUPEE);
		Long max = r.nextInt(3) == 0 ? null : 1 + r.nextLong(200_000 * RUPEE);
		return new DiscountTerms(bps, flat, cap, min, max);
	}

	@Test
	void termsWithoutPercentOrAmountNeverApply() {
		assertThat(new DiscountTerms(null, null, 500 * RUPEE, null, null).discountPaise(10_000 * RUPEE)).isEqualTo(-1);
	}

	@org.junit.jupiter.params.ParameterizedTest
	@org.junit.jupiter.params.provider.CsvSource(nullValues = "-", textBlock = """
			0,     -,            -,           -
			-1,    -,            -,           -
			10001, -,            -,           -
			-,     0,            -,           -
			-,     -1,           -,           -
			-,     10000000001,  -,           -
			1000,  -,            10000000001, -
			1000,  -,            -,           0
			""")
	void termsOutsideTheirRangesCannotBeMade(Integer percentBps, Long flatPaise, Long capPaise, Long minPaise) {
		org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
			.isThrownBy(() -> new DiscountTerms(percentBps, flatPaise, capPaise, minPaise, null));
	}

	/**
	 * Property: for terms anywhere in their ranges and any amount a query allows, -1 or
	 * within [0, amount].
	 */
	@Test
	void aDiscountIsNeverMoreThanTheAmount() {
		java.util.Random r = new java.util.Random(7);
		for (int i = 0; i < 100_000; i++) {
			Long cap = r.nextBoolean() ? null : 1 + (r.nextLong() >>> 1) % DiscountTerms.MAX_MONEY_PAISE;
			Long min = r.nextBoolean() ? null : 1 + (r.nextLong() >>> 1) % DiscountTerms.MAX_MONEY_PAISE;
			DiscountTerms terms = r.nextBoolean()
					? new DiscountTerms(1 + r.nextInt(DiscountTerms.MAX_PERCENT_BPS), null, cap, min, null)
					: new DiscountTerms(null, 1 + (r.nextLong() >>> 1) % DiscountTerms.MAX_MONEY_PAISE, cap, min, null);
			long amount = 1 + (r.nextLong() >>> 1) % DiscountTerms.MAX_AMOUNT_PAISE;
			long discount = terms.discountPaise(amount);
			assertThat(discount).as("%s at %d", terms, amount).isBetween(-1L, amount);
		}
	}

}
