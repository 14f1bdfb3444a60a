package app.offers.discount;

import org.jspecify.annotations.Nullable;

/**
 * What a discount question asks besides the amount, validated: the canonical bank, the
 * canonical instrument (null: every way to pay with that bank), an EMI tenure and a card
 * network (null: any), whether offers limited to select products count (by default they
 * do not: a query names no product), and whether only offers without conditions count.
 * One criteria answers every amount: /discount-curve is that, /highest-discount and
 * /best-offers one amount of it.
 */
public record DiscountCriteria(String bank, @Nullable String instrument, @Nullable Integer emiMonths,
		@Nullable String cardNetwork, boolean includeProductOffers, boolean unconditionalOnly) {

	/**
	 * A bank and, optionally, an instrument, nothing narrowed further: what a checkout
	 * asks by default.
	 */
	public static DiscountCriteria of(String bank, @Nullable String instrument) {
		return new DiscountCriteria(bank, instrument, null, null, false, false);
	}
}
