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
import app.offers.offer.Condition;
import app.offers.offer.DiscountTerms;
import app.offers.offer.Instruments;
import tools.jackson.databind.JsonNode;

/**
 * Gathers an {@link OfferDraft} from the appearances of one offer, in payload order: sets grow, and a single
 * value (a type, each part of the terms, the first doubt) keeps what the earliest appearance said. The readers
 * decide what a field means; this only canonicalises and bounds what they hand it.
 */
final class DraftBuilder {

	/** Ids are kept as Flipkart writes them (printable ASCII); anything else is keyed by a fingerprint. */
	private static final Pattern SANE_ID = Pattern.compile("[\\x21-\\x7E]{1,64}");

	/** Distinct texts kept per offer: enough for every real shape, and gathering stays linear. */
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
	private @Nullable String type;
	private @Nullable String subType;
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
		for (String bank : JsonValues.strings(node)) {
			addCode(banks, Banks.canonical(bank), 64);
		}
	}

	/** Banks a text names, for shapes that have no bank field. */
	void bankCodes(Set<String> codes) {
		codes.forEach(code -> addCode(banks, code, 64));
	}

	void instruments(@Nullable JsonNode node) {
		for (String instrument : JsonValues.strings(node)) {
			addCode(instruments, Instruments.canonical(instrument), 40);
		}
	}

	void networks(@Nullable JsonNode node) {
		for (String network : JsonValues.strings(node)) {
			addCode(networks, CardNetworks.canonical(network), 40);
		}
	}

	private static void addCode(Set<String> codes, String code, int maxLength) {
		if (!code.isEmpty() && code.length() <= maxLength) {
			codes.add(code);
		}
	}

	/** EMI tenures in months; anything that is not a whole number of months up to ten years is no tenure. */
	void emiMonths(@Nullable JsonNode node) {
		for (String months : JsonValues.strings(node)) {
			try {
				int m = Integer.parseInt(months);
				if (m >= 0 && m <= 120) {
					emiMonths.add(m);
				}
			}
			catch (NumberFormatException e) {
				// not a tenure
			}
		}
	}

	void text(@Nullable JsonNode node) {
		String value = JsonValues.text(node);
		if (value != null && texts.size() < MAX_TEXTS) {
			texts.add(OfferTextReader.normalize(value));
		}
	}

	void title(@Nullable String title) {
		if (title != null && titles.size() < MAX_TEXTS) {
			titles.add(title);
		}
	}

	void types(@Nullable String adjustmentType, @Nullable String adjustmentSubType) {
		type = first(type, adjustmentType);
		subType = first(subType, adjustmentSubType);
	}

	/** Terms from structured fields; a part an earlier appearance stated stays. */
	void terms(@Nullable Integer percent, @Nullable Long flat, @Nullable Long cap, @Nullable Long min,
			@Nullable Long max) {
		DiscountTerms s = structured;
		structured = new DiscountTerms(first(s.percentBps(), percent), first(s.flatPaise(), flat),
				first(s.capPaise(), cap), first(s.minTxnPaise(), min), first(s.maxTxnPaise(), max));
	}

	void validity(@Nullable Instant from, @Nullable Instant until) {
		validFrom = first(validFrom, from);
		validUntil = first(validUntil, until);
	}

	/** Conditions a structured field states. */
	void conditions(List<Condition> stated) {
		conditions.addAll(stated);
	}

	/** Marks the offer as one never to apply; the first reason is the one worth logging. */
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
		return new OfferDraft(id, raw, banks, instruments, networks, emiMonths, texts, titles, doubt, type, subType,
				structured, validFrom, validUntil, List.copyOf(conditions));
	}

	static <T> @Nullable T first(@Nullable T a, @Nullable T b) {
		return a != null ? a : b;
	}
}
