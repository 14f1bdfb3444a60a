package app.offers.parsing;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import app.offers.parsing.FieldAmounts.Limit;
import tools.jackson.databind.JsonNode;

/**
 * Terms written as rows of a key and a value ({@code {"key": "Min. order value", "value":
 * "₹3,000"}}), wherever a shape puts them: "Min. order value" is the minimum, "Max Order
 * Value" the maximum, "Max. discount" (per order) the cap, "Max Discount per card" a
 * condition, and "You get" the amount when no text states one (on a payment page it is
 * what this cart gets, which for a percent offer is not the offer's amount). A value that
 * cannot be read makes the offer unreadable, as every structured field does.
 */
final class KeyValueRows {

	private KeyValueRows() {
	}

	/** True for a list of objects with a key and a value: rows, not offers. */
	static boolean areRows(@Nullable JsonNode node) {
		if (node == null || !node.isArray() || node.isEmpty()) {
			return false;
		}
		boolean keyed = false;
		for (JsonNode row : node.values()) {
			if (!row.isObject()) {
				return false;
			}
			keyed |= row.path("key").isString() && row.has("value");
		}
		return keyed;
	}

	static void read(JsonNode rows, DraftBuilder draft) {
		FieldAmounts amounts = new FieldAmounts(draft);
		Long min = null;
		Long max = null;
		Long cap = null;
		for (JsonNode row : rows.values()) {
			JsonNode keyNode = row.get("key");
			String key = keyNode != null && keyNode.isString() ? JsonValues.text(keyNode) : null;
			if (key == null) {
				// a row whose key cannot be read may be the minimum or the cap: left out,
				// the offer would widen
				draft.doubt("a row without a readable key: " + app.offers.offer.ClientText.cut(row.toString(), 40));
				continue;
			}
			if (row.get("value") == null) {
				continue;
			}
			String k = key.toLowerCase(Locale.ROOT);
			if (k.matches(".*[\\d₹].*") || (k.startsWith("min") && k.contains("discount"))) {
				// a label with an amount in it, or one naming a minimum and a discount at
				// once: garbled
				draft.doubt("a row whose key cannot be read: " + app.offers.offer.ClientText.cut(key, 40));
			}
			else if (k.contains("discount")) {
				// "Max Discount per order" / "Max. discount" cap one payment; per card or
				// user they aggregate
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
			else if (k.startsWith("you get") || k.startsWith("you save")) {
				String value = JsonValues.text(row.get("value"));
				if (value == null) {
					draft.doubt("a \"" + app.offers.offer.ClientText.cut(key, 40) + "\" row without a value");
				}
				else {
					draft.title(value);
				}
			}
		}
		draft.terms(null, null, cap, min, max);
	}

}
