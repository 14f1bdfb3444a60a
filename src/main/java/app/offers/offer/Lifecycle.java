package app.offers.offer;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * Where an offer stands apart from its terms: when a payload last showed it, and whether
 * it was withdrawn.
 *
 * @param lastSeen when a posted payload last held the offer (to the resolution the store
 * keeps)
 * @param withdrawnAt when it was withdrawn; null while it is not
 * @param revision the store version of the write that last changed this state
 */
public record Lifecycle(String key, Instant lastSeen, @Nullable Instant withdrawnAt, long revision) {

	public boolean withdrawn() {
		return withdrawnAt != null;
	}
}
