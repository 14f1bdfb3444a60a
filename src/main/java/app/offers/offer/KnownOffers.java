package app.offers.offer;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The offers this instance holds in memory, as a write needs them: a post compares what
 * it found with them to write only what is new or changed. Implemented by the read side,
 * so that writing offers does not depend on how they are answered from.
 */
public interface KnownOffers {

	/** The offers held now: one consistent snapshot. */
	Snapshot known();

	interface Snapshot {

		/** The offer held under this key; null when none is. */
		@Nullable Offer get(String key);

		/** Whether this offer is held with these very terms. */
		boolean holds(Offer offer);

		/**
		 * Which of these keys are held with a last sighting before {@code before} (or
		 * none).
		 */
		List<String> seenBefore(Collection<String> keys, Instant before);

	}

}
