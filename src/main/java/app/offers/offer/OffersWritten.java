package app.offers.offer;

import java.util.List;

/**
 * What {@link OfferStore#write} did: the store version it was made under, the offers
 * stored for the first time and those whose terms changed.
 */
public record OffersWritten(long version, List<Offer> created, List<Offer> updated) {

	public OffersWritten {
		created = List.copyOf(created);
		updated = List.copyOf(updated);
	}
}
