package app.offers.offer;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * One offer as the service understands it, merged from every place it appeared in a
 * payload.
 *
 * @param key Flipkart's id, or {@code fp-} + a fingerprint of the normalized content when
 * it has none
 * @param flipkartId the id Flipkart gave it ({@code adjustment_id} /
 * {@code offerDescription.id}), if any
 * @param banks canonical bank codes; empty for offers not tied to a bank (UPI-app
 * cashback)
 * @param instruments canonical instrument codes; empty means any instrument
 * @param cardNetworks card networks (VISA, MASTERCARD, ...) the offer is limited to;
 * empty means any
 * @param readable false when the terms could not be read: stored, counted, never applied
 * @param rawJson every appearance of the offer in the payload, for audit and later
 * re-parsing
 * @param conditions what the offer asks that a query cannot check (once per user, a cap
 * per quarter, select products), in a stable order; empty for an unconditional offer
 */
public record Offer(String key, @Nullable String flipkartId, OfferKind kind, String summary, Set<String> banks,
		Set<String> instruments, Set<String> cardNetworks, DiscountTerms terms, Tenure tenure,
		@Nullable Instant validFrom, @Nullable Instant validUntil, boolean readable, String rawJson,
		List<Condition> conditions) {

	/** Summaries are cut to this many characters, in memory and in every answer. */
	public static final int MAX_SUMMARY_LENGTH = 500;

	public Offer {
		summary = ClientText.cut(summary, MAX_SUMMARY_LENGTH);
		banks = Set.copyOf(banks);
		instruments = Set.copyOf(instruments);
		cardNetworks = Set.copyOf(cardNetworks);
		conditions = List.copyOf(conditions);
	}

	/** An offer without conditions. */
	public Offer(String key, @Nullable String flipkartId, OfferKind kind, String summary, Set<String> banks,
			Set<String> instruments, Set<String> cardNetworks, DiscountTerms terms, Tenure tenure,
			@Nullable Instant validFrom, @Nullable Instant validUntil, boolean readable, String rawJson) {
		this(key, flipkartId, kind, summary, banks, instruments, cardNetworks, terms, tenure, validFrom, validUntil,
				readable, rawJson, List.of());
	}

	/** The same offer with these conditions. */
	public Offer withConditions(List<Condition> stated) {
		return stated.equals(conditions) ? this : new Offer(key, flipkartId, kind, summary, banks, instruments,
				cardNetworks, terms, tenure, validFrom, validUntil, readable, rawJson, stated);
	}

	/**
	 * True when the query itself settles everything the offer asks: it states no
	 * condition.
	 */
	public boolean unconditional() {
		return conditions.isEmpty();
	}

	/**
	 * True when the offer can give an amount off at all (No Cost EMI and unreadable
	 * offers never do).
	 */
	public boolean givesAmountOff() {
		return readable && kind != OfferKind.NO_COST_EMI;
	}

	/**
	 * A digest of what the service understood of the offer (not of the raw JSON, whose
	 * per-cart fields such as {@code amount_delta} change on every page load): a re-post
	 * with another digest has changed terms.
	 */
	public String contentHash() {
		String content = String.join("|", kind.name(), summary, new TreeSet<>(banks).toString(),
				new TreeSet<>(instruments).toString(), new TreeSet<>(cardNetworks).toString(), terms.toString(),
				new TreeSet<>(tenure.months()).toString(), String.valueOf(tenure.minMonths()),
				String.valueOf(tenure.maxMonths()), String.valueOf(validFrom), String.valueOf(validUntil),
				String.valueOf(readable));
		// conditions only when there are some: offers without any keep the digest they
		// were stored with
		if (!conditions.isEmpty()) {
			content += "|" + String.join(";", conditions.stream().map(Condition::code).toList());
		}
		return Digests.sha256Hex(content);
	}

	/**
	 * The same offer without its raw JSON, which only audit needs: what the in-memory
	 * index keeps.
	 */
	public Offer withoutRawJson() {
		return rawJson.isEmpty() ? this : new Offer(key, flipkartId, kind, summary, banks, instruments, cardNetworks,
				terms, tenure, validFrom, validUntil, readable, "", conditions);
	}

	/**
	 * This capture, with what an earlier capture of the same offer stated and this one
	 * leaves out: what the service knows of an offer only grows. One capture shows a
	 * per-option box with "Min. order value" or lists the instruments, another does not;
	 * a missing limit, instrument list, tenure or condition list keeps the earlier one,
	 * and each of those only ever narrows what the offer gives. A field present with
	 * another value is a change.
	 */
	public Offer keepingWhatEarlierCapturesSaid(Offer earlier) {
		DiscountTerms t = terms;
		DiscountTerms e = earlier.terms;
		DiscountTerms merged = new DiscountTerms(t.percentBps(), t.flatPaise(), first(t.capPaise(), e.capPaise()),
				first(t.minTxnPaise(), e.minTxnPaise()), first(t.maxTxnPaise(), e.maxTxnPaise()));
		Offer kept = new Offer(key, flipkartId, kind, summary, banks.isEmpty() ? earlier.banks : banks,
				instruments.isEmpty() ? earlier.instruments : instruments,
				cardNetworks.isEmpty() ? earlier.cardNetworks : cardNetworks, merged,
				tenure.isAny() ? earlier.tenure : tenure, first(validFrom, earlier.validFrom),
				first(validUntil, earlier.validUntil), readable, rawJson, keptConditions(earlier.conditions));
		return kept.equals(this) ? this : kept;
	}

	/**
	 * This capture's conditions, and the earlier ones of a kind this capture does not
	 * state: one capture carries {@code offer_aggregation_limits}, another only the text,
	 * and neither takes away what the other said.
	 */
	private List<Condition> keptConditions(List<Condition> earlier) {
		Set<Condition.Kind> stated = new java.util.HashSet<>();
		conditions.forEach(c -> stated.add(c.kind()));
		List<Condition> kept = new java.util.ArrayList<>(conditions);
		earlier.stream().filter(c -> !stated.contains(c.kind())).forEach(kept::add);
		kept.sort(java.util.Comparator.comparing(Condition::kind).thenComparing(Condition::code));
		return kept;
	}

	private static <T> @Nullable T first(@Nullable T a, @Nullable T b) {
		return a != null ? a : b;
	}

	public boolean activeAt(Instant now) {
		return (validFrom == null || !now.isBefore(validFrom)) && (validUntil == null || now.isBefore(validUntil));
	}
}
