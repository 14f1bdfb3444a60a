package app.offers.offer;

import java.util.List;

/**
 * A committed write: the store version it was made under, the offers stored for the first
 * time and those whose terms changed. Published inside the write's transaction; listeners
 * act on it after the commit.
 */
public record OffersWritten(long version, List<Offer> created, List<Offer> updated) {

	public OffersWritten {
		created = List.copyOf(created);
		updated = List.copyOf(updated);
	}
}
