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
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import app.offers.offer.DiscountTerms;
import app.offers.offer.Instruments;
import app.offers.offer.Lifecycle;
import app.offers.offer.LifecycleChanged;
import app.offers.offer.Offer;
import app.offers.offer.OfferStatus;
import app.offers.offer.ProductScope;

/**
 * An immutable snapshot of the stored offers, arranged for answering discount queries from memory. Per
 * canonical bank, and per instrument a query may name, the offers that query reaches are folded into a
 * {@link DiscountEnvelope}: the common query (amount, bank, instrument) costs two hash lookups and a binary
 * search, whatever the number of offers. Offers limited in time are kept aside and checked against the clock;
 * queries with a tenure or card network take the exact scan. A new snapshot replaces the old one as a whole, so
 * a reader never sees half an update.
 * <p>
 * Each offer's {@link Lifecycle} is held too: withdrawn offers are never applied, and with a retirement period an
 * offer not seen for that long stops applying, as if its validity ended then (a time-limited offer).
 */
public final class OfferIndex {

	private static final Offer[] NONE = new Offer[0];

	private static final String NO_BANK = "";

	public static final OfferIndex EMPTY = empty(null);

	private final long version;

	private final Map<String, Offer> byKey;

	private final Map<String, String> contentHashes;

	/** Per canonical bank; offers tied to no bank (UPI-app cashback) under {@link #NO_BANK}. */
	private final Map<String, BankOffers> byBank;

	/** Every instant (epoch ms, sorted) at which an offer starts or stops being valid: answers change there. */
	private final long[] validityChanges;

	/** Every offer's lifecycle by key; an offer without one (not yet recorded) is neither withdrawn nor retiring. */
	private final Map<String, Lifecycle> lifecycles;

	/** How long an offer may go unseen before it stops applying; null: never. */
	private final @Nullable Duration retireAfter;

	/** Every offer ordered by key, made when first asked for (a catalog read), then kept with this snapshot. */
	private volatile @Nullable List<Offer> byKeyOrder;

	private OfferIndex(long version, Map<String, Offer> byKey, Map<String, String> contentHashes,
			Map<String, BankOffers> byBank, long[] validityChanges, Map<String, Lifecycle> lifecycles,
			@Nullable Duration retireAfter) {
		this.version = version;
		this.byKey = byKey;
		this.contentHashes = contentHashes;
		this.byBank = byBank;
		this.validityChanges = validityChanges;
		this.lifecycles = lifecycles;
		this.retireAfter = retireAfter;
	}

	/** An empty snapshot whose offers retire when not seen for {@code retireAfter} (null: never). */
	public static OfferIndex empty(@Nullable Duration retireAfter) {
		return new OfferIndex(0, Map.of(), Map.of(), Map.of(), new long[0], Map.of(), retireAfter);
	}

	public static OfferIndex of(long version, Collection<Offer> offers) {
		return EMPTY.with(version, offers);
	}

	/** An empty snapshot at this version, retiring offers as this one does. */
	public OfferIndex emptied(long newVersion) {
		return empty(retireAfter).with(newVersion, List.of());
	}

	/** A new snapshot with these offers added or replaced; only the banks they touch are rebuilt. */
	public OfferIndex with(long newVersion, Collection<Offer> changed) {
		return with(newVersion, changed, List.of());
	}

	/**
	 * A new snapshot with these offers added or replaced, then these lifecycles as loaded from the store (a
	 * lifecycle replaces the one held unless that one is newer); only the banks they touch are rebuilt.
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
					Instant seen = held == null || l.lastSeen().isAfter(held.lastSeen()) ? l.lastSeen() : held.lastSeen();
					states.put(l.key(), new Lifecycle(l.key(), seen, l.withdrawnAt(), l.revision()));
				}
				touch(next.get(l.key()), touched);
			}
		}
		return rebuilt(newVersion, next, hashes, states, touched);
	}

	/** A new snapshot, at the same version, with a committed lifecycle change taken in. */
	public OfferIndex with(LifecycleChanged change) {
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
		Map<String, List<Offer>> regrouped = new HashMap<>();
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
			for (String bank : banksOf(offer)) {
				if (touched.contains(bank)) {
					regrouped.computeIfAbsent(bank, b -> new ArrayList<>()).add(offer);
				}
			}
		}
		Map<String, BankOffers> banks = new HashMap<>(byBank);
		for (String bank : touched) {
			List<Offer> offers = regrouped.get(bank);
			if (offers == null) {
				banks.remove(bank);
			}
			else {
				banks.put(bank, new BankOffers(offers, o -> OfferStatus.retiresAt(states.get(o.key()), retireAfter)));
			}
		}
		long[] sorted = changes.stream().mapToLong(Instant::toEpochMilli).sorted().toArray();
		return new OfferIndex(newVersion, next, hashes, banks, sorted, states, retireAfter);
	}

	/** The offer's lifecycle; null when none is recorded. */
	public @Nullable Lifecycle lifecycle(String key) {
		return lifecycles.get(key);
	}

	/** Where the offer stands at {@code now}: active, upcoming, expired, retired or withdrawn. */
	public OfferStatus status(Offer offer, Instant now) {
		return OfferStatus.of(offer, lifecycles.get(offer.key()), retireAfter, now);
	}

	/**
	 * Which of these keys are held with a lifecycle last seen before {@code before} (or with none): the offers
	 * of a payload whose last sighting is worth recording.
	 */
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

	public int size() {
		return byKey.size();
	}

	/**
	 * How many validity starts and ends have passed by {@code now}. Answers depend on the store's version and on
	 * this count only, so the two together tell whether an answer given earlier still holds.
	 */
	public int validityChangesUntil(Instant now) {
		long ms = now.toEpochMilli();
		int found = Arrays.binarySearch(validityChanges, ms);
		if (found < 0) {
			return -found - 1;
		}
		// an offer valid from ms is valid at ms: the change has happened; count equal instants too
		while (found + 1 < validityChanges.length && validityChanges[found + 1] == ms) {
			found++;
		}
		return found + 1;
	}

	/** The offer held under this key, without its raw JSON; null when none is. */
	public @Nullable Offer get(String key) {
		return byKey.get(key);
	}

	/** True when an offer with this key is held with exactly these terms. */
	/** Whether this offer is held with these very terms; the digest is made only for a key that is held. */
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

	/** The highest discount without product-scoped offers: what a checkout asks by default. */
	public long highestDiscountPaise(String bank, @Nullable String instrument, long amountPaise, Instant now,
			@Nullable Integer emiMonths, @Nullable String cardNetwork) {
		return highestDiscountPaise(bank, instrument, amountPaise, now, emiMonths, cardNetwork, false);
	}

	/**
	 * The highest discount in paise for a payment, 0 when no offer applies. {@code bank} and {@code instrument}
	 * are canonical codes; a null instrument means the best over every way to pay with that bank, offers tied to
	 * no bank (UPI-app cashback, usable with any bank's account) included. Offers limited to select products count
	 * only when {@code includeProductOffers}.
	 */
	public long highestDiscountPaise(String bank, @Nullable String instrument, long amountPaise, Instant now,
			@Nullable Integer emiMonths, @Nullable String cardNetwork, boolean includeProductOffers) {
		return highestDiscountPaise(bank, instrument, amountPaise, now, emiMonths, cardNetwork, includeProductOffers,
				false);
	}

	/**
	 * As above; with {@code unconditionalOnly}, only offers whose every condition the query settles count (no
	 * "once per user", no cap per quarter, no select cards or products).
	 */
	public long highestDiscountPaise(String bank, @Nullable String instrument, long amountPaise, Instant now,
			@Nullable Integer emiMonths, @Nullable String cardNetwork, boolean includeProductOffers,
			boolean unconditionalOnly) {
		long best = 0;
		if (emiMonths == null && cardNetwork == null && !includeProductOffers && !unconditionalOnly) {
			for (BankOffers offers : new BankOffers[] { byBank.get(bank), byBank.get(NO_BANK) }) {
				if (offers != null) {
					best = Math.max(best, offers.bucket(instrument).best(amountPaise, now));
				}
			}
		}
		else {
			for (Applicable a : applicable(bank, instrument, amountPaise, now, emiMonths, cardNetwork,
					includeProductOffers, unconditionalOnly)) {
				best = Math.max(best, a.discountPaise());
			}
		}
		// the invariant every answer keeps, whatever an offer says: 0 <= discount <= amount
		return Math.max(0, Math.min(best, amountPaise));
	}

	/**
	 * The best discount at every amount for one query, as an envelope: the offers {@link #applicable} would
	 * consider at {@code now} (the always-valid ones and the time-limited ones valid then), whatever the amount.
	 * Its answer at any amount equals {@link #highestDiscountPaise} at that amount and instant.
	 */
	DiscountEnvelope envelope(String bank, @Nullable String instrument, Instant now, @Nullable Integer emiMonths,
			@Nullable String cardNetwork, boolean includeProductOffers) {
		return envelope(bank, instrument, now, emiMonths, cardNetwork, includeProductOffers, false);
	}

	DiscountEnvelope envelope(String bank, @Nullable String instrument, Instant now, @Nullable Integer emiMonths,
			@Nullable String cardNetwork, boolean includeProductOffers, boolean unconditionalOnly) {
		List<DiscountTerms> reached = new ArrayList<>();
		for (BankOffers offers : new BankOffers[] { byBank.get(bank), byBank.get(NO_BANK) }) {
			if (offers == null) {
				continue;
			}
			for (int i = 0; i < offers.all.length; i++) {
				Offer offer = offers.all[i];
				if ((includeProductOffers || !offers.productOnly[i]) && (!unconditionalOnly || offer.unconditional())
						&& offers.unretired(i, now)
						&& applies(offer, instrument, now, emiMonths, cardNetwork)) {
					reached.add(offer.terms());
				}
			}
		}
		return DiscountEnvelope.of(reached);
	}

	/** An offer that applies to a payment, with what it gives. */
	public record Applicable(Offer offer, long discountPaise) {
	}

	/** Every offer that applies to a payment, product-scoped ones left out. */
	public List<Applicable> applicable(String bank, @Nullable String instrument, long amountPaise, Instant now,
			@Nullable Integer emiMonths, @Nullable String cardNetwork) {
		return applicable(bank, instrument, amountPaise, now, emiMonths, cardNetwork, false);
	}

	/**
	 * Every offer that applies to a payment, the best first (ties by key, so the order is stable): the bank's
	 * own and those tied to no bank, for the instrument or, when it is null, for any.
	 */
	public List<Applicable> applicable(String bank, @Nullable String instrument, long amountPaise, Instant now,
			@Nullable Integer emiMonths, @Nullable String cardNetwork, boolean includeProductOffers) {
		return applicable(bank, instrument, amountPaise, now, emiMonths, cardNetwork, includeProductOffers, false);
	}

	/** As above; with {@code unconditionalOnly}, offers that state a condition are left out. */
	public List<Applicable> applicable(String bank, @Nullable String instrument, long amountPaise, Instant now,
			@Nullable Integer emiMonths, @Nullable String cardNetwork, boolean includeProductOffers,
			boolean unconditionalOnly) {
		List<Applicable> found = new ArrayList<>();
		collect(byBank.get(bank), instrument, amountPaise, now, emiMonths, cardNetwork, includeProductOffers,
				unconditionalOnly, found);
		collect(byBank.get(NO_BANK), instrument, amountPaise, now, emiMonths, cardNetwork, includeProductOffers,
				unconditionalOnly, found);
		found.sort(Comparator.comparingLong(Applicable::discountPaise).reversed().thenComparing(a -> a.offer().key()));
		return found;
	}

	private static void collect(@Nullable BankOffers bank, @Nullable String instrument, long amountPaise, Instant now,
			@Nullable Integer emiMonths, @Nullable String cardNetwork, boolean includeProductOffers,
			boolean unconditionalOnly, List<Applicable> found) {
		if (bank == null) {
			return;
		}
		for (int i = 0; i < bank.all.length; i++) {
			Offer offer = bank.all[i];
			if ((includeProductOffers || !bank.productOnly[i]) && (!unconditionalOnly || offer.unconditional())
					&& bank.unretired(i, now)
					&& applies(offer, instrument, now, emiMonths, cardNetwork)) {
				long discount = offer.terms().discountPaise(amountPaise);
				if (discount > 0) {
					found.add(new Applicable(offer, discount));
				}
			}
		}
	}

	static boolean applies(Offer offer, @Nullable String instrument, Instant now, @Nullable Integer emiMonths,
			@Nullable String cardNetwork) {
		return (instrument == null || Instruments.reachesAny(instrument, offer.instruments())) && offer.activeAt(now)
				&& (emiMonths == null || offer.tenure().allows(emiMonths))
				&& (cardNetwork == null || offer.cardNetworks().isEmpty() || offer.cardNetworks().contains(cardNetwork));
	}

	/** The best offer for one bank and instrument; bank null for offers tied to no bank. */
	public record Option(@Nullable String bank, String instrument, Applicable best) {
	}

	/**
	 * For one amount, the best discount per bank and instrument, best first: which card to pay with. Instruments
	 * are those the bank's offers name; a bank whose offers name none is listed under CREDIT.
	 */
	public List<Option> paymentOptions(long amountPaise, Instant now, boolean includeProductOffers) {
		return paymentOptions(amountPaise, now, includeProductOffers, false);
	}

	/** As above; with {@code unconditionalOnly}, offers that state a condition are left out. */
	public List<Option> paymentOptions(long amountPaise, Instant now, boolean includeProductOffers,
			boolean unconditionalOnly) {
		List<Option> options = new ArrayList<>();
		byBank.forEach((bank, offers) -> {
			for (String instrument : offers.named) {
				List<Applicable> found = new ArrayList<>();
				collect(offers, instrument, amountPaise, now, null, null, includeProductOffers, unconditionalOnly,
						found);
				found.stream()
					.max(Comparator.comparingLong(Applicable::discountPaise))
					.ifPresent(best -> options.add(new Option(bank.equals(NO_BANK) ? null : bank, instrument, best)));
			}
		});
		options.sort(Comparator.comparingLong((Option o) -> o.best().discountPaise())
			.reversed()
			.thenComparing(o -> o.bank() == null ? "" : o.bank())
			.thenComparing(Option::instrument));
		return options;
	}

	/** One bank's offers: all of them for exact scans, and one envelope per instrument a query may name. */
	private static final class BankOffers {

		final Offer[] all;

		/** Per offer of {@link #all}: limited to select products, so only in scans that ask for those. */
		final boolean[] productOnly;

		/** Instruments the offers name (CREDIT when none names any): the rows of /payment-options. */
		final Set<String> named = new TreeSet<>();

		final Bucket anyInstrument;

		final Map<String, Bucket> byInstrument = new HashMap<>();

		/** Per offer of {@link #all}: when it retires (epoch ms), {@link Long#MAX_VALUE} for never. */
		final long[] retiresAt;

		BankOffers(List<Offer> offers, java.util.function.Function<Offer, @Nullable Instant> retirement) {
			this.all = offers.toArray(NONE);
			this.productOnly = new boolean[all.length];
			this.retiresAt = new long[all.length];
			Map<String, Long> retiring = new HashMap<>();
			List<Offer> forAnyCart = new ArrayList<>();
			for (int i = 0; i < all.length; i++) {
				Instant retires = retirement.apply(all[i]);
				retiresAt[i] = retires == null ? Long.MAX_VALUE : retires.toEpochMilli();
				if (retires != null) {
					retiring.put(all[i].key(), retiresAt[i]);
				}
				productOnly[i] = ProductScope.limitsProducts(all[i].summary());
				if (!productOnly[i]) {
					forAnyCart.add(all[i]);
				}
			}
			// every code a query may name that reaches some offer: the offered codes themselves, and the known
			// codes (family parents such as CREDIT or UPI, members such as UPI_INTENT, anything for open offers)
			Set<String> queries = new HashSet<>(Instruments.knownCodes());
			for (Offer offer : offers) {
				named.addAll(offer.instruments());
				queries.addAll(offer.instruments());
			}
			if (named.isEmpty()) {
				named.add(Instruments.CREDIT);
			}
			this.anyInstrument = new Bucket(forAnyCart, retiring);
			for (String query : queries) {
				List<Offer> reached = forAnyCart.stream()
					.filter(o -> Instruments.reachesAny(query, o.instruments()))
					.toList();
				if (!reached.isEmpty()) {
					byInstrument.put(query, new Bucket(reached, retiring));
				}
			}
		}

		boolean unretired(int i, Instant now) {
			return now.toEpochMilli() < retiresAt[i];
		}

		Bucket bucket(@Nullable String instrument) {
			return instrument == null ? anyInstrument : byInstrument.getOrDefault(instrument, Bucket.EMPTY);
		}
	}

	/** Offers one query reaches: always-valid ones folded into an envelope, time-limited ones kept to check. */
	private static final class Bucket {

		static final Bucket EMPTY = new Bucket(List.of(), Map.of());

		final DiscountEnvelope envelope;

		final Offer[] timed;

		/** Per offer of {@link #timed}: when it retires (epoch ms), {@link Long#MAX_VALUE} for never. */
		final long[] timedRetiresAt;

		Bucket(List<Offer> offers, Map<String, Long> retiring) {
			List<DiscountTerms> always = new ArrayList<>();
			List<Offer> timed = new ArrayList<>();
			for (Offer offer : offers) {
				if (offer.validFrom() == null && offer.validUntil() == null && !retiring.containsKey(offer.key())) {
					always.add(offer.terms());
				}
				else {
					timed.add(offer);
				}
			}
			this.envelope = DiscountEnvelope.of(always);
			this.timed = timed.toArray(NONE);
			this.timedRetiresAt = new long[this.timed.length];
			for (int i = 0; i < this.timed.length; i++) {
				timedRetiresAt[i] = retiring.getOrDefault(this.timed[i].key(), Long.MAX_VALUE);
			}
		}

		long best(long amountPaise, Instant now) {
			long best = envelope.best(amountPaise);
			long ms = now.toEpochMilli();
			for (int i = 0; i < timed.length; i++) {
				Offer offer = timed[i];
				if (offer.activeAt(now) && ms < timedRetiresAt[i]) {
					best = Math.max(best, offer.terms().discountPaise(amountPaise));
				}
			}
			return best;
		}
	}
}
