package app.offers.parsing;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

import app.offers.offer.Banks;
import app.offers.parsing.FieldAmounts.Limit;
import tools.jackson.databind.JsonNode;

/**
 * The last resort, for payloads without any identified offer: an object with offer text
 * beside bank or discount fields, under the names hand-made payloads use
 * ({@code bankName}, {@code discountPercent}, {@code validTill}), so a new shape degrades
 * to fewer offers rather than to an error. Without a bank field, the banks are those the
 * text names.
 */
final class LooseOfferReader {

	/** Best first: the first one present is the offer's text. */
	private static final String[] TEXT_FIELDS = { "description", "summary", "offerDescription", "offerDetailText",
			"display_text", "title", "offerTitle", "text" };

	private static final List<String> BANK_FIELDS = List.of("bankName", "bank", "bank_name", "banks", "bankCode",
			"bankCodes", "provider", "providers", "issuer");

	private static final List<String> INSTRUMENT_FIELDS = List.of("paymentInstruments", "paymentInstrument",
			"payment_instruments", "payment_instrument", "paymentModes", "payment_modes", "paymentOptions",
			"instrument", "instruments", "paymentMethods");

	/** The discount types that mean rupees off. */
	private static final java.util.regex.Pattern FLAT_TYPE = java.util.regex.Pattern.compile(
			"\\s*(?:flat|fixed|amount|absolute|rupees?|inr|value|cashback|instant)[\\s_-]*(?:discount|amount|off)?\\s*",
			java.util.regex.Pattern.CASE_INSENSITIVE);

	private LooseOfferReader() {
	}

	/**
	 * The offer {@code node} describes, or null when it has no text or neither a bank nor
	 * readable terms.
	 */
	static @Nullable OfferDraft read(JsonNode node) {
		String text = JsonValues.firstText(node, TEXT_FIELDS);
		JsonNode header = node.path("offerHeader").get("title");
		if (text == null) {
			// an offer box: its text is the header's title
			text = JsonValues.text(header);
		}
		if (text == null) {
			return null;
		}
		DraftBuilder draft = new DraftBuilder(JsonValues.firstText(node, "id", "offerId", "offer_id", "offerCode"));
		draft.appearance(node);
		for (String field : TEXT_FIELDS) {
			JsonNode value = node.get(field);
			// the revamped shape's offerDescription is an object of its own; any other
			// text field that holds no text
			// is a doubt (DraftBuilder.text)
			if (value != null && !(value.isContainer() && field.equals("offerDescription"))) {
				draft.text(value);
			}
		}
		if (header != null) {
			draft.text(header);
		}
		banksAndInstruments(node, draft);
		// terms as key/value rows, under whatever name the shape gives them
		for (JsonNode value : node.values()) {
			if (KeyValueRows.areRows(value)) {
				KeyValueRows.read(value, draft);
			}
		}
		if (!draft.hasBanks()) {
			// "10% off on HDFC Bank Credit Card" beside an offerId: the bank is in the
			// words
			draft.bankCodes(Banks.inText(text));
		}
		terms(node, draft);
		draft.validity(ValidityDates.bound(node, false, draft, "validFrom", "startDate", "valid_from", "start_date"),
				ValidityDates.bound(node, true, draft, "validTill", "validTo", "validUntil", "endDate", "expiryDate",
						"valid_till", "end_date"));
		return draft.hasBanks() || draft.hasReadableTerms() ? draft.build() : null;
	}

	/**
	 * Banks and instruments under the names hand-made shapes and offer boxes give them.
	 */
	static void banksAndInstruments(JsonNode node, DraftBuilder draft) {
		for (String field : BANK_FIELDS) {
			draft.banks(node.get(field));
		}
		for (String field : INSTRUMENT_FIELDS) {
			JsonNode value = node.get(field);
			if (value != null && value.isArray()) {
				// codes, or a list of {paymentInstrument, banks} pairs
				for (JsonNode element : value.values()) {
					if (element.isObject() && element.hasNonNull("paymentInstrument")) {
						draft.instruments(element.get("paymentInstrument"));
						draft.banks(element.get("banks"));
					}
					else {
						draft.instruments(element);
					}
				}
			}
			else {
				draft.instruments(value);
			}
		}
	}

	/**
	 * A percent or a flat amount, a cap and limits, from whichever of the usual field
	 * names are there.
	 */
	private static void terms(JsonNode node, DraftBuilder draft) {
		FieldAmounts amounts = new FieldAmounts(draft);
		String type = JsonValues.firstText(node, "discountType", "discount_type", "type");
		JsonNode typeField = JsonValues.firstPresent(node, "discountType", "discount_type");
		boolean percentType = type != null && type.toLowerCase(Locale.ROOT).startsWith("percent");
		if (typeField != null && !percentType
				&& !FLAT_TYPE.matcher(typeField.isString() ? typeField.asString() : "").matches()) {
			// a discountValue whose kind cannot be read could be rupees or a percent:
			// either would be a guess
			draft.doubt("a discount type that cannot be read: "
					+ app.offers.offer.ClientText.cut(typeField.toString(), 40));
		}
		Integer percent = null;
		Long flat = null;
		JsonNode value = node.get("discountValue");
		JsonNode percentNode = node.has("discountPercent") ? node.get("discountPercent")
				: node.get("discountPercentage");
		if (percentNode == null && percentType) {
			percentNode = value;
		}
		if (percentNode != null && !percentNode.isNull()) {
			percent = amounts.percent(percentNode);
		}
		if (percent == null) {
			flat = amounts.rupees(node, Limit.AMOUNT, percentType ? "discountAmount" : "discountValue",
					"discountAmount", "flatDiscount");
		}
		draft.terms(percent, flat,
				amounts.rupees(node, Limit.CAP, "maxDiscount", "maxDiscountAmount", "max_discount", "maxDiscountValue"),
				amounts.rupees(node, Limit.MINIMUM, "minAmount", "minTxnAmount", "minOrderValue",
						"minTransactionAmount", "min_txn_value", "minimumAmount", "minPurchase"),
				amounts.rupees(node, Limit.MAXIMUM, "maxAmount", "maxTxnAmount", "maxOrderValue"));
	}

}
