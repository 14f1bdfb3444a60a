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
		assertThat(new DiscountTerms(10_000, null, null, null, null).discountPaise(600 * RUPEE)).isEqualTo(600 * RUPEE);
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
		org.assertj.core.api.Assertions
			.assertThatIllegalArgumentException()
			.isThrownBy(() -> new DiscountTerms(percentBps, flatPaise, capPaise, minPaise, null));
	}

	/** Property: for terms anywhere in their ranges and any amount a query allows, -1 or within [0, amount]. */
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
