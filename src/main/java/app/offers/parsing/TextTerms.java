package app.offers.parsing;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What one offer text says, each part null or empty when the text does not say it.
 *
 * @param doubt why the text cannot be read with confidence (a cap that is not a number, a
 * percent above 100%, "₹5 000"), or null; an offer read from a doubtful text is stored
 * but never applied
 */
record TextTerms(@Nullable String doubt, @Nullable Integer percentBps, @Nullable Long flatPaise,
		@Nullable Long capPaise, @Nullable Long minTxnPaise, @Nullable Integer minMonths, @Nullable Integer maxMonths,
		boolean cashback, boolean noCostEmi, Set<String> instruments, Set<String> cardNetworks,
		@Nullable Instant validUntil) {

	static TextTerms doubtful(String why) {
		return new TextTerms(why, null, null, null, null, null, null, false, false, Set.of(), Set.of(), null);
	}
}
