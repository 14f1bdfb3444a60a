package app.offers.offer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The stored offers. Loads for the in-memory index read columns, not entities: start-up with 100,000 offers
 * stays a matter of seconds and nothing is held by the persistence context.
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

	<S extends StoredOffer> List<S> saveAll(Iterable<S> offers);

	/** Sends what is pending now, so a refused row fails the write here rather than at commit. */
	void flush();

	long count();

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

	@Query("select new app.offers.offer.Offers$Dates(o.key, o.createdAt, o.updatedAt) from StoredOffer o where o.key in :keys")
	List<Dates> findDates(Collection<String> keys);
}
