package app.offers.discount;

/**
 * A discount question for one amount, in paise: the criteria of /discount-curve at one
 * point.
 */
record DiscountQuery(long amountPaise, DiscountCriteria criteria) {
}
