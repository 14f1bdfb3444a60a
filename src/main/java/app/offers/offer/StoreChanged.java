package app.offers.offer;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A committed change of the store under one version, published by {@link OfferWrites}
 * once the write has committed, on the writing thread: offers stored for the first time
 * ({@code created}), offers whose terms changed ({@code updated}), and offers seen in a
 * payload, revived by a post that changed their terms, or withdrawn, at {@code at}.
 */
public record StoreChanged(long version, Instant at, List<Offer> created, List<Offer> updated, Set<String> seen,
		Set<String> revived, Set<String> withdrawn) {

	public StoreChanged {
		created = List.copyOf(created);
		updated = List.copyOf(updated);
		seen = Set.copyOf(seen);
		revived = Set.copyOf(revived);
		withdrawn = Set.copyOf(withdrawn);
	}

	/** Only lifecycles changed: offers seen again or withdrawn, no terms. */
	static StoreChanged lifecycles(long version, Instant at, Set<String> seen, Set<String> withdrawn) {
		return new StoreChanged(version, at, List.of(), List.of(), seen, Set.of(), withdrawn);
	}

}
