package app.offers.offer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * New offers as the statements that insert them bind them: one array per column of the
 * {@code offer} table, and the (key, value) pairs of each collection table. See
 * {@link Offers#insertNew}.
 */
final class NewOfferRows {

	final String[] keys;

	final @Nullable String[] flipkartIds;

	final String[] kinds;

	final String[] summaries;

	final @Nullable Integer[] percentBps;

	final @Nullable Long[] flatPaise;

	final @Nullable Long[] capPaise;

	final @Nullable Long[] minTxnPaise;

	final @Nullable Long[] maxTxnPaise;

	final @Nullable Integer[] emiMinMonths;

	final @Nullable Integer[] emiMaxMonths;

	final @Nullable Instant[] validFrom;

	final @Nullable Instant[] validUntil;

	final Boolean[] readable;

	final @Nullable String[] conditions;

	final String[] contentHashes;

	final String[] rawJson;

	final Pairs<String> banks = new Pairs<>();

	final Pairs<String> instruments = new Pairs<>();

	final Pairs<String> cardNetworks = new Pairs<>();

	final Pairs<Integer> emiMonths = new Pairs<>();

	NewOfferRows(List<Offer> offers) {
		int n = offers.size();
		keys = new String[n];
		flipkartIds = new String[n];
		kinds = new String[n];
		summaries = new String[n];
		percentBps = new Integer[n];
		flatPaise = new Long[n];
		capPaise = new Long[n];
		minTxnPaise = new Long[n];
		maxTxnPaise = new Long[n];
		emiMinMonths = new Integer[n];
		emiMaxMonths = new Integer[n];
		validFrom = new Instant[n];
		validUntil = new Instant[n];
		readable = new Boolean[n];
		conditions = new String[n];
		contentHashes = new String[n];
		rawJson = new String[n];
		for (int i = 0; i < n; i++) {
			Offer offer = offers.get(i);
			DiscountTerms terms = offer.terms();
			keys[i] = offer.key();
			flipkartIds[i] = offer.flipkartId();
			kinds[i] = offer.kind().name();
			summaries[i] = offer.summary();
			percentBps[i] = terms.percentBps();
			flatPaise[i] = terms.flatPaise();
			capPaise[i] = terms.capPaise();
			minTxnPaise[i] = terms.minTxnPaise();
			maxTxnPaise[i] = terms.maxTxnPaise();
			emiMinMonths[i] = offer.tenure().minMonths();
			emiMaxMonths[i] = offer.tenure().maxMonths();
			validFrom[i] = offer.validFrom();
			validUntil[i] = offer.validUntil();
			readable[i] = offer.readable();
			conditions[i] = Condition.encode(offer.conditions());
			contentHashes[i] = offer.contentHash();
			rawJson[i] = offer.rawJson();
			banks.add(offer.key(), offer.banks());
			instruments.add(offer.key(), offer.instruments());
			cardNetworks.add(offer.key(), offer.cardNetworks());
			emiMonths.add(offer.key(), offer.tenure().months());
		}
	}

	/** The rows of one collection table: an offer's key beside each of its values. */
	static final class Pairs<T> {

		private final List<String> keys = new ArrayList<>();

		private final List<T> values = new ArrayList<>();

		void add(String key, Collection<T> offerValues) {
			for (T value : offerValues) {
				keys.add(key);
				values.add(value);
			}
		}

		boolean isEmpty() {
			return keys.isEmpty();
		}

		String[] keys() {
			return keys.toArray(String[]::new);
		}

		String[] stringValues() {
			return values.toArray(String[]::new);
		}

		Integer[] integerValues() {
			return values.toArray(Integer[]::new);
		}

	}

}
