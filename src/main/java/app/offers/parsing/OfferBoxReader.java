package app.offers.parsing;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * A per-instrument offer box, known by {@code offerFooter.tncInfo.id}: a header text and
 * rows of key and rupee value ("Min. order value", "Max Discount per order").
 */
final class OfferBoxReader implements OfferShape {

	@Override
	public @Nullable String idOf(JsonNode node) {
		return JsonValues.text(node.path("offerFooter").path("tncInfo").get("id"));
	}

	@Override
	public void read(JsonNode node, DraftBuilder draft) {
		draft.appearance(node);
		draft.text(node.path("offerHeader").get("title"));
		// a box on its own names its bank and instruments; beside the offer list, those
		// come from there
		LooseOfferReader.banksAndInstruments(node, draft);
		JsonNode rows = node.get("offerDescription");
		if (rows != null && rows.isArray()) {
			KeyValueRows.read(rows, draft);
		}
	}

}
