package app.offers.offer;

import org.jspecify.annotations.Nullable;

/**
 * How much an offer takes off, in integer paise (exact money, no floating point). The
 * constructor enforces the ranges below, so no offer can carry a term that overflows the
 * arithmetic or promises more than a shopper pays; a reader that meets a value outside
 * them marks the offer unreadable instead.
 *
 * @param percentBps percent of the amount in basis points (10% = 1000, 7.5% = 750), in
 * (0, 100%], or null for a flat offer
 * @param flatPaise fixed amount off, in [1 paisa, {@link #MAX_MONEY_PAISE}], or null for
 * a percent offer
 * @param capPaise the most the offer gives per transaction, in [1 paisa,
 * {@link #MAX_MONEY_PAISE}], or null
 * @param minTxnPaise the smallest amount the offer applies to (inclusive), in [1 paisa,
 * {@link #MAX_MONEY_PAISE}], or null
 * @param maxTxnPaise the largest amount the offer applies to (inclusive), positive, or
 * null
 */
public record DiscountTerms(@Nullable Integer percentBps, @Nullable Long flatPaise, @Nullable Long capPaise,
		@Nullable Long minTxnPaise, @Nullable Long maxTxnPaise) {

	/** ₹10,00,00,000 (ten crore): no real cap, flat amount or minimum comes near it. */
	public static final long MAX_MONEY_PAISE = 10_000_000_000L;

	/** ₹1,00,00,00,000 (a hundred crore): the largest amount a query may ask about. */
	public static final long MAX_AMOUNT_PAISE = 100_000_000_000L;

	/** 100% in basis points. */
	public static final int MAX_PERCENT_BPS = 10_000;

	public static final DiscountTerms NONE = new DiscountTerms(null, null, null, null, null);

	public DiscountTerms {
		if (percentBps != null && !isPercent(percentBps)) {
			throw new IllegalArgumentException("percent out of (0, 100%]: " + percentBps + " bps");
		}
		for (Long money : new Long[] { flatPaise, capPaise, minTxnPaise }) {
			if (money != null && !isMoney(money)) {
				throw new IllegalArgumentException("amount out of [1 paisa, ₹10 crore]: " + money + " paise");
			}
		}
		if (maxTxnPaise != null && maxTxnPaise <= 0) {
			throw new IllegalArgumentException("maximum amount not positive: " + maxTxnPaise + " paise");
		}
	}

	/** True for a percent this service applies: more than 0, at most 100%. */
	public static boolean isPercent(long bps) {
		return bps > 0 && bps <= MAX_PERCENT_BPS;
	}

	/**
	 * True for a cap, flat amount or minimum this service applies: 1 paisa to ₹10 crore.
	 */
	public static boolean isMoney(long paise) {
		return paise > 0 && paise <= MAX_MONEY_PAISE;
	}

	/** True when the terms say how much comes off: a percent or a flat amount. */
	public boolean readable() {
		return percentBps != null || flatPaise != null;
	}

	/**
	 * The amount a flat offer takes off (its cap, if lower); null for a percent offer.
	 */
	public @Nullable Long flatAmountPaise() {
		if (flatPaise == null || percentBps != null) {
			return null;
		}
		return capPaise == null ? flatPaise : Math.min(flatPaise, capPaise);
	}

	/**
	 * The smallest amount the offer applies to: its minimum, and for a flat offer more
	 * than the flat amount itself. Flipkart never gives a product away, so "₹1000 off"
	 * says nothing about a cart of ₹1000 or less; for the same reason 100% applies only
	 * to carts above its cap ("100% cashback up to ₹50"), and without a cap to none
	 * ({@link Long#MAX_VALUE}).
	 */
	public long lowestAmountPaise() {
		long lowest = minTxnPaise == null ? 1 : minTxnPaise;
		if (percentBps != null && percentBps == MAX_PERCENT_BPS) {
			return capPaise == null ? Long.MAX_VALUE : Math.max(lowest, capPaise + 1);
		}
		Long flat = flatAmountPaise();
		return flat == null ? lowest : Math.max(lowest, flat + 1);
	}

	/**
	 * True for 100% of the amount without a cap: the whole cart, which no offer gives.
	 */
	public boolean givesWholeCart() {
		return percentBps != null && percentBps == MAX_PERCENT_BPS && capPaise == null;
	}

	/**
	 * What two readings of one offer both promise: at every amount the lower of the two
	 * where both apply, nothing where either does not. The lower percent, flat amount and
	 * cap, the higher minimum, the lower maximum; a percent in one and a flat amount in
	 * the other is that percent capped at the flat amount. Parts neither states stay
	 * unstated, so a reading that gives only limits narrows the other. Null when no terms
	 * can say it (the common smallest amount is beyond any minimum): such an offer is not
	 * to be applied.
	 */
	public @Nullable DiscountTerms meet(DiscountTerms other) {
		Integer percent = lower(percentBps, other.percentBps);
		Long flat = lower(flatPaise, other.flatPaise);
		Long cap = lower(capPaise, other.capPaise);
		if (percent != null && flat != null) {
			cap = lower(cap, flat);
			flat = null;
		}
		Long min = minTxnPaise == null ? other.minTxnPaise
				: other.minTxnPaise == null ? minTxnPaise : Long.valueOf(Math.max(minTxnPaise, other.minTxnPaise));
		Long max = lower(maxTxnPaise, other.maxTxnPaise);
		DiscountTerms met = new DiscountTerms(percent, flat, cap, min, max);
		// each reading's own smallest amount (a flat amount's, 100%'s) holds for both
		long lowest = Math.max(lowestAmountPaise(), other.lowestAmountPaise());
		if (met.lowestAmountPaise() >= lowest) {
			return met;
		}
		return isMoney(lowest) ? new DiscountTerms(percent, flat, cap, lowest, max) : null;
	}

	private static <T extends Comparable<T>> @Nullable T lower(@Nullable T a, @Nullable T b) {
		return a == null ? b : b == null || a.compareTo(b) <= 0 ? a : b;
	}

	/**
	 * The discount for an amount, or -1 when the offer does not apply to it. Percent is
	 * rounded down to the paisa, then capped; the result is always within [0, amount].
	 */
	public long discountPaise(long amountPaise) {
		if (amountPaise <= 0 || !readable() || amountPaise < lowestAmountPaise()
				|| (maxTxnPaise != null && amountPaise > maxTxnPaise)) {
			return -1;
		}
		// multiplyExact: an amount beyond what any query allows fails loudly instead of
		// wrapping around
		long discount = percentBps != null ? Math.multiplyExact(amountPaise, (long) percentBps) / 10_000 : flatPaise;
		if (capPaise != null) {
			discount = Math.min(discount, capPaise);
		}
		return Math.min(discount, amountPaise);
	}
}
