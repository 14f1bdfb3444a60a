package app.offers.parsing;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/** What one offer text says, each part null or empty when the text does not say it. */
record TextTerms(@Nullable Integer percentBps, @Nullable Long flatPaise, @Nullable Long capPaise,
		@Nullable Long minTxnPaise, @Nullable Integer minMonths, @Nullable Integer maxMonths, boolean cashback,
		boolean noCostEmi, Set<String> instruments, Set<String> cardNetworks, @Nullable Instant validUntil) {
}
