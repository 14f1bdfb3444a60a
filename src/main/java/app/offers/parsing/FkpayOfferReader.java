package app.offers.parsing;

import java.util.List;

import org.jspecify.annotations.Nullable;

import app.offers.parsing.FieldAmounts.Limit;
import tools.jackson.databind.JsonNode;

/**
 * An object with an {@code adjustment_id}: the fkpay payment-options response, wherever
 * it puts offers (banners, sections, {@code available_offers},
 * {@code adjustment_list[].offer_details}, {@code eligible_list}). Banks, instruments,
 * tenures and networks sit in {@code contributors} or beside it; limits are in paise.
 */
final class FkpayOfferReader implements OfferShape {

	private static final List<String> INSTRUMENT_FIELDS = List.of("payment_instrument", "payment_instruments",
			"payment_modes");

	@Override
	public @Nullable String idOf(JsonNode node) {
		return JsonValues.text(node.get("adjustment_id"));
	}

	@Override
	public void read(JsonNode node, DraftBuilder draft) {
		draft.appearance(node);
		JsonNode contributors = node.path("contributors");
		draft.banks(contributors.get("banks"));
		draft.banks(node.get("banks"));
		if (node.path("provider").isArray()) {
			draft.banks(node.get("provider"));
		}
		for (String field : INSTRUMENT_FIELDS) {
			draft.instruments(contributors.get(field));
			draft.instruments(node.get(field));
		}
		draft.emiMonths(contributors.get("emi_months"));
		draft.emiMonths(node.get("emi_months"));
		draft.networks(contributors.get("card_networks"));
		draft.networks(node.get("card_networks"));
		draft.text(node.get("summary"));
		draft.text(node.get("display_text"));
		draft.title(JsonValues.text(node.get("title")));
		draft.types(JsonValues.text(node.get("adjustment_type")), JsonValues.text(node.get("adjustment_sub_type")));
		JsonNode limits = node.get("offer_txn_limits");
		if (limits != null && limits.isObject()) {
			FieldAmounts amounts = new FieldAmounts(draft);
			draft.terms(null, null, amounts.paise(limits, "max_discount_per_txn", Limit.CAP),
					amounts.paise(limits, "min_txn_value", Limit.MINIMUM),
					amounts.paise(limits, "max_txn_value", Limit.MAXIMUM));
		}
		JsonNode aggregation = node.get("offer_aggregation_limits");
		if (aggregation != null && aggregation.isObject()) {
			// paise and counts, 0 meaning no limit: a condition, never a change to the
			// amount off
			draft.conditions(ConditionReader.ofLimits(wholeNumber(aggregation.get("max_discount_per_card")),
					wholeNumber(aggregation.get("max_txns_for_offer"))));
		}
	}

	private static @Nullable Long wholeNumber(@Nullable JsonNode node) {
		java.math.BigDecimal value = node == null ? null : JsonValues.decimal(node);
		try {
			return value == null ? null : value.longValueExact();
		}
		catch (ArithmeticException notWhole) {
			return null;
		}
	}

}
