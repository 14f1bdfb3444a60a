package app.offers.parsing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import app.offers.offer.Banks;
import app.offers.offer.CardNetworks;
import app.offers.offer.ClientText;
import app.offers.offer.Columns;
import app.offers.offer.Condition;
import app.offers.offer.DiscountTerms;
import app.offers.offer.Instruments;
import tools.jackson.databind.JsonNode;

/**
 * Gathers an {@link OfferDraft} from the appearances of one offer, in payload order: sets
 * grow, and a single value (a type, each part of the terms, the first doubt) keeps what
 * the earliest appearance said. The readers decide what a field means; this only
 * canonicalises and bounds what they hand it.
 */
final class DraftBuilder {

	/**
	 * Ids are kept as Flipkart writes them (printable ASCII); anything else is keyed by a
	 * fingerprint.
	 */
	private static final Pattern SANE_ID = Pattern.compile("[\\x21-\\x7E]{1," + Columns.FLIPKART_ID + "}");

	/** The longest EMI tenure a tenure field may name: ten years. */
	static final int MAX_TENURE_MONTHS = 120;

	/**
	 * Distinct texts kept per offer: enough for every real shape, and gathering stays
	 * linear.
	 */
	private static final int MAX_TEXTS = 16;

	private final @Nullable String id;

	private final List<JsonNode> raw = new ArrayList<>();

	private final Set<String> banks = new LinkedHashSet<>();

	private final Set<String> instruments = new LinkedHashSet<>();

	private final Set<String> networks = new LinkedHashSet<>();

	private final Set<Integer> emiMonths = new TreeSet<>();

	private final Set<String> texts = new LinkedHashSet<>();

	private final Set<String> titles = new LinkedHashSet<>();

	private @Nullable String doubt;

	private final Set<String> types = new TreeSet<>();

	private final Set<String> subTypes = new TreeSet<>();

	private DiscountTerms structured = DiscountTerms.NONE;

	private @Nullable Instant validFrom;

	private @Nullable Instant validUntil;

	private final Set<Condition> conditions = new LinkedHashSet<>();

	DraftBuilder(@Nullable String id) {
		this.id = id == null || !SANE_ID.matcher(id).matches() ? null : id;
	}

	void appearance(JsonNode node) {
		raw.add(node);
	}

	void banks(@Nullable JsonNode node) {
		for (String bank : codes(node, "bank")) {
			addCode(banks, Banks.canonical(bank), Columns.BANK_CODE, "bank");
		}
	}

	/** Banks a text names, for shapes that have no bank field. */
	void bankCodes(Set<String> codes) {
		codes.forEach(code -> addCode(banks, code, Columns.BANK_CODE, "bank"));
	}

	void instruments(@Nullable JsonNode node) {
		for (String instrument : codes(node, "instrument")) {
			addCode(instruments, Instruments.canonical(instrument), Columns.INSTRUMENT, "instrument");
		}
	}

	void networks(@Nullable JsonNode node) {
		for (String network : codes(node, "card network")) {
			addCode(networks, CardNetworks.canonical(network), Columns.CARD_NETWORK, "card network");
		}
	}

	/**
	 * The codes a field holds: one string or a list of them. Anything else there (an
	 * object, a boolean, a list of those) is a doubt: skipped, an offer for one bank or
	 * instrument would become one for every bank or instrument.
	 */
	private List<String> codes(@Nullable JsonNode node, String what) {
		List<String> codes = new ArrayList<>();
		if (node == null || node.isNull()) {
			return codes;
		}
		for (JsonNode element : node.isArray() ? node.values() : List.of(node)) {
			if (element.isString() || element.isNumber()) {
				codes.add(element.asString().trim());
			}
			else if (!element.isNull()) {
				doubt("a " + what + " field that holds no code: " + ClientText.cut(node.toString(), 40));
			}
		}
		return codes;
	}

	/**
	 * A code too long for its column is a doubt, not a code dropped: dropping the only
	 * bank or instrument an offer names would make it an offer for every bank or
	 * instrument.
	 */
	private void addCode(Set<String> codes, String code, int maxLength, String what) {
		if (code.length() > maxLength) {
			doubt("a " + what + " code longer than " + maxLength + " characters");
		}
		else if (code.isEmpty()) {
			doubt("a " + what + " code without letters or digits");
		}
		else {
			codes.add(code);
		}
	}

	/**
	 * EMI tenures in whole months up to ten years (0 is Flipkart's "pay in full").
	 * Anything else in a tenure field (a fraction, a sign, an exponent, words, an object)
	 * is a doubt: dropped, it would leave the offer open to every tenure.
	 */
	void emiMonths(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return;
		}
		for (JsonNode element : node.isArray() ? node.values() : List.of(node)) {
			String months = element.isString() || element.isNumber() ? element.asString().trim() : "";
			if (months.length() <= 3 && months.chars().allMatch(c -> c >= '0' && c <= '9') && !months.isEmpty()
					&& Integer.parseInt(months) <= MAX_TENURE_MONTHS) {
				emiMonths.add(Integer.parseInt(months));
			}
			else {
				doubt("an EMI tenure that cannot be read: " + ClientText.cut(element.toString(), 40));
			}
		}
	}

	/**
	 * A display text. A text field that holds no text (a number, a blank, a container) is
	 * a doubt: skipped, the offer would be read from its other texts alone, which may
	 * leave out the cap this one stated.
	 */
	void text(@Nullable JsonNode node) {
		if (node == null || node.isNull()) {
			return;
		}
		String value = node.isString() ? node.asString().trim() : "";
		if (value.isEmpty()) {
			doubt("a text field that holds no text: " + ClientText.cut(node.toString(), 40));
		}
		else if (texts.size() < MAX_TEXTS) {
			texts.add(OfferTextReader.normalize(value));
		}
	}

	void title(@Nullable String title) {
		if (title != null && titles.size() < MAX_TEXTS) {
			titles.add(title);
		}
	}

	void types(@Nullable String adjustmentType, @Nullable String adjustmentSubType) {
		if (adjustmentType != null && types.size() < MAX_TEXTS) {
			types.add(adjustmentType);
		}
		if (adjustmentSubType != null && subTypes.size() < MAX_TEXTS) {
			subTypes.add(adjustmentSubType);
		}
	}

	/**
	 * Terms from structured fields. Appearances that state a part differently give the
	 * stricter reading at every amount ({@link DiscountTerms#meet}), so the answer never
	 * depends on their order.
	 */
	void terms(@Nullable Integer percent, @Nullable Long flat, @Nullable Long cap, @Nullable Long min,
			@Nullable Long max) {
		DiscountTerms met = structured.meet(new DiscountTerms(percent, flat, cap, min, max));
		if (met == null) {
			doubt("appearances whose terms no one offer can state");
		}
		else {
			structured = met;
		}
	}

	/** The validity every appearance allows: the latest start, the earliest end. */
	void validity(@Nullable Instant from, @Nullable Instant until) {
		validFrom = validFrom == null || (from != null && from.isAfter(validFrom)) ? from : validFrom;
		validUntil = validUntil == null || (until != null && until.isBefore(validUntil)) ? until : validUntil;
	}

	/** Conditions a structured field states. */
	void conditions(List<Condition> stated) {
		conditions.addAll(stated);
	}

	/**
	 * Marks the offer as one never to apply; the first reason is the one worth logging.
	 */
	void doubt(String why) {
		doubt = first(doubt, why);
	}

	boolean hasBanks() {
		return !banks.isEmpty();
	}

	boolean hasReadableTerms() {
		return structured.readable();
	}

	OfferDraft build() {
		return new OfferDraft(id, raw, banks, instruments, networks, emiMonths, texts, titles, doubt, types, subTypes,
				structured, validFrom, validUntil, List.copyOf(conditions));
	}

	static <T> @Nullable T first(@Nullable T a, @Nullable T b) {
		return a != null ? a : b;
	}

}
