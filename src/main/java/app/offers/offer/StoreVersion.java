package app.offers.offer;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The store's single version row: it moves with every committed write, and instances poll
 * it to pick up each other's writes. Writers lock it first, which serializes them and
 * numbers writes in commit order.
 */
@Entity
@Table(name = "offer_store")
class StoreVersion {

	static final int ID = 1;

	@Id
	private Integer id = ID;

	private long version;

	protected StoreVersion() {
	}

	static StoreVersion first() {
		return new StoreVersion();
	}

	/** The version the current write is made under. */
	long next() {
		return ++version;
	}

	long version() {
		return version;
	}

}
