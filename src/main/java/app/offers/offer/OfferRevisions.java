package app.offers.offer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** The replaced versions of offers. */
interface OfferRevisions extends Repository<OfferRevision, Long> {

	/**
	 * Keeps the stored version of these offers as revisions, before they are overwritten.
	 */
	@Modifying
	@Query("""
			insert into OfferRevision (offerKey, summary, rawJson, replacedAt)
			select o.key, o.summary, o.rawJson, :replacedAt from StoredOffer o where o.key in :keys""")
	int keepCurrent(Collection<String> keys, Instant replacedAt);

	long countByOfferKey(String offerKey);

	List<OfferRevision> findByOfferKeyOrderByIdAsc(String offerKey);

}
