package app.offers.offer;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Persistable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PostLoad;
import jakarta.persistence.PostPersist;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;

/**
 * An offer's lifecycle row: when it was last seen, whether it is withdrawn, the version
 * that last changed it.
 */
@Entity
@Table(name = "offer_lifecycle")
class OfferLifecycle implements Persistable<String> {

	@Id
	@Column(name = "offer_key")
	private String key = "";

	private Instant lastSeenAt = Instant.EPOCH;

	private @Nullable Instant withdrawnAt;

	private long revision;

	/** Keys are the offers': without this, saving a new row would first look for it. */
	@Transient
	private boolean fresh;

	protected OfferLifecycle() {
	}

	static OfferLifecycle seen(String key, Instant now, long version) {
		OfferLifecycle l = new OfferLifecycle();
		l.key = key;
		l.lastSeenAt = now;
		l.revision = version;
		l.fresh = true;
		return l;
	}

	boolean withdrawn() {
		return withdrawnAt != null;
	}

	void withdraw(Instant now, long version) {
		withdrawnAt = now;
		revision = version;
	}

	@Override
	public String getId() {
		return key;
	}

	@Override
	public boolean isNew() {
		return fresh;
	}

	@PostLoad
	@PostPersist
	void stored() {
		fresh = false;
	}

}
