package app.offers.parsing;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;

import app.offers.offer.ClientText;
import app.offers.offer.DiscountTerms;
import tools.jackson.databind.JsonNode;

/**
 * Amounts and percents from structured fields, as the service can apply them. A field
 * that is absent gives null; a field that is there but out of range, fractional or
 * unreadable gives null and a doubt on the draft, so the offer is kept but never applied
 * rather than applied with a guess.
 */
final class FieldAmounts {

	/** What a limit means, for how far it may range. */
	enum Limit {

		AMOUNT, CAP, MINIMUM, MAXIMUM

	}

	private final DraftBuilder draft;

	FieldAmounts(DraftBuilder draft) {
		this.draft = draft;
	}

	/** Paise from a field that holds paise (the fkpay limits). */
	@Nullable Long paise(JsonNode node, String field, Limit limit) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull()) {
			return null;
		}
		return checked(field, JsonValues.decimal(value), limit);
	}

	/**
	 * Paise from the first present rupee field: a number, or a string such as
	 * "₹10,00,000".
	 */
	@Nullable Long rupees(JsonNode node, Limit limit, String... fields) {
		for (String field : fields) {
			JsonNode value = node.get(field);
			if (value == null || value.isNull()) {
				continue;
			}
			BigDecimal rupees = null;
			if (value.isNumber()) {
				rupees = JsonValues.decimal(value);
			}
			else if (value.isString()) {
				Long paise = RupeeAmounts.parse(OfferTextReader.normalize(value.asString()));
				rupees = paise == null ? null : BigDecimal.valueOf(paise, 2);
			}
			return checked(field, rupees == null ? null : rupees.movePointRight(2), limit);
		}
		return null;
	}

	/**
	 * A percent in (0, 100] with at most 2 decimals, as a number or a text such as
	 * "12.5%", in basis points.
	 */
	@Nullable Integer percent(JsonNode node) {
		BigDecimal value = JsonValues.decimal(node);
		if (value == null && node.isString()) {
			value = JsonValues.decimal(node.asString().strip().replaceFirst("\\s*%$", ""));
		}
		try {
			if (value != null) {
				int bps = value.movePointRight(2).intValueExact();
				if (DiscountTerms.isPercent(bps)) {
					return bps;
				}
			}
		}
		catch (ArithmeticException e) {
			// fractions of a basis point or beyond an int: not a percent we can trust
		}
		draft.doubt("a percent that is not in (0, 100]: " + ClientText.cut(node.toString(), 40));
		return null;
	}

	/**
	 * A limit the service can apply, or null: zero means "none" for a minimum or maximum;
	 * a maximum beyond any query means none; anything else out of range, fractional or
	 * unreadable makes the offer doubtful.
	 */
	private @Nullable Long checked(String field, @Nullable BigDecimal paise, Limit limit) {
		try {
			if (paise != null) {
				long value = paise.longValueExact();
				if (value == 0 && (limit == Limit.MINIMUM || limit == Limit.MAXIMUM)) {
					return null;
				}
				if (limit == Limit.MAXIMUM && value >= DiscountTerms.MAX_AMOUNT_PAISE) {
					return null;
				}
				if (limit == Limit.MAXIMUM ? value > 0 : DiscountTerms.isMoney(value)) {
					return value;
				}
			}
		}
		catch (ArithmeticException e) {
			// fractions of a paisa or beyond a long
		}
		draft.doubt(field + " is not an amount the service can apply");
		return null;
	}

}
