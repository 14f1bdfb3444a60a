package app.offers.parsing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.offers.offer.ClientText;
import app.offers.offer.Offer;
import app.offers.offer.OfferLimits;
import tools.jackson.databind.JsonNode;

/**
 * Finds every offer in a payment-page response, wherever it sits, by what identifies an
 * offer rather than by a fixed path: an object with an {@code adjustment_id}
 * ({@link FkpayOfferReader}), with an {@code offerDescription.id}
 * ({@link RevampedOfferReader}) or with {@code offerFooter.tncInfo.id}
 * ({@link OfferBoxReader}); failing all of those, objects with offer text beside bank or
 * discount fields ({@link LooseOfferReader}); failing those too, strings that announce an
 * offer ({@link PromotionTextReader}). Appearances of one id are merged into one
 * {@link Offer}. Pure: a JSON tree in, offers out.
 */
public final class FlipkartOfferParser {

	private static final Logger log = LoggerFactory.getLogger(FlipkartOfferParser.class);

	/** Deeper than any real payload; guards the recursion against hostile nesting. */
	private static final int MAX_DEPTH = 200;

	/**
	 * Drafts from which converting them is shared among the cores: below, handing out the
	 * work costs more.
	 */
	static final int PARALLEL_FROM = 256;

	private final int parallelFrom;

	private final OfferLimits limits;

	/** With the default bounds on what one offer may name. */
	public FlipkartOfferParser() {
		this(OfferLimits.DEFAULTS);
	}

	public FlipkartOfferParser(OfferLimits limits) {
		this(limits, PARALLEL_FROM);
	}

	/**
	 * With another threshold for sharing the work: tests compare both ways on the same
	 * payloads.
	 */
	FlipkartOfferParser(int parallelFrom) {
		this(OfferLimits.DEFAULTS, parallelFrom);
	}

	private FlipkartOfferParser(OfferLimits limits, int parallelFrom) {
		this.limits = limits;
		this.parallelFrom = parallelFrom;
	}

	/** Tried in this order; the first that finds an id in an object reads it. */
	private static final List<OfferShape> SHAPES = List.of(new FkpayOfferReader(), new RevampedOfferReader(),
			new OfferBoxReader());

	/** Every distinct offer in the payload, in order of first appearance. */
	public List<Offer> parse(JsonNode payload) {
		List<OfferDraft> drafts = identified(payload);
		if (drafts.isEmpty()) {
			loose(payload, 0, drafts);
		}
		if (drafts.isEmpty()) {
			PromotionTextReader.readAll(payload, 0, MAX_DEPTH, drafts);
		}
		// reading the texts is most of the work and each draft's is its own: a large
		// payload uses every core
		List<DraftToOffer.Result> results = drafts.size() >= parallelFrom
				? drafts.parallelStream().map(draft -> DraftToOffer.convert(draft, limits)).toList()
				: drafts.stream().map(draft -> DraftToOffer.convert(draft, limits)).toList();
		Map<String, Offer> offers = new LinkedHashMap<>();
		for (DraftToOffer.Result result : results) {
			Offer offer = result.offer();
			Offer merged = offers.merge(offer.key(), offer, FlipkartOfferParser::oneOf);
			if (!offer.readable()) {
				log.warn("Offer {} stored but never applied: {} in \"{}\"", ClientText.forLog(offer.key()),
						ClientText.forLog(result.whyUnreadable()), ClientText.forLog(offer.summary()));
			}
			else if (!merged.readable()) {
				log.warn("Offer {} stored but never applied: shown twice with different terms",
						ClientText.forLog(offer.key()));
			}
		}
		return List.copyOf(offers.values());
	}

	/**
	 * Two offers one payload gives under one key (hand-made shapes repeating an id): the
	 * same understanding is one offer; different ones are a doubt, so whichever is kept
	 * (the same whatever their order) is never applied.
	 */
	private static Offer oneOf(Offer a, Offer b) {
		String hashA = a.contentHash();
		String hashB = b.contentHash();
		if (hashA.equals(hashB)) {
			return a;
		}
		Offer kept = hashA.compareTo(hashB) < 0 ? a : b;
		Offer other = kept == a ? b : a;
		String raw = kept.rawJson().length() > 2 && other.rawJson().length() > 2
				? kept.rawJson().substring(0, kept.rawJson().length() - 1) + "," + other.rawJson().substring(1)
				: kept.rawJson();
		return new Offer(kept.key(), kept.flipkartId(), kept.kind(), kept.summary(), kept.banks(), kept.instruments(),
				kept.cardNetworks(), kept.terms(), kept.tenure(), kept.validFrom(), kept.validUntil(), false, raw,
				kept.conditions());
	}

	/** One draft per offer id, each gathered from every appearance of that id. */
	private static List<OfferDraft> identified(JsonNode payload) {
		Map<String, DraftBuilder> byId = new LinkedHashMap<>();
		walk(payload, 0, node -> {
			for (OfferShape shape : SHAPES) {
				String id = shape.idOf(node);
				if (id != null) {
					shape.read(node, byId.computeIfAbsent(id, DraftBuilder::new));
					return;
				}
			}
		});
		List<OfferDraft> drafts = new ArrayList<>(byId.size());
		byId.values().forEach(draft -> drafts.add(draft.build()));
		return drafts;
	}

	/**
	 * Objects that read as offers ({@link LooseOfferReader}); what is inside one (its
	 * header, its rows) is part of that offer, not another one.
	 */
	private static void loose(JsonNode node, int depth, List<OfferDraft> drafts) {
		if (depth > MAX_DEPTH) {
			return;
		}
		if (node.isObject()) {
			OfferDraft draft = LooseOfferReader.read(node);
			if (draft != null) {
				drafts.add(draft);
				return;
			}
		}
		if (node.isContainer()) {
			for (JsonNode child : node.values()) {
				loose(child, depth + 1, drafts);
			}
		}
	}

	private static void walk(JsonNode node, int depth, Consumer<JsonNode> visitor) {
		if (depth > MAX_DEPTH) {
			return;
		}
		if (node.isObject()) {
			visitor.accept(node);
		}
		if (node.isContainer()) {
			for (JsonNode child : node.values()) {
				walk(child, depth + 1, visitor);
			}
		}
	}

}
