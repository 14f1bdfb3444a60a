package app.offers.catalog;

import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.repository.Repository;

import java.util.Optional;

/** The stored offers, read-only: writes go through the ingest path's idempotent batches. */
public interface Offers extends Repository<StoredOffer, String>, JpaSpecificationExecutor<StoredOffer> {

	Optional<StoredOffer> findById(String key);
}
