package app.offers.parsing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

import app.offers.offer.ClientText;
import app.offers.offer.Columns;
import app.offers.offer.Condition;
import app.offers.offer.Digests;
import app.offers.offer.DiscountTerms;
import app.offers.offer.Instruments;
import app.offers.offer.Offer;
import app.offers.offer.OfferKind;
import app.offers.offer.OfferLimits;
import app.offers.offer.Tenure;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides what a draft offer gives: reads its best text and weighs it against the
 * structured fields. Structured fields win over text: the amount off comes from them when
 * they state one (hand-made shapes), else from the text; limits from them, else from the
 * text.
 */
final class DraftToOffer {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The offer, and why it is never applied should it not be readable. */
	record Result(Offer offer, String whyUnreadable) {
	}

	private DraftToOffer() {
	}

	static Result convert(OfferDraft draft) {
		return convert(draft, OfferLimits.DEFAULTS);
	}

	static Result convert(OfferDraft draft, OfferLimits limits) {
		List<String> candidates = new ArrayList<>(draft.texts());
		candidates.addAll(draft.titles());
		String text = candidates.isEmpty() ? "" : candidates.get(0);
		TextTerms read = reading(draft);
		String doubt = DraftBuilder.first(draft.doubt(), read.doubt());
		String summary = ClientText.cut(text, Offer.MAX_SUMMARY_LENGTH);

		OfferKind kind = kind(draft, read);
		// structured fields and texts together: where both state a part, the stricter
		// reading at every amount
		DiscountTerms terms = draft.structured()
			.meet(new DiscountTerms(read.percentBps(), read.flatPaise(), read.capPaise(), read.minTxnPaise(), null));
		if (terms == null) {
			doubt = DraftBuilder.first(doubt, "fields and texts whose terms no one offer can state");
			terms = DiscountTerms.NONE;
		}
		if (terms.givesWholeCart()) {
			doubt = DraftBuilder.first(doubt, "100% without a cap, which would give the whole cart away");
		}

		Set<String> instruments = Instruments.refined(draft.instruments(), read.instruments());
		Set<String> networks = new LinkedHashSet<>(draft.networks());
		networks.addAll(read.cardNetworks());
		Set<Integer> months = draft.emiMonths();
		List<Condition> conditions = conditions(draft, candidates);
		// what one offer may name is bounded: beyond, it is a doubt, and only the bound
		// is kept
		Limited<String> banks = Limited.of(draft.banks(), limits.banks(), "banks");
		Limited<String> instrumentsKept = Limited.of(instruments, limits.instruments(), "instruments");
		Limited<String> networksKept = Limited.of(networks, limits.cardNetworks(), "card networks");
		Limited<Integer> monthsKept = Limited.of(months, limits.tenures(), "EMI tenures");
		for (Limited<?> list : List.of(banks, instrumentsKept, networksKept, monthsKept)) {
			doubt = DraftBuilder.first(doubt, list.doubt());
		}
		String encoded = Condition.encode(conditions);
		if (encoded != null && encoded.length() > Columns.CONDITIONS) {
			doubt = DraftBuilder.first(doubt, "conditions longer than " + Columns.CONDITIONS + " characters");
			conditions = List.of();
		}
		// a lone 0 is Flipkart's "pay in full": no tenure limit
		Set<Integer> kept = monthsKept.values();
		Tenure tenure = new Tenure(kept.contains(0) && kept.size() == 1 ? Set.of() : kept, read.minMonths(),
				read.maxMonths());
		Instant until = earlier(draft.validUntil(), read.validUntil());
		boolean readable = doubt == null && (kind == OfferKind.NO_COST_EMI || terms.readable());
		String rawJson = JSON.writeValueAsString(JSON.createArrayNode().addAll(draft.raw()));
		String key = draft.id() != null ? draft.id() : fingerprint(draft, kind, terms, tenure, summary);
		Offer offer = new Offer(key, draft.id(), kind, summary, banks.values(), instrumentsKept.values(),
				networksKept.values(), terms, tenure, draft.validFrom(), until, readable, rawJson, conditions);
		return new Result(offer, doubt != null ? doubt : "no amount off in its text");
	}

	/** A list cut to its bound, and the doubt that cutting it is. */
	private record Limited<T>(Set<T> values, @Nullable String doubt) {

		static <T> Limited<T> of(Set<T> values, int max, String what) {
			if (values.size() <= max) {
				return new Limited<>(values, null);
			}
			return new Limited<>(
					values.stream().limit(max).collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)),
					"more than " + max + " " + what);
		}
	}

	private static @Nullable Instant earlier(@Nullable Instant a, @Nullable Instant b) {
		return a == null ? b : b == null || a.isBefore(b) ? a : b;
	}

	/**
	 * What the texts say, read together: every display text of every appearance, and only
	 * when none says how much comes off, the campaign titles. Texts that state the terms
	 * differently give the stricter reading at every amount ({@link DiscountTerms#meet}),
	 * so the answer does not depend on the order of appearances; a doubt about any text
	 * is a doubt about the offer.
	 */
	static TextTerms reading(OfferDraft draft) {
		TextTerms read = together(draft.texts());
		if (read.doubt() == null && read.percentBps() == null && read.flatPaise() == null && !read.noCostEmi()) {
			TextTerms titles = together(draft.titles());
			if (titles.doubt() != null || titles.percentBps() != null || titles.flatPaise() != null
					|| titles.noCostEmi()) {
				// the amount from the titles, what the texts do say (instruments, a
				// minimum) kept beside it
				return both(read, titles);
			}
		}
		return read;
	}

	private static TextTerms together(Set<String> texts) {
		TextTerms together = null;
		for (String text : texts) {
			TextTerms read = OfferTextReader.read(text);
			together = together == null ? read : both(together, read);
		}
		return together == null ? OfferTextReader.read("") : together;
	}

	/** What two texts of one offer both allow. */
	private static TextTerms both(TextTerms a, TextTerms b) {
		DiscountTerms met = new DiscountTerms(a.percentBps(), a.flatPaise(), a.capPaise(), a.minTxnPaise(), null)
			.meet(new DiscountTerms(b.percentBps(), b.flatPaise(), b.capPaise(), b.minTxnPaise(), null));
		String doubt = DraftBuilder.first(a.doubt(), b.doubt());
		if (met == null) {
			doubt = DraftBuilder.first(doubt, "texts whose terms no one offer can state");
			met = DiscountTerms.NONE;
		}
		Set<String> instruments = new LinkedHashSet<>(a.instruments());
		instruments.addAll(b.instruments());
		Set<String> networks = new LinkedHashSet<>(a.cardNetworks());
		networks.addAll(b.cardNetworks());
		return new TextTerms(doubt, met.percentBps(), met.flatPaise(), met.capPaise(), met.minTxnPaise(),
				higher(a.minMonths(), b.minMonths()), lower(a.maxMonths(), b.maxMonths()), a.cashback() || b.cashback(),
				a.noCostEmi() || b.noCostEmi(), instruments, networks, earlier(a.validUntil(), b.validUntil()));
	}

	private static @Nullable Integer higher(@Nullable Integer a, @Nullable Integer b) {
		return a == null ? b : b == null ? a : Integer.valueOf(Math.max(a, b));
	}

	private static @Nullable Integer lower(@Nullable Integer a, @Nullable Integer b) {
		return a == null ? b : b == null ? a : Integer.valueOf(Math.min(a, b));
	}

	/** What the structured fields state, and what every text and title says. */
	private static List<Condition> conditions(OfferDraft draft, List<String> texts) {
		List<Condition> all = new ArrayList<>(draft.conditions());
		for (String text : texts) {
			if (text.length() <= OfferTextReader.MAX_TEXT_LENGTH) {
				all.addAll(ConditionReader.read(text));
			}
		}
		return ConditionReader.distinct(all);
	}

	private static OfferKind kind(OfferDraft draft, TextTerms read) {
		// any appearance's word counts, whatever their order: No Cost EMI gives no
		// amount, the strictest reading
		String sub = String.join(" ", draft.subTypes()).toUpperCase(Locale.ROOT);
		String type = String.join(" ", draft.types()).toUpperCase(Locale.ROOT);
		if (sub.contains("INTEREST") || sub.contains("NO_COST") || read.noCostEmi()) {
			return OfferKind.NO_COST_EMI;
		}
		if (type.contains("CASHBACK") || read.cashback()) {
			return OfferKind.CASHBACK;
		}
		return OfferKind.INSTANT_DISCOUNT;
	}

	/**
	 * A stable key for an offer without an id: the same content always gives the same
	 * key.
	 */
	private static String fingerprint(OfferDraft draft, OfferKind kind, DiscountTerms terms, Tenure tenure,
			String summary) {
		String content = String.join("|", kind.name(), String.join(",", new TreeSet<>(draft.banks())),
				String.join(",", new TreeSet<>(draft.instruments())), terms.toString(), tenure.toString(),
				summary.toLowerCase(Locale.ROOT), String.valueOf(draft.validFrom()),
				String.valueOf(draft.validUntil()));
		return "fp-" + Digests.sha256Hex(content).substring(0, 32);
	}

}
