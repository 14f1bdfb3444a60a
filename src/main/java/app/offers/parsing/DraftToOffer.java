package app.offers.parsing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import app.offers.offer.ClientText;
import app.offers.offer.Condition;
import app.offers.offer.Digests;
import app.offers.offer.DiscountTerms;
import app.offers.offer.Instruments;
import app.offers.offer.Offer;
import app.offers.offer.OfferKind;
import app.offers.offer.Tenure;
import tools.jackson.databind.json.JsonMapper;

/**
 * Decides what a draft offer gives: reads its best text and weighs it against the structured fields. Structured
 * fields win over text: the amount off comes from them when they state one (hand-made shapes), else from the
 * text; limits from them, else from the text.
 */
final class DraftToOffer {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The offer, and why it is never applied should it not be readable. */
	record Result(Offer offer, String whyUnreadable) {
	}

	private DraftToOffer() {
	}

	static Result convert(OfferDraft draft) {
		List<String> candidates = new ArrayList<>(draft.texts());
		candidates.addAll(draft.titles());
		String text = candidates.isEmpty() ? "" : candidates.get(0);
		TextTerms read = bestReading(text, candidates);
		String doubt = DraftBuilder.first(draft.doubt(), read.doubt());
		String summary = ClientText.cut(text, Offer.MAX_SUMMARY_LENGTH);

		OfferKind kind = kind(draft, read);
		DiscountTerms s = draft.structured();
		boolean structuredAmount = s.percentBps() != null || s.flatPaise() != null;
		DiscountTerms terms = new DiscountTerms(structuredAmount ? s.percentBps() : read.percentBps(),
				structuredAmount ? s.flatPaise() : read.flatPaise(), DraftBuilder.first(s.capPaise(), read.capPaise()),
				DraftBuilder.first(s.minTxnPaise(), read.minTxnPaise()), s.maxTxnPaise());

		Set<String> instruments = Instruments.refined(draft.instruments(), read.instruments());
		Set<String> networks = new LinkedHashSet<>(draft.networks());
		networks.addAll(read.cardNetworks());
		Set<Integer> months = draft.emiMonths();
		// a lone 0 is Flipkart's "pay in full": no tenure limit
		Tenure tenure = new Tenure(months.contains(0) && months.size() == 1 ? Set.of() : months, read.minMonths(),
				read.maxMonths());
		Instant until = DraftBuilder.first(draft.validUntil(), read.validUntil());
		boolean readable = doubt == null && (kind == OfferKind.NO_COST_EMI || terms.readable());
		String rawJson = JSON.writeValueAsString(JSON.createArrayNode().addAll(draft.raw()));
		String key = draft.id() != null ? draft.id() : fingerprint(draft, kind, terms, tenure, summary);
		Offer offer = new Offer(key, draft.id(), kind, summary, draft.banks(), instruments, networks, terms, tenure,
				draft.validFrom(), until, readable, rawJson, conditions(draft, candidates));
		return new Result(offer, doubt != null ? doubt : "no amount off in its text");
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

	/** The first text, or failing that the first later one that says something (a doubt counts). */
	private static TextTerms bestReading(String first, List<String> candidates) {
		TextTerms read = OfferTextReader.read(first);
		for (String other : candidates) {
			if (read.doubt() != null || read.percentBps() != null || read.flatPaise() != null || read.noCostEmi()) {
				break;
			}
			read = OfferTextReader.read(other);
		}
		return read;
	}

	private static OfferKind kind(OfferDraft draft, TextTerms read) {
		String sub = Objects.requireNonNullElse(draft.subType(), "").toUpperCase(Locale.ROOT);
		String type = Objects.requireNonNullElse(draft.type(), "").toUpperCase(Locale.ROOT);
		if (sub.contains("INTEREST") || sub.contains("NO_COST") || read.noCostEmi()) {
			return OfferKind.NO_COST_EMI;
		}
		if (type.contains("CASHBACK") || read.cashback()) {
			return OfferKind.CASHBACK;
		}
		return OfferKind.INSTANT_DISCOUNT;
	}

	/** A stable key for an offer without an id: the same content always gives the same key. */
	private static String fingerprint(OfferDraft draft, OfferKind kind, DiscountTerms terms, Tenure tenure,
			String summary) {
		String content = String.join("|", kind.name(), String.join(",", new TreeSet<>(draft.banks())),
				String.join(",", new TreeSet<>(draft.instruments())), terms.toString(), tenure.toString(),
				summary.toLowerCase(Locale.ROOT), String.valueOf(draft.validFrom()), String.valueOf(draft.validUntil()));
		return "fp-" + Digests.sha256Hex(content).substring(0, 32);
	}
}
