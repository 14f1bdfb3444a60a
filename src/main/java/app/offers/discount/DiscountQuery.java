package app.offers.discount;

import org.jspecify.annotations.Nullable;

import app.offers.web.QueryParams;

/**
 * A validated discount question: amount in paise, canonical bank and instrument, optional tenure and network,
 * whether offers limited to select products count (by default they do not: the query names no product), and
 * whether only offers without conditions count.
 */
record DiscountQuery(long amountPaise, String bank, @Nullable String instrument, @Nullable Integer emiMonths,
		@Nullable String cardNetwork, boolean includeProductOffers, boolean unconditionalOnly) {

	static DiscountQuery of(String amountToPay, String bankName, @Nullable String paymentInstrument,
			@Nullable String emiMonths, @Nullable String cardNetwork, @Nullable String includeProductOffers,
			@Nullable String unconditionalOnly) {
		return new DiscountQuery(QueryParams.amountPaise("amountToPay", amountToPay), QueryParams.bank(bankName),
				QueryParams.instrument(paymentInstrument), QueryParams.emiMonths(emiMonths),
				QueryParams.cardNetwork(cardNetwork),
				Boolean.TRUE.equals(QueryParams.flag("includeProductOffers", includeProductOffers)),
				Boolean.TRUE.equals(QueryParams.flag("unconditionalOnly", unconditionalOnly)));
	}
}
