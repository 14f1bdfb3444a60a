package app.offers.parsing;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * An entry of the revamped page's {@code offerList}: {@code offerDescription.id} and its
 * text, the bank as {@code provider}; the terms are only in the text.
 */
final class RevampedOfferReader implements OfferShape {

	@Override
	public @Nullable String idOf(JsonNode node) {
		JsonNode description = node.get("offerDescription");
		return description != null && description.isObject() ? JsonValues.text(description.get("id")) : null;
	}

	@Override
	public void read(JsonNode node, DraftBuilder draft) {
		draft.appearance(node);
		draft.banks(node.get("provider"));
		draft.text(node.path("offerDescription").get("text"));
		draft.title(JsonValues.text(node.path("offerText").get("text")));
	}

}
