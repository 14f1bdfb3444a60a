package app.offers.parsing;

import java.util.List;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import app.offers.offer.Banks;
import tools.jackson.databind.JsonNode;

/**
 * The very last resort: a lone promotion string such as
 * {@code "promotionMessage": "Flat ₹500 on HDFC Bank Credit
 * Card"}, in a payload where no object reads as an offer. A string counts only when it
 * names a bank (by the alias table), an instrument and an amount off that can be read: UI
 * labels, "No Cost EMI on Credit Cards" or a price are not offers.
 */
final class PromotionTextReader {

	private PromotionTextReader() {
	}

	/** The offer the string {@code node} announces, or null. */
	static @Nullable OfferDraft read(JsonNode node) {
		String text = node.isString() ? node.asString() : null;
		if (text == null || text.length() > OfferTextReader.MAX_TEXT_LENGTH) {
			return null;
		}
		Set<String> banks = Banks.inText(text);
		if (banks.isEmpty()) {
			return null;
		}
		TextTerms read = OfferTextReader.read(text);
		if (read.doubt() != null || read.instruments().isEmpty()
				|| (read.percentBps() == null && read.flatPaise() == null)) {
			return null;
		}
		DraftBuilder draft = new DraftBuilder(null);
		draft.appearance(node);
		draft.text(node);
		draft.bankCodes(banks);
		return draft.build();
	}

	/** Offers from every string in the payload, in order. */
	static void readAll(JsonNode node, int depth, int maxDepth, List<OfferDraft> into) {
		if (depth > maxDepth) {
			return;
		}
		if (node.isString()) {
			OfferDraft draft = read(node);
			if (draft != null) {
				into.add(draft);
			}
		}
		else if (node.isContainer()) {
			for (JsonNode child : node.values()) {
				readAll(child, depth + 1, maxDepth, into);
			}
		}
	}

}
