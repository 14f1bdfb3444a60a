package app.offers.discount;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import app.offers.offer.DiscountTerms;
import app.offers.offer.Instruments;
import app.offers.offer.KnownOffers;
import app.offers.offer.Lifecycle;
import app.offers.offer.Offer;
import app.offers.offer.StoreChanged;
import app.offers.offer.OfferStatus;
import app.offers.offer.ProductScope;

/**
 * An immutable snapshot of the stored offers, arranged for answering discount queries
 * from memory. Per canonical bank, and per instrument a query may name, the offers that
 * query reaches are folded into a {@link DiscountEnvelope}: the common query (amount,
 * bank, instrument) costs two hash lookups and a binary search, whatever the number of
 * offers. Offers limited in time are kept aside and checked against the clock; queries
 * with a tenure or card network take the exact scan. A new snapshot replaces the old one
 * as a whole, so a reader never sees half an update.
 * <p>
 * Each offer's {@link Lifecycle} is held too: withdrawn offers are never applied, and
 * with a retirement period an offer not seen for that long stops applying, as if its
 * validity ended then (a time-limited offer).
 */
public final class OfferIndex implements KnownOffers.Snapshot {

	private static final String NO_BANK = "";

	public static final OfferIndex EMPTY = empty(null);

	private final long version;

	private final Map<String, Offer> byKey;

	private final Map<String, String> contentHashes;

	/**
	 * Per canonical bank; offers tied to no bank (UPI-app cashback) under
	 * {@link #NO_BANK}.
	 */
	private final Map<String, BankOffers> byBank;

	/**
	 * Every instant (epoch ms, sorted) at which an offer starts or stops being valid:
	 * answers change there.
	 */
	private final long[] validityChanges;

	/**
	 * Every offer's lifecycle by key; an offer without one (not yet recorded) is neither
	 * withdrawn nor retiring.
	 */
	private final Map<String, Lifecycle> lifecycles;

	/** How long an offer may go unseen before it stops applying; null: never. */
	private final @Nullable Duration retireAfter;

	/**
	 * Every offer ordered by key, made when first asked for (a catalog read), then kept
	 * with this snapshot.
	 */
	private volatile @Nullable List<Offer> byKeyOrder;

	/**
	 * The pieces every bank's envelopes hold together, at most {@link #ENVELOPE_BUDGET}.
	 */
	private final long envelopePieces;

	/**
	 * Banks with fewer offers than this are scanned: as fast as an envelope for a handful
	 * of offers.
	 */
	static final int ENVELOPES_FROM = 16;

	/**
	 * The most envelope pieces all banks hold together (about 24 bytes each, so some 50
	 * MB): the bound on what envelopes cost, whatever the offers. Real stores take a few
	 * thousand.
	 */
	static final long ENVELOPE_BUDGET = 2_000_000;

	private OfferIndex(long version, Map<String, Offer> byKey, Map<String, String> contentHashes,
			Map<String, BankOffers> byBank, long[] validityChanges, Map<String, Lifecycle> lifecycles,
			@Nullable Duration retireAfter, long envelopePieces) {
		this.envelopePieces = envelopePieces;
		this.version = version;
		this.byKey = byKey;
		this.contentHashes = contentHashes;
		this.byBank = byBank;
		this.validityChanges = validityChanges;
		this.lifecycles = lifecycles;
		this.retireAfter = retireAfter;
	}

	/**
	 * An empty snapshot whose offers retire when not seen for {@code retireAfter} (null:
	 * never).
	 */
	public static OfferIndex empty(@Nullable Duration retireAfter) {
		return new OfferIndex(0, Map.of(), Map.of(), Map.of(), new long[0], Map.of(), retireAfter, 0);
	}

	public static OfferIndex of(long version, Collection<Offer> offers) {
		return EMPTY.with(version, offers);
	}

	/** An empty snapshot at this version, retiring offers as this one does. */
	public OfferIndex emptied(long newVersion) {
		return empty(retireAfter).with(newVersion, List.of());
	}

	/**
	 * A new snapshot with these offers added or replaced; only the banks they touch are
	 * rebuilt.
	 */
	public OfferIndex with(long newVersion, Collection<Offer> changed) {
		return with(newVersion, changed, List.of());
	}

	/**
	 * A new snapshot with these offers added or replaced, then these lifecycles as loaded
	 * from the store (a lifecycle replaces the one held unless that one is newer); only
	 * the banks they touch are rebuilt.
	 */
	public OfferIndex with(long newVersion, Collection<Offer> changed, Collection<Lifecycle> loaded) {
		Map<String, Offer> next = new LinkedHashMap<>(byKey);
		Map<String, String> hashes = new HashMap<>(contentHashes);
		Set<String> touched = new HashSet<>();
		for (Offer offer : changed) {
			Offer previous = next.put(offer.key(), offer.withoutRawJson());
			hashes.put(offer.key(), offer.contentHash());
			touched.addAll(banksOf(offer));
			if (previous != null) {
				touched.addAll(banksOf(previous));
			}
		}
		Map<String, Lifecycle> states = lifecycles;
		if (!loaded.isEmpty()) {
			states = new HashMap<>(lifecycles);
			for (Lifecycle l : loaded) {
				Lifecycle held = states.get(l.key());
				if (held == null || l.revision() >= held.revision()) {
					// last seen only moves forward, whatever order writes arrive in
					Instant seen = held == null || l.lastSeen().isAfter(held.lastSeen()) ? l.lastSeen()
							: held.lastSeen();
					states.put(l.key(), new Lifecycle(l.key(), seen, l.withdrawnAt(), l.revision()));
				}
				touch(next.get(l.key()), touched);
			}
		}
		return rebuilt(newVersion, next, hashes, states, touched);
	}

	/**
	 * A new snapshot, at the same version, with a committed lifecycle change taken in.
	 */
	public OfferIndex with(StoreChanged change) {
		Map<String, Lifecycle> states = new HashMap<>(lifecycles);
		Set<String> touched = new HashSet<>();
		Set<String> keys = new HashSet<>(change.seen());
		keys.addAll(change.revived());
		keys.addAll(change.withdrawn());
		for (String key : keys) {
			Lifecycle held = states.get(key);
			Instant seen = change.seen().contains(key) || change.revived().contains(key) ? change.at() : null;
			Instant lastSeen = held == null ? change.at()
					: seen != null && seen.isAfter(held.lastSeen()) ? seen : held.lastSeen();
			Instant withdrawnAt = held == null ? null : held.withdrawnAt();
			long revision = held == null ? change.version() : held.revision();
			if (held == null || held.revision() <= change.version()) {
				revision = change.version();
				if (change.revived().contains(key)) {
					withdrawnAt = null;
				}
				if (change.withdrawn().contains(key)) {
					withdrawnAt = change.at();
				}
			}
			states.put(key, new Lifecycle(key, lastSeen, withdrawnAt, revision));
			touch(byKey.get(key), touched);
		}
		return rebuilt(version, byKey, contentHashes, states, touched);
	}

	private static void touch(@Nullable Offer offer, Set<String> touched) {
		if (offer != null) {
			touched.addAll(banksOf(offer));
		}
	}

	private OfferIndex rebuilt(long newVersion, Map<String, Offer> next, Map<String, String> hashes,
			Map<String, Lifecycle> states, Set<String> touched) {
		Map<String, List<Entry>> regrouped = new HashMap<>();
		List<Instant> changes = new ArrayList<>();
		for (Offer offer : next.values()) {
			if (offer.validFrom() != null) {
				changes.add(offer.validFrom());
			}
			if (offer.validUntil() != null) {
				changes.add(offer.validUntil());
			}
			Lifecycle lifecycle = states.get(offer.key());
			Instant retires = OfferStatus.retiresAt(lifecycle, retireAfter);
			if (retires != null) {
				changes.add(retires);
			}
			if (!offer.givesAmountOff() || (lifecycle != null && lifecycle.withdrawn())) {
				continue;
			}
			// one entry per offer, shared by every bank it names: an offer naming many
			// banks costs a reference
			// per bank here, not a copy
			Entry entry = null;
			for (String bank : banksOf(offer)) {
				if (touched.contains(bank)) {
					if (entry == null) {
						entry = new Entry(offer, retires);
					}
					regrouped.computeIfAbsent(bank, b -> new ArrayList<>()).add(entry);
				}
			}
		}
		Map<String, BankOffers> banks = new HashMap<>(byBank);
		banks.keySet().removeAll(touched);
		// what the banks kept hold, each shared BankOffers once
		long pieces = 0;
		Set<BankOffers> kept = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		for (BankOffers b : banks.values()) {
			if (b.pieces > 0 && kept.add(b)) {
				pieces += b.pieces;
			}
		}
		// the largest banks get envelopes first while the budget lasts; the others are
		// scanned (a handful of
		// offers is as fast), so no shape of offers makes envelopes cost more than the
		// budget
		List<Map.Entry<String, List<Entry>>> bySize = new ArrayList<>(regrouped.entrySet());
		bySize.sort(Comparator.comparingInt((Map.Entry<String, List<Entry>> e) -> e.getValue().size())
			.reversed()
			.thenComparing(Map.Entry::getKey));
		// banks named by the same offers (the hundreds an all-bank UPI offer names) share
		// one BankOffers
		Map<List<Entry>, BankOffers> same = new HashMap<>();
		for (Map.Entry<String, List<Entry>> e : bySize) {
			BankOffers shared = same.get(e.getValue());
			if (shared == null) {
				boolean envelopes = e.getValue().size() >= ENVELOPES_FROM
						&& pieces + regimesBound(e.getValue()) <= ENVELOPE_BUDGET;
				shared = new BankOffers(e.getValue(), envelopes);
				pieces += shared.pieces;
				same.put(e.getValue(), shared);
			}
			banks.put(e.getKey(), shared);
		}
		long[] sorted = changes.stream().mapToLong(Instant::toEpochMilli).sorted().toArray();
		return new OfferIndex(newVersion, next, hashes, banks, sorted, states, retireAfter, pieces);
	}

	/**
	 * At most how many envelope pieces a bank's buckets may take: each offer, in each
	 * bucket, two regimes.
	 */
	private static long regimesBound(List<Entry> entries) {
		return 4L * entries.size() * (Instruments.knownCodes().size() + 1);
	}

	/** The offer's lifecycle; null when none is recorded. */
	public @Nullable Lifecycle lifecycle(String key) {
		return lifecycles.get(key);
	}

	/**
	 * Where the offer stands at {@code now}: active, upcoming, expired, retired or
	 * withdrawn.
	 */
	public OfferStatus status(Offer offer, Instant now) {
		return OfferStatus.of(offer, lifecycles.get(offer.key()), retireAfter, now);
	}

	/**
	 * Which of these keys are held with a lifecycle last seen before {@code before} (or
	 * with none): the offers of a payload whose last sighting is worth recording.
	 */
	@Override
	public List<String> seenBefore(Collection<String> keys, Instant before) {
		List<String> stale = new ArrayList<>();
		for (String key : keys) {
			Lifecycle l = lifecycles.get(key);
			if (byKey.containsKey(key) && (l == null || l.lastSeen().isBefore(before))) {
				stale.add(key);
			}
		}
		return stale;
	}

	private static Set<String> banksOf(Offer offer) {
		return offer.banks().isEmpty() ? Set.of(NO_BANK) : offer.banks();
	}

	public long version() {
		return version;
	}

	/**
	 * The pieces all banks' envelopes hold (shared ones once): at most
	 * {@link #ENVELOPE_BUDGET}.
	 */
	long envelopePieces() {
		return envelopePieces;
	}

	public int size() {
		return byKey.size();
	}

	/**
	 * How many validity starts and ends have passed by {@code now}. Answers depend on the
	 * store's version and on this count only, so the two together tell whether an answer
	 * given earlier still holds.
	 */
	public int validityChangesUntil(Instant now) {
		long ms = now.toEpochMilli();
		int found = Arrays.binarySearch(validityChanges, ms);
		if (found < 0) {
			return -found - 1;
		}
		// an offer valid from ms is valid at ms: the change has happened; count equal
		// instants too
		while (found + 1 < validityChanges.length && validityChanges[found + 1] == ms) {
			found++;
		}
		return found + 1;
	}

	/** The offer held under this key, without its raw JSON; null when none is. */
	@Override
	public @Nullable Offer get(String key) {
		return byKey.get(key);
	}

	/**
	 * Whether this offer is held with these very terms; the digest is made only for a key
	 * that is held.
	 */
	@Override
	public boolean holds(Offer offer) {
		String held = contentHashes.get(offer.key());
		return held != null && held.equals(offer.contentHash());
	}

	public Collection<Offer> offers() {
		return byKey.values();
	}

	/** Every offer held, ordered by key. */
	public List<Offer> offersByKey() {
		List<Offer> sorted = byKeyOrder;
		if (sorted == null) {
			List<Offer> all = new ArrayList<>(byKey.values());
			all.sort(Comparator.comparing(Offer::key));
			sorted = List.copyOf(all);
			byKeyOrder = sorted;
		}
		return sorted;
	}

	/**
	 * The highest discount in paise for a payment, 0 when no offer applies. The
	 * criteria's bank and instrument are canonical codes; a null instrument means the
	 * best over every way to pay with that bank, offers tied to no bank (UPI-app
	 * cashback, usable with any bank's account) included. Offers limited to select
	 * products count only with {@code includeProductOffers}; with
	 * {@code unconditionalOnly}, only offers whose every condition the query settles (no
	 * "once per user", no cap per quarter, no select cards or products).
	 */
	public long highestDiscountPaise(DiscountCriteria criteria, long amountPaise, Instant now) {
		long best = 0;
		String instrument = criteria.instrument();
		// a code the service does not know has no bucket (the endpoints refuse it): the
		// scan answers it
		if (criteria.emiMonths() == null && criteria.cardNetwork() == null && !criteria.includeProductOffers()
				&& !criteria.unconditionalOnly() && (instrument == null || Instruments.known(instrument))) {
			for (BankOffers offers : new BankOffers[] { byBank.get(criteria.bank()), byBank.get(NO_BANK) }) {
				if (offers != null) {
					best = Math.max(best, offers.best(instrument, amountPaise, now));
				}
			}
		}
		else {
			for (Applicable a : applicable(criteria, amountPaise, now)) {
				best = Math.max(best, a.discountPaise());
			}
		}
		// the invariant every answer keeps, whatever an offer says: 0 <= discount <=
		// amount
		return Math.max(0, Math.min(best, amountPaise));
	}

	/**
	 * The best discount at every amount for one criteria, as an envelope: the offers
	 * {@link #applicable} would consider at {@code now} (the always-valid ones and the
	 * time-limited ones valid then), whatever the amount. Its answer at any amount equals
	 * {@link #highestDiscountPaise} at that amount and instant.
	 */
	DiscountEnvelope envelope(DiscountCriteria criteria, Instant now) {
		List<DiscountTerms> reached = new ArrayList<>();
		for (BankOffers offers : new BankOffers[] { byBank.get(criteria.bank()), byBank.get(NO_BANK) }) {
			if (offers == null) {
				continue;
			}
			for (Entry e : offers.all) {
				if (reaches(e, criteria, now)) {
					reached.add(e.offer.terms());
				}
			}
		}
		return DiscountEnvelope.of(reached);
	}

	/** An offer that applies to a payment, with what it gives. */
	public record Applicable(Offer offer, long discountPaise) {
	}

	/**
	 * Every offer that applies to a payment, the best first (ties by key, so the order is
	 * stable): the bank's own and those tied to no bank, for the instrument or, when it
	 * is null, for any.
	 */
	public List<Applicable> applicable(DiscountCriteria criteria, long amountPaise, Instant now) {
		List<Applicable> found = new ArrayList<>();
		collect(byBank.get(criteria.bank()), criteria, amountPaise, now, found);
		collect(byBank.get(NO_BANK), criteria, amountPaise, now, found);
		found.sort(Comparator.comparingLong(Applicable::discountPaise).reversed().thenComparing(a -> a.offer().key()));
		return found;
	}

	private static void collect(@Nullable BankOffers bank, DiscountCriteria criteria, long amountPaise, Instant now,
			List<Applicable> found) {
		if (bank == null) {
			return;
		}
		for (Entry e : bank.all) {
			if (reaches(e, criteria, now)) {
				long discount = e.offer.terms().discountPaise(amountPaise);
				if (discount > 0) {
					found.add(new Applicable(e.offer, discount));
				}
			}
		}
	}

	/** Whether the criteria reach an offer at {@code now}, whatever the amount. */
	private static boolean reaches(Entry e, DiscountCriteria criteria, Instant now) {
		return (criteria.includeProductOffers() || !e.productOnly)
				&& (!criteria.unconditionalOnly() || e.offer.unconditional()) && e.unretired(now)
				&& applies(e.offer, criteria.instrument(), now, criteria.emiMonths(), criteria.cardNetwork());
	}

	static boolean applies(Offer offer, @Nullable String instrument, Instant now, @Nullable Integer emiMonths,
			@Nullable String cardNetwork) {
		return (instrument == null || Instruments.reachesAny(instrument, offer.instruments())) && offer.activeAt(now)
				&& (emiMonths == null || offer.tenure().allows(emiMonths)) && (cardNetwork == null
						|| offer.cardNetworks().isEmpty() || offer.cardNetworks().contains(cardNetwork));
	}

	/**
	 * The best offer for one bank and instrument; bank null for offers tied to no bank.
	 */
	public record Option(@Nullable String bank, String instrument, Applicable best) {
	}

	/**
	 * For one amount, the best discount per bank and instrument, best first: which card
	 * to pay with. Instruments are the known codes the bank's offers name (a code the
	 * service does not know is never a row); a bank whose offers name none is listed
	 * under CREDIT. No bank, instrument, tenure or network narrows it, so it takes no
	 * {@link DiscountCriteria}: only whether product-scoped offers count and whether
	 * offers that state a condition are left out. One pass over each bank's offers: each
	 * applicable offer's discount is worked out once and offered to the rows that reach
	 * it, so the cost is linear in the offers looked at and the rows answered.
	 */
	public List<Option> paymentOptions(long amountPaise, Instant now, boolean includeProductOffers,
			boolean unconditionalOnly) {
		List<Option> options = new ArrayList<>();
		Set<BankOffers> none = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
		Map<BankOffers, Applicable[]> done = new java.util.IdentityHashMap<>();
		byBank.forEach((bank, offers) -> {
			if (none.contains(offers)) {
				return;
			}
			// banks sharing their offers share the work too
			Applicable[] best = done.get(offers);
			if (best == null) {
				best = offers.bestPerCode(amountPaise, now, includeProductOffers, unconditionalOnly);
				if (best == null) {
					none.add(offers);
					return;
				}
				done.put(offers, best);
			}
			for (int code = 0; code < best.length; code++) {
				if (best[code] != null) {
					options.add(new Option(bank.equals(NO_BANK) ? null : bank, CODES[code], best[code]));
				}
			}
		});
		options.sort(Comparator.comparingLong((Option o) -> o.best().discountPaise())
			.reversed()
			.thenComparing(o -> o.bank() == null ? "" : o.bank())
			.thenComparing(Option::instrument));
		return options;
	}

	/**
	 * The known instrument codes, each a bit of an int: the queries (and rows) buckets
	 * are made for.
	 */
	private static final String[] CODES = Instruments.knownCodes().toArray(new String[0]);

	private static final Map<String, Integer> CODE_BITS = new HashMap<>();

	/** Per known offered code, the bits of the known query codes that reach it. */
	private static final Map<String, Integer> REACHED_FROM = new HashMap<>();

	private static final int ALL_CODES;

	static {
		if (CODES.length > 31) {
			throw new IllegalStateException("more instrument codes than bits of an int");
		}
		for (int i = 0; i < CODES.length; i++) {
			CODE_BITS.put(CODES[i], 1 << i);
		}
		for (String offered : CODES) {
			int from = 0;
			for (int q = 0; q < CODES.length; q++) {
				if (Instruments.reaches(CODES[q], offered)) {
					from |= 1 << q;
				}
			}
			REACHED_FROM.put(offered, from);
		}
		ALL_CODES = (1 << CODES.length) - 1;
	}

	/**
	 * One offer as the index holds it, shared by every bank the offer names: what a query
	 * checks without looking further (limited to products, when it retires, which known
	 * codes reach it).
	 */
	private static final class Entry {

		final Offer offer;

		final boolean productOnly;

		/** When it retires (epoch ms), {@link Long#MAX_VALUE} for never. */
		final long retiresAt;

		/**
		 * The known query codes that reach the offer (all of them for an offer open to
		 * any instrument).
		 */
		final int reachedBy;

		/** The known codes the offer names itself: the rows of /payment-options. */
		final int named;

		Entry(Offer offer, @Nullable Instant retires) {
			this.offer = offer;
			this.productOnly = ProductScope.limitsProducts(offer.summary());
			this.retiresAt = retires == null ? Long.MAX_VALUE : retires.toEpochMilli();
			int reached = 0;
			int own = 0;
			for (String code : offer.instruments()) {
				Integer bit = CODE_BITS.get(code);
				if (bit != null) {
					own |= bit;
					reached |= REACHED_FROM.get(code);
				}
			}
			this.named = own;
			this.reachedBy = offer.instruments().isEmpty() ? ALL_CODES : reached;
		}

		boolean unretired(Instant now) {
			return now.toEpochMilli() < retiresAt;
		}

		/** Always valid: folded into envelopes rather than checked against the clock. */
		boolean always() {
			return offer.validFrom() == null && offer.validUntil() == null && retiresAt == Long.MAX_VALUE;
		}

	}

	/**
	 * One bank's offers: all of them for exact scans and, for a bank with many (while the
	 * index's budget lasts), one bucket per known code a query may name. A bank with a
	 * handful of offers is scanned instead, so an offer naming hundreds of rare banks
	 * costs a reference per bank.
	 */
	private static final class BankOffers {

		final Entry[] all;

		/**
		 * Known codes the offers name (CREDIT when none names any): the rows of
		 * /payment-options.
		 */
		final int rows;

		/** With envelopes: offers any instrument reaches; null: scan {@link #all}. */
		final @Nullable Bucket anyInstrument;

		/**
		 * With envelopes: per known code (its bit's position), the bucket of offers it
		 * reaches.
		 */
		final Bucket @Nullable [] byCode;

		/** Envelope pieces the buckets hold, each shared bucket once. */
		final long pieces;

		BankOffers(List<Entry> entries, boolean envelopes) {
			this.all = entries.toArray(new Entry[0]);
			int named = 0;
			for (Entry e : all) {
				named |= e.named;
			}
			this.rows = named == 0 ? CODE_BITS.get(Instruments.CREDIT) : named;
			if (!envelopes) {
				this.anyInstrument = null;
				this.byCode = null;
				this.pieces = 0;
				return;
			}
			List<Entry> forAnyCart = new ArrayList<>();
			for (Entry e : all) {
				if (!e.productOnly) {
					forAnyCart.add(e);
				}
			}
			this.anyInstrument = new Bucket(forAnyCart);
			long held = anyInstrument.pieces();
			this.byCode = new Bucket[CODES.length];
			// codes reaching the same offers share one bucket (an offer open to any
			// instrument: all of them)
			Map<List<Entry>, Bucket> same = new HashMap<>();
			same.put(forAnyCart, anyInstrument);
			for (int q = 0; q < CODES.length; q++) {
				int bit = 1 << q;
				List<Entry> reached = new ArrayList<>();
				for (Entry e : forAnyCart) {
					if ((e.reachedBy & bit) != 0) {
						reached.add(e);
					}
				}
				if (reached.isEmpty()) {
					continue;
				}
				Bucket bucket = same.get(reached);
				if (bucket == null) {
					bucket = new Bucket(reached);
					held += bucket.pieces();
					same.put(reached, bucket);
				}
				byCode[q] = bucket;
			}
			this.pieces = held;
		}

		/**
		 * The best discount for a known code (null: any), product-scoped offers left out.
		 */
		long best(@Nullable String instrument, long amountPaise, Instant now) {
			int bit = instrument == null ? 0 : CODE_BITS.get(instrument);
			if (byCode != null && anyInstrument != null) {
				Bucket bucket = instrument == null ? anyInstrument : byCode[Integer.numberOfTrailingZeros(bit)];
				return bucket == null ? 0 : bucket.best(amountPaise, now);
			}
			long best = 0;
			for (Entry e : all) {
				if (!e.productOnly && (bit == 0 || (e.reachedBy & bit) != 0) && e.unretired(now)
						&& e.offer.activeAt(now)) {
					best = Math.max(best, e.offer.terms().discountPaise(amountPaise));
				}
			}
			return best;
		}

		/**
		 * Per known code (by bit position) that is a row of this bank, the best
		 * applicable offer reached by it, the first of equals in the bank's order; null
		 * when no row has one.
		 */
		Applicable @Nullable [] bestPerCode(long amountPaise, Instant now, boolean includeProductOffers,
				boolean unconditionalOnly) {
			Applicable[] best = null;
			for (Entry e : all) {
				int reach = e.reachedBy & rows;
				if (reach == 0 || (e.productOnly && !includeProductOffers)
						|| (unconditionalOnly && !e.offer.unconditional()) || !e.unretired(now)
						|| !e.offer.activeAt(now)) {
					continue;
				}
				long discount = e.offer.terms().discountPaise(amountPaise);
				if (discount <= 0) {
					continue;
				}
				Applicable applicable = null;
				for (int bits = reach; bits != 0; bits &= bits - 1) {
					int code = Integer.numberOfTrailingZeros(bits);
					if (best == null) {
						best = new Applicable[CODES.length];
					}
					if (best[code] == null || discount > best[code].discountPaise()) {
						if (applicable == null) {
							applicable = new Applicable(e.offer, discount);
						}
						best[code] = applicable;
					}
				}
			}
			return best;
		}

	}

	/**
	 * Offers one query reaches: always-valid ones folded into an envelope, time-limited
	 * ones kept to check.
	 */
	private static final class Bucket {

		final DiscountEnvelope envelope;

		final Entry[] timed;

		Bucket(List<Entry> entries) {
			List<DiscountTerms> always = new ArrayList<>();
			List<Entry> timed = new ArrayList<>();
			for (Entry e : entries) {
				if (e.always()) {
					always.add(e.offer.terms());
				}
				else {
					timed.add(e);
				}
			}
			this.envelope = DiscountEnvelope.of(always);
			this.timed = timed.toArray(new Entry[0]);
		}

		long pieces() {
			return envelope.pieces() + timed.length;
		}

		long best(long amountPaise, Instant now) {
			long best = envelope.best(amountPaise);
			for (Entry e : timed) {
				if (e.offer.activeAt(now) && e.unretired(now)) {
					best = Math.max(best, e.offer.terms().discountPaise(amountPaise));
				}
			}
			return best;
		}

	}

}
