package app.offers.offer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The stored offers. Loads for the in-memory index read columns, not entities: start-up
 * with 100,000 offers stays a matter of seconds and nothing is held by the persistence
 * context. New offers go in with one statement per table ({@link #insertNew}); changed
 * ones are updated through the entity.
 */
interface Offers extends Repository<StoredOffer, String> {

	/** An offer's key and the digest of its stored terms. */
	record Known(String key, String contentHash) {
	}

	/** An offer's columns, without its collections and raw JSON. */
	record Row(String key, @Nullable String flipkartId, OfferKind kind, String summary, @Nullable Integer percentBps,
			@Nullable Long flatPaise, @Nullable Long capPaise, @Nullable Long minTxnPaise, @Nullable Long maxTxnPaise,
			@Nullable Integer emiMinMonths, @Nullable Integer emiMaxMonths, @Nullable Instant validFrom,
			@Nullable Instant validUntil, boolean readable, @Nullable String conditions) {
	}

	/** One value of one of an offer's collections. */
	record Value<T>(String key, T value) {
	}

	/** When an offer was first stored and last changed. */
	record Dates(String key, Instant createdAt, Instant updatedAt) {
	}

	Optional<StoredOffer> findById(String key);

	List<StoredOffer> findAllById(Iterable<String> keys);

	/**
	 * Sends what is pending now, so a refused row fails the write here rather than at
	 * commit.
	 */
	void flush();

	long count();

	/**
	 * Rows of offer_bank: one per bank each offer names, what an offer's share of memory
	 * grows with.
	 */
	@Query("select count(b) from StoredOffer o join o.banks b")
	long countBankLinks();

	@Query("select new app.offers.offer.Offers$Known(o.key, o.contentHash) from StoredOffer o where o.key in :keys")
	List<Known> findKnown(Collection<String> keys);

	@Query("""
			select new app.offers.offer.Offers$Row(o.key, o.flipkartId, o.kind, o.summary, o.percentBps, o.flatPaise,
			    o.capPaise, o.minTxnPaise, o.maxTxnPaise, o.emiMinMonths, o.emiMaxMonths, o.validFrom, o.validUntil,
			    o.readable, o.conditions)
			from StoredOffer o where o.revision > :version""")
	List<Row> rowsSince(long version);

	@Query("select new app.offers.offer.Offers$Value(o.key, b) from StoredOffer o join o.banks b where o.revision > :version")
	List<Value<String>> banksSince(long version);

	@Query("""
			select new app.offers.offer.Offers$Value(o.key, i) from StoredOffer o join o.instruments i
			where o.revision > :version""")
	List<Value<String>> instrumentsSince(long version);

	@Query("""
			select new app.offers.offer.Offers$Value(o.key, n) from StoredOffer o join o.cardNetworks n
			where o.revision > :version""")
	List<Value<String>> cardNetworksSince(long version);

	@Query("""
			select new app.offers.offer.Offers$Value(o.key, m) from StoredOffer o join o.emiMonths m
			where o.revision > :version""")
	List<Value<Integer>> emiMonthsSince(long version);

	/**
	 * Inserts new offers with their banks, instruments, card networks and EMI months: one
	 * statement per table, each binding an array per column. Measured against persisting
	 * the entities (Hibernate's JDBC batches of 500, ordered inserts), a first post of
	 * 10,000 offers took 20-30% longer that way: an insert action per offer and per
	 * collection, and the JIT compiling all of that machinery while the post waits. A row
	 * the database refuses fails its statement, and the write with it.
	 */
	default void insertNew(List<Offer> created, long version, Instant now) {
		if (created.isEmpty()) {
			return;
		}
		NewOfferRows rows = new NewOfferRows(created);
		insertRows(rows.keys, rows.flipkartIds, rows.kinds, rows.summaries, rows.percentBps, rows.flatPaise,
				rows.capPaise, rows.minTxnPaise, rows.maxTxnPaise, rows.emiMinMonths, rows.emiMaxMonths, rows.validFrom,
				rows.validUntil, rows.readable, rows.conditions, rows.contentHashes, rows.rawJson, version, now);
		if (!rows.banks.isEmpty()) {
			insertBanks(rows.banks.keys(), rows.banks.stringValues());
		}
		if (!rows.instruments.isEmpty()) {
			insertInstruments(rows.instruments.keys(), rows.instruments.stringValues());
		}
		if (!rows.cardNetworks.isEmpty()) {
			insertCardNetworks(rows.cardNetworks.keys(), rows.cardNetworks.stringValues());
		}
		if (!rows.emiMonths.isEmpty()) {
			insertEmiMonths(rows.emiMonths.keys(), rows.emiMonths.integerValues());
		}
	}

	@Modifying
	@Query(nativeQuery = true, value = """
			insert into offer (offer_key, flipkart_id, kind, summary, percent_bps, flat_paise, cap_paise,
			    min_txn_paise, max_txn_paise, emi_min_months, emi_max_months, valid_from, valid_until, readable,
			    conditions, content_hash, raw_json, revision, created_at, updated_at)
			select r.*, :version, :now, :now
			from unnest(:keys, :flipkartIds, :kinds, :summaries, :percentBps, :flatPaise, :capPaise, :minTxnPaise,
			    :maxTxnPaise, :emiMinMonths, :emiMaxMonths, :validFrom, :validUntil, :readable, :conditions,
			    :contentHashes, :rawJson) r""")
	void insertRows(String[] keys, @Nullable String[] flipkartIds, String[] kinds, String[] summaries,
			@Nullable Integer[] percentBps, @Nullable Long[] flatPaise, @Nullable Long[] capPaise,
			@Nullable Long[] minTxnPaise, @Nullable Long[] maxTxnPaise, @Nullable Integer[] emiMinMonths,
			@Nullable Integer[] emiMaxMonths, @Nullable Instant[] validFrom, @Nullable Instant[] validUntil,
			Boolean[] readable, @Nullable String[] conditions, String[] contentHashes, String[] rawJson, long version,
			Instant now);

	@Modifying
	@Query(nativeQuery = true,
			value = "insert into offer_bank (offer_key, bank_code) select * from unnest(:keys, :values)")
	void insertBanks(String[] keys, String[] values);

	@Modifying
	@Query(nativeQuery = true,
			value = "insert into offer_instrument (offer_key, instrument) select * from unnest(:keys, :values)")
	void insertInstruments(String[] keys, String[] values);

	@Modifying
	@Query(nativeQuery = true,
			value = "insert into offer_card_network (offer_key, network) select * from unnest(:keys, :values)")
	void insertCardNetworks(String[] keys, String[] values);

	@Modifying
	@Query(nativeQuery = true,
			value = "insert into offer_emi_month (offer_key, months) select * from unnest(:keys, :values)")
	void insertEmiMonths(String[] keys, Integer[] values);

	@Query("select new app.offers.offer.Offers$Dates(o.key, o.createdAt, o.updatedAt) from StoredOffer o where o.key in :keys")
	List<Dates> findDates(Collection<String> keys);

}
