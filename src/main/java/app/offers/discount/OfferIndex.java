package app.offers.discount;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import app.offers.offer.Instruments;
import app.offers.offer.Offer;

/**
 * An immutable snapshot of the stored offers, arranged for answering discount queries from memory: offers that
 * can give an amount off, grouped by canonical bank. A new snapshot replaces the old one as a whole, so a reader
 * never sees half an update.
 */
public final class OfferIndex {

	private static final Offer[] NONE = new Offer[0];

	public static final OfferIndex EMPTY = new OfferIndex(0, Map.of());

	private final long version;

	private final Map<String, Offer> byKey;

	private final Map<String, String> contentHashes;

	private final Map<String, Offer[]> byBank;

	/** Offers tied to no bank (UPI-app cashback): they reach any bank's query that names their instrument. */
	private final Offer[] bankless;

	private OfferIndex(long version, Map<String, Offer> byKey) {
		this.version = version;
		this.byKey = byKey;
		this.contentHashes = new HashMap<>(byKey.size() * 2);
		Map<String, List<Offer>> banks = new HashMap<>();
		List<Offer> noBank = new ArrayList<>();
		for (Offer offer : byKey.values()) {
			contentHashes.put(offer.key(), offer.contentHash());
			if (!offer.givesAmountOff()) {
				continue;
			}
			if (offer.banks().isEmpty()) {
				noBank.add(offer);
			}
			for (String bank : offer.banks()) {
				banks.computeIfAbsent(bank, b -> new ArrayList<>()).add(offer);
			}
		}
		this.byBank = new HashMap<>(banks.size() * 2);
		banks.forEach((bank, offers) -> byBank.put(bank, offers.toArray(NONE)));
		this.bankless = noBank.toArray(NONE);
	}

	public static OfferIndex of(long version, Collection<Offer> offers) {
		return EMPTY.with(version, offers);
	}

	/** A new snapshot with these offers added or replaced. */
	public OfferIndex with(long newVersion, Collection<Offer> changed) {
		Map<String, Offer> next = new LinkedHashMap<>(byKey);
		for (Offer offer : changed) {
			next.put(offer.key(), offer.withoutRawJson());
		}
		return new OfferIndex(newVersion, next);
	}

	public long version() {
		return version;
	}

	public int size() {
		return byKey.size();
	}

	/** True when an offer with this key is held with exactly these terms. */
	public boolean holds(String key, String contentHash) {
		return contentHash.equals(contentHashes.get(key));
	}

	public Collection<Offer> offers() {
		return byKey.values();
	}

	/**
	 * The highest discount in paise for a payment, 0 when no offer applies. {@code bank} and {@code instrument}
	 * are canonical codes; a null instrument means any instrument of that bank.
	 */
	public long highestDiscountPaise(String bank, @Nullable String instrument, long amountPaise, Instant now,
			@Nullable Integer emiMonths, @Nullable String cardNetwork) {
		long best = best(byBank.getOrDefault(bank, NONE), instrument, amountPaise, now, emiMonths, cardNetwork, 0);
		if (instrument != null) {
			best = best(bankless, instrument, amountPaise, now, emiMonths, cardNetwork, best);
		}
		return best;
	}

	/** An offer that applies to a payment, with what it gives. */
	public record Applicable(Offer offer, long discountPaise) {
	}

	/** Every offer that applies to a payment, the best first (ties by key, so the order is stable). */
	public List<Applicable> applicable(String bank, @Nullable String instrument, long amountPaise, Instant now,
			@Nullable Integer emiMonths, @Nullable String cardNetwork) {
		List<Applicable> found = new ArrayList<>();
		collect(byBank.getOrDefault(bank, NONE), instrument, amountPaise, now, emiMonths, cardNetwork, found);
		if (instrument != null) {
			collect(bankless, instrument, amountPaise, now, emiMonths, cardNetwork, found);
		}
		found.sort(java.util.Comparator.comparingLong(Applicable::discountPaise)
			.reversed()
			.thenComparing(a -> a.offer().key()));
		return found;
	}

	private static void collect(Offer[] offers, @Nullable String instrument, long amountPaise, Instant now,
			@Nullable Integer emiMonths, @Nullable String cardNetwork, List<Applicable> found) {
		for (Offer offer : offers) {
			if (applies(offer, instrument, now, emiMonths, cardNetwork)) {
				long discount = offer.terms().discountPaise(amountPaise);
				if (discount > 0) {
					found.add(new Applicable(offer, discount));
				}
			}
		}
	}

	/** The best offer for one bank and instrument; bank null for offers tied to no bank. */
	public record Option(@Nullable String bank, String instrument, Applicable best) {
	}

	/**
	 * For one amount, the best discount per bank and instrument, best first: which card to pay with. Instruments
	 * are those the bank's offers name; offers open to every instrument count under each of them.
	 */
	public List<Option> paymentOptions(long amountPaise, Instant now) {
		List<Option> options = new ArrayList<>();
		byBank.forEach((bank, offers) -> addOptions(bank, offers, amountPaise, now, options));
		addOptions(null, bankless, amountPaise, now, options);
		options.sort(java.util.Comparator.comparingLong((Option o) -> o.best().discountPaise())
			.reversed()
			.thenComparing(o -> o.bank() == null ? "" : o.bank())
			.thenComparing(Option::instrument));
		return options;
	}

	private static void addOptions(@Nullable String bank, Offer[] offers, long amountPaise, Instant now,
			List<Option> options) {
		java.util.Set<String> instruments = new java.util.TreeSet<>();
		for (Offer offer : offers) {
			instruments.addAll(offer.instruments());
		}
		if (instruments.isEmpty() && offers.length > 0) {
			instruments.add(Instruments.CREDIT);
		}
		for (String instrument : instruments) {
			Applicable best = null;
			for (Offer offer : offers) {
				if (applies(offer, instrument, now, null, null)) {
					long discount = offer.terms().discountPaise(amountPaise);
					if (discount > 0 && (best == null || discount > best.discountPaise())) {
						best = new Applicable(offer, discount);
					}
				}
			}
			if (best != null) {
				options.add(new Option(bank, instrument, best));
			}
		}
	}

	private static long best(Offer[] offers, @Nullable String instrument, long amountPaise, Instant now,
			@Nullable Integer emiMonths, @Nullable String cardNetwork, long best) {
		for (Offer offer : offers) {
			if (applies(offer, instrument, now, emiMonths, cardNetwork)) {
				best = Math.max(best, offer.terms().discountPaise(amountPaise));
			}
		}
		return best;
	}

	static boolean applies(Offer offer, @Nullable String instrument, Instant now, @Nullable Integer emiMonths,
			@Nullable String cardNetwork) {
		return (instrument == null || Instruments.reachesAny(instrument, offer.instruments())) && offer.activeAt(now)
				&& (emiMonths == null || offer.tenure().allows(emiMonths))
				&& (cardNetwork == null || offer.cardNetworks().isEmpty() || offer.cardNetworks().contains(cardNetwork));
	}
}
