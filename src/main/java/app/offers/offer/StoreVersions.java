package app.offers.offer;

import java.util.Optional;

import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

import jakarta.persistence.LockModeType;

/** The store's version row (one). */
interface StoreVersions extends Repository<StoreVersion, Integer> {

	/**
	 * The version row, locked until the transaction ends: writers queue here, so what one
	 * of them finds stored cannot change before it commits, and two posts of overlapping
	 * offers never deadlock on each other's rows.
	 */
	@Lock(LockModeType.PESSIMISTIC_WRITE)
	@Query("select s from StoreVersion s where s.id = 1")
	Optional<StoreVersion> lockForWrite();

	@Query("select s.version from StoreVersion s where s.id = 1")
	Optional<Long> current();

	/** A write that changes nothing: whether the database takes writes right now. */
	@Modifying
	@Query("update StoreVersion s set s.version = s.version where s.id = 1")
	int touch();

	boolean existsById(Integer id);

	StoreVersion save(StoreVersion version);

}
