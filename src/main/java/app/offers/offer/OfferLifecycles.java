package app.offers.offer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The offers' lifecycle rows. */
interface OfferLifecycles extends Repository<OfferLifecycle, String> {

	Optional<OfferLifecycle> findById(String key);

	<S extends OfferLifecycle> List<S> saveAll(Iterable<S> lifecycles);

	void flush();

	/**
	 * The lifecycle rows of the offers a write created: those written under this version
	 * that have none yet. One statement, rather than an entity per offer through the
	 * session: a tenth of a first post's store time.
	 */
	@Modifying
	@Query("""
			insert into OfferLifecycle (key, lastSeenAt, revision)
			select o.key, cast(:now as Instant), cast(:version as long) from StoredOffer o
			where o.revision = :version and not exists (select 1 from OfferLifecycle l where l.key = o.key)""")
	int seenFirst(Instant now, long version);

	/** Offers seen again: one statement for the whole payload, whatever its size. */
	@Modifying
	@Query("update OfferLifecycle l set l.lastSeenAt = :now, l.revision = :version where l.key in :keys")
	int seen(Collection<String> keys, Instant now, long version);

	/** Offers posted with changed terms: seen, and no longer withdrawn. */
	@Modifying
	@Query("""
			update OfferLifecycle l set l.lastSeenAt = :now, l.withdrawnAt = null, l.revision = :version
			where l.key in :keys""")
	int revived(Collection<String> keys, Instant now, long version);

	@Query("""
			select new app.offers.offer.Lifecycle(l.key, l.lastSeenAt, l.withdrawnAt, l.revision)
			from OfferLifecycle l where l.revision > :version""")
	List<Lifecycle> changedSince(long version);

	@Query("select l.key from OfferLifecycle l where l.key in :keys")
	List<String> findKeys(Collection<String> keys);

}
