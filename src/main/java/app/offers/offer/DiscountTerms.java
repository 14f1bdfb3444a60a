package app.offers.offer;

import org.jspecify.annotations.Nullable;

/**
 * How much an offer takes off, in integer paise (exact money, no floating point).
 *
 * @param percentBps  percent of the amount in basis points (10% = 1000, 7.5% = 750), or null for a flat offer
 * @param flatPaise   fixed amount off, or null for a percent offer
 * @param capPaise    the most the offer gives per transaction, or null
 * @param minTxnPaise the smallest amount the offer applies to (inclusive), or null
 * @param maxTxnPaise the largest amount the offer applies to (inclusive), or null
 */
public record DiscountTerms(@Nullable Integer percentBps, @Nullable Long flatPaise, @Nullable Long capPaise,
		@Nullable Long minTxnPaise, @Nullable Long maxTxnPaise) {

	public static final DiscountTerms NONE = new DiscountTerms(null, null, null, null, null);

	/** True when the terms say how much comes off: a percent or a flat amount. */
	public boolean readable() {
		return percentBps != null || flatPaise != null;
	}

	/**
	 * The discount for an amount, or -1 when the offer does not apply to it. Percent is rounded down to the
	 * paisa, then capped; a discount never exceeds the amount.
	 */
	public long discountPaise(long amountPaise) {
		if (!readable() || (minTxnPaise != null && amountPaise < minTxnPaise)
				|| (maxTxnPaise != null && amountPaise > maxTxnPaise)) {
			return -1;
		}
		// amounts are at most 10^11 paise and percents at most 10^4 bps, so the product fits a long
		long discount = percentBps != null ? amountPaise * percentBps / 10_000 : flatPaise;
		if (capPaise != null) {
			discount = Math.min(discount, capPaise);
		}
		return Math.min(discount, amountPaise);
	}
}
