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
import tools.jackson.databind.JsonNode;

/**
 * Finds every offer in a payment-page response, wherever it sits, by what identifies an offer rather than by a
 * fixed path: an object with an {@code adjustment_id} ({@link FkpayOfferReader}), with an
 * {@code offerDescription.id} ({@link RevampedOfferReader}) or with {@code offerFooter.tncInfo.id}
 * ({@link OfferBoxReader}); failing all of those, objects with offer text beside bank or discount fields
 * ({@link LooseOfferReader}); failing those too, strings that announce an offer ({@link PromotionTextReader}).
 * Appearances of one id are merged into one {@link Offer}. Pure: a JSON tree in,
 * offers out.
 */
public final class FlipkartOfferParser {

	private static final Logger log = LoggerFactory.getLogger(FlipkartOfferParser.class);

	/** Deeper than any real payload; guards the recursion against hostile nesting. */
	private static final int MAX_DEPTH = 200;

	/** Drafts from which converting them is shared among the cores: below, handing out the work costs more. */
	static final int PARALLEL_FROM = 256;

	private final int parallelFrom;

	public FlipkartOfferParser() {
		this(PARALLEL_FROM);
	}

	/** With another threshold for sharing the work: tests compare both ways on the same payloads. */
	FlipkartOfferParser(int parallelFrom) {
		this.parallelFrom = parallelFrom;
	}

	/** Tried in this order; the first that finds an id in an object reads it. */
	private static final List<OfferShape> SHAPES = List.of(new FkpayOfferReader(), new RevampedOfferReader(),
			new OfferBoxReader());

	/** Every distinct offer in the payload, in order of first appearance. */
	public List<Offer> parse(JsonNode payload) {
		List<OfferDraft> drafts = identified(payload);
		if (drafts.isEmpty()) {
			walk(payload, 0, node -> {
				OfferDraft loose = LooseOfferReader.read(node);
				if (loose != null) {
					drafts.add(loose);
				}
			});
		}
		if (drafts.isEmpty()) {
			PromotionTextReader.readAll(payload, 0, MAX_DEPTH, drafts);
		}
		// reading the texts is most of the work and each draft's is its own: a large payload uses every core
		List<DraftToOffer.Result> results = drafts.size() >= parallelFrom
				? drafts.parallelStream().map(DraftToOffer::convert).toList()
				: drafts.stream().map(DraftToOffer::convert).toList();
		Map<String, Offer> offers = new LinkedHashMap<>();
		for (DraftToOffer.Result result : results) {
			Offer offer = result.offer();
			offers.putIfAbsent(offer.key(), offer);
			if (!offer.readable()) {
				log.warn("Offer {} stored but never applied: {} in \"{}\"", ClientText.forLog(offer.key()),
						ClientText.forLog(result.whyUnreadable()),
						ClientText.forLog(offer.summary()));
			}
		}
		return List.copyOf(offers.values());
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
