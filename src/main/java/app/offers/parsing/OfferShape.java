package app.offers.parsing;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * One way a payload writes an offer that carries its own id; every appearance of an id is
 * one offer.
 */
interface OfferShape {

	/** The offer id when {@code node} is an offer of this shape; null when it is not. */
	@Nullable String idOf(JsonNode node);

	/** Adds what this appearance says to the offer's draft. */
	void read(JsonNode node, DraftBuilder draft);

}
