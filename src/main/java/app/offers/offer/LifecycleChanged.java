package app.offers.offer;

import java.time.Instant;
import java.util.Set;

/**
 * A committed change of offers' lifecycles under one store version: offers seen in a
 * payload at {@code at}, revived by a post that changed their terms, or withdrawn.
 * Published inside the write's transaction.
 */
public record LifecycleChanged(long version, Instant at, Set<String> seen, Set<String> revived, Set<String> withdrawn) {

	public LifecycleChanged {
		seen = Set.copyOf(seen);
		revived = Set.copyOf(revived);
		withdrawn = Set.copyOf(withdrawn);
	}
}
