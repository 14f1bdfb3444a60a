package app.offers.offer;

/** What an offer gives the shopper. */
public enum OfferKind {

	/** Money off the price at checkout. */
	INSTANT_DISCOUNT,
	/**
	 * Money back after payment; counted as a discount (the shopper pays less overall).
	 */
	CASHBACK,
	/**
	 * Interest waived on an EMI plan: worth the bank's interest, which no payload
	 * carries, so never an amount off.
	 */
	NO_COST_EMI

}
