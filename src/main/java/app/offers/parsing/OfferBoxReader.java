package app.offers.parsing;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import app.offers.parsing.FieldAmounts.Limit;
import tools.jackson.databind.JsonNode;

/**
 * A per-instrument offer box, known by {@code offerFooter.tncInfo.id}: a header text and rows of key and rupee
 * value ("Min. order value", "Max Discount per order").
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
		FieldAmounts amounts = new FieldAmounts(draft);
		Long min = null;
		Long max = null;
		Long cap = null;
		for (JsonNode row : node.path("offerDescription").values()) {
			String key = JsonValues.text(row.get("key"));
			if (key == null || row.get("value") == null) {
				continue;
			}
			String k = key.toLowerCase(Locale.ROOT);
			if (k.contains("discount")) {
				// "Max Discount per order" / "Max. discount" cap one payment; per card or user they aggregate
				if (!k.contains("card") && !k.contains("user") && !k.contains("account")) {
					cap = amounts.rupees(row, Limit.CAP, "value");
				}
				else if (k.contains("card")) {
					String value = JsonValues.text(row.get("value"));
					draft.conditions(ConditionReader.ofLimits(value == null ? null : RupeeAmounts.parse(value), null));
				}
			}
			else if (k.startsWith("min")) {
				min = amounts.rupees(row, Limit.MINIMUM, "value");
			}
			else if (k.startsWith("max")) {
				max = amounts.rupees(row, Limit.MAXIMUM, "value");
			}
		}
		draft.terms(null, null, cap, min, max);
	}
}
