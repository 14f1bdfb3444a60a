package app.offers.parsing;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import app.offers.offer.Condition;
import app.offers.offer.DiscountTerms;
import tools.jackson.databind.JsonNode;

/**
 * Everything the payload says about one offer, gathered from every place it appears,
 * before its text is read: codes canonical, amounts checked, nothing yet decided.
 *
 * @param id Flipkart's id when it is one to keep, or null
 * @param raw every appearance, as the payload has it
 * @param texts display texts, best first
 * @param titles internal campaign names ({@code title} beside {@code adjustment_id}):
 * texts of last resort
 * @param doubt why a value the payload gives cannot be trusted (a cap of 10^15 paise, a
 * date in year 999999999), or null
 * @param types Flipkart's adjustment types (INSTANT_DISCOUNT, CASHBACK) the appearances
 * give
 * @param subTypes Flipkart's adjustment sub-types (NO_COST_EMI_INTEREST...) the
 * appearances give
 * @param structured the terms structured fields state, each part null where none does
 * @param conditions conditions structured fields state (aggregation limits, "Max Discount
 * per card" rows)
 */
record OfferDraft(@Nullable String id, List<JsonNode> raw, Set<String> banks, Set<String> instruments,
		Set<String> networks, Set<Integer> emiMonths, Set<String> texts, Set<String> titles, @Nullable String doubt,
		Set<String> types, Set<String> subTypes, DiscountTerms structured, @Nullable Instant validFrom,
		@Nullable Instant validUntil, List<Condition> conditions) {

	OfferDraft {
		// wrapped, not copied: the builder hands over sets it no longer touches, in their
		// order
		raw = Collections.unmodifiableList(raw);
		banks = Collections.unmodifiableSet(banks);
		instruments = Collections.unmodifiableSet(instruments);
		networks = Collections.unmodifiableSet(networks);
		emiMonths = Collections.unmodifiableSet(emiMonths);
		texts = Collections.unmodifiableSet(texts);
		titles = Collections.unmodifiableSet(titles);
		types = Collections.unmodifiableSet(types);
		subTypes = Collections.unmodifiableSet(subTypes);
		conditions = List.copyOf(conditions);
	}
}
