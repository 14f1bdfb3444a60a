package app.offers.offer;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/**
 * An offer as stored: its terms as typed columns in paise, the raw JSON of every
 * appearance, the store version that last wrote it, and its banks, instruments, card
 * networks and EMI months as rows of their own. Read back as the domain's {@link Offer},
 * so every rule (active, gives an amount off, instrument reach) is the domain's. New
 * offers are inserted by {@link Offers#insertNew}; the entity reads them and takes
 * changed terms.
 */
@Entity
@Table(name = "offer")
class StoredOffer {

	@Id
	@Column(name = "offer_key", length = Columns.OFFER_KEY)
	private String key = "";

	@Column(length = Columns.FLIPKART_ID)
	private @Nullable String flipkartId;

	@Enumerated(EnumType.STRING)
	private OfferKind kind = OfferKind.INSTANT_DISCOUNT;

	@Column(length = Columns.SUMMARY)
	private String summary = "";

	private @Nullable Integer percentBps;

	private @Nullable Long flatPaise;

	private @Nullable Long capPaise;

	private @Nullable Long minTxnPaise;

	private @Nullable Long maxTxnPaise;

	private @Nullable Integer emiMinMonths;

	private @Nullable Integer emiMaxMonths;

	private @Nullable Instant validFrom;

	private @Nullable Instant validUntil;

	private boolean readable;

	/** {@link Condition#encode}: one code per line, null for none. */
	@Column(length = Columns.CONDITIONS)
	private @Nullable String conditions;

	private String contentHash = "";

	@Column(columnDefinition = "text")
	private String rawJson = "";

	/** The store version of the write that last changed this offer. */
	private long revision;

	private Instant createdAt = Instant.EPOCH;

	private Instant updatedAt = Instant.EPOCH;

	@ElementCollection
	@CollectionTable(name = "offer_bank", joinColumns = @JoinColumn(name = "offer_key"))
	@Column(name = "bank_code", length = Columns.BANK_CODE)
	private Set<String> banks = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "offer_instrument", joinColumns = @JoinColumn(name = "offer_key"))
	@Column(name = "instrument", length = Columns.INSTRUMENT)
	private Set<String> instruments = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "offer_card_network", joinColumns = @JoinColumn(name = "offer_key"))
	@Column(name = "network", length = Columns.CARD_NETWORK)
	private Set<String> cardNetworks = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "offer_emi_month", joinColumns = @JoinColumn(name = "offer_key"))
	@Column(name = "months")
	private Set<Integer> emiMonths = new HashSet<>();

	protected StoredOffer() {
	}

	/** Takes the offer's current terms, written under {@code version}. */
	void take(Offer offer, long version, Instant now) {
		flipkartId = offer.flipkartId();
		kind = offer.kind();
		summary = offer.summary();
		DiscountTerms terms = offer.terms();
		percentBps = terms.percentBps();
		flatPaise = terms.flatPaise();
		capPaise = terms.capPaise();
		minTxnPaise = terms.minTxnPaise();
		maxTxnPaise = terms.maxTxnPaise();
		emiMinMonths = offer.tenure().minMonths();
		emiMaxMonths = offer.tenure().maxMonths();
		validFrom = offer.validFrom();
		validUntil = offer.validUntil();
		readable = offer.readable();
		contentHash = offer.contentHash();
		conditions = Condition.encode(offer.conditions());
		rawJson = offer.rawJson();
		revision = version;
		updatedAt = now;
		replace(banks, offer.banks());
		replace(instruments, offer.instruments());
		replace(cardNetworks, offer.cardNetworks());
		replace(emiMonths, offer.tenure().months());
	}

	/**
	 * Only what changed: the collection rows left alone are not deleted and inserted
	 * again.
	 */
	private static <T> void replace(Set<T> stored, Set<T> now) {
		stored.retainAll(now);
		stored.addAll(now);
	}

	/** The offer as the domain knows it, with its raw JSON. */
	Offer toOffer() {
		return StoredOffer
			.offer(key, flipkartId, kind, summary, banks, instruments, cardNetworks, percentBps, flatPaise, capPaise,
					minTxnPaise, maxTxnPaise, emiMonths, emiMinMonths, emiMaxMonths, validFrom, validUntil, readable,
					rawJson)
			.withConditions(Condition.decode(conditions));
	}

	/**
	 * Stored columns as an offer. Terms out of today's ranges (written before they were
	 * enforced) never apply.
	 */
	static Offer offer(String key, @Nullable String flipkartId, OfferKind kind, String summary, Set<String> banks,
			Set<String> instruments, Set<String> cardNetworks, @Nullable Integer percentBps, @Nullable Long flatPaise,
			@Nullable Long capPaise, @Nullable Long minTxnPaise, @Nullable Long maxTxnPaise, Set<Integer> emiMonths,
			@Nullable Integer emiMinMonths, @Nullable Integer emiMaxMonths, @Nullable Instant validFrom,
			@Nullable Instant validUntil, boolean readable, String rawJson) {
		DiscountTerms terms;
		try {
			terms = new DiscountTerms(percentBps, flatPaise, capPaise, minTxnPaise, maxTxnPaise);
		}
		catch (IllegalArgumentException outOfRange) {
			terms = null;
		}
		return new Offer(key, flipkartId, kind, summary, banks, instruments, cardNetworks,
				terms == null ? DiscountTerms.NONE : terms, new Tenure(emiMonths, emiMinMonths, emiMaxMonths),
				validFrom, validUntil, terms != null && readable, rawJson);
	}

	String getKey() {
		return key;
	}

	String getContentHash() {
		return contentHash;
	}

	String getRawJson() {
		return rawJson;
	}

	long getRevision() {
		return revision;
	}

	Instant getCreatedAt() {
		return createdAt;
	}

	Instant getUpdatedAt() {
		return updatedAt;
	}

}
