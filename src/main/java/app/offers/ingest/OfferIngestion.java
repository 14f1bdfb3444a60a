package app.offers.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import app.offers.OffersProperties;
import app.offers.offer.KnownOffers;
import app.offers.offer.Offer;
import app.offers.offer.OfferWrites;
import app.offers.offer.StoreChanged;
import app.offers.offer.StoreFull;
import app.offers.parsing.FlipkartOfferParser;
import tools.jackson.databind.JsonNode;

/**
 * Finds the offers in a payment-page response and stores the new and changed ones through
 * {@link OfferWrites}; this instance answers from them before the post is answered.
 */
@Service
public class OfferIngestion {

	private static final Logger log = LoggerFactory.getLogger(OfferIngestion.class);

	private final FlipkartOfferParser parser;

	/**
	 * An offer's last sighting is recorded again only once the recorded one is this old:
	 * re-posting the same page every few seconds costs no write, and retirement (days) is
	 * off by at most this much.
	 */
	static final Duration SEEN_RESOLUTION = Duration.ofMinutes(1);

	private final OfferWrites writes;

	private final KnownOffers known;

	private final Clock clock;

	private final Counter identified;

	private final Counter created;

	private final Counter unparsed;

	private final int maxOffers;

	OfferIngestion(OfferWrites writes, KnownOffers known, Clock clock, MeterRegistry meters,
			OffersProperties properties) {
		this.maxOffers = properties.maxOffersPerPayload();
		this.parser = new FlipkartOfferParser(properties.perOffer().limits());
		this.writes = writes;
		this.known = known;
		this.clock = clock;
		this.identified = Counter.builder("offers.identified")
			.description("Offers found in posted payloads")
			.register(meters);
		this.created = Counter.builder("offers.new").description("Offers stored for the first time").register(meters);
		this.unparsed = Counter.builder("offers.unparsed")
			.description("Offers whose terms could not be read: stored, never applied")
			.register(meters);
	}

	public IngestResult ingest(JsonNode flipkartResponse) {
		List<Offer> offers = parser.parse(flipkartResponse);
		if (offers.size() > maxOffers) {
			throw new TooManyOffers(offers.size(), maxOffers);
		}
		identified.increment(offers.size());
		// what an earlier capture stated and this one leaves out is kept; offers held in
		// memory with the same terms then need no database work, so a re-post costs a
		// parse
		KnownOffers.Snapshot held = known.known();
		List<Offer> unknown = offers.stream().map(o -> {
			Offer before = held.get(o.key());
			return before == null ? o : o.keepingWhatEarlierCapturesSaid(before);
		}).filter(o -> !held.holds(o)).toList();
		Instant now = clock.instant();
		List<String> keys = offers.stream().map(Offer::key).toList();
		// known offers need a write only to move a last sighting older than the
		// resolution
		List<String> stale = held.seenBefore(keys, now.minus(SEEN_RESOLUTION));
		if (unknown.isEmpty()) {
			if (!stale.isEmpty()) {
				writes.seen(stale, now);
			}
			return new IngestResult(offers.size(), 0);
		}
		StoreChanged written;
		try {
			written = writes.write(unknown, keys, now);
		}
		catch (StoreFull e) {
			// the request's own problem, not the store's: health stays as it is
			throw new StoreFullProblem(e);
		}
		created.increment(written.created().size());
		unparsed.increment(written.created().stream().filter(o -> !o.readable()).count());
		log.info("Payload with {} offers: {} new, {} updated", offers.size(), written.created().size(),
				written.updated().size());
		return new IngestResult(offers.size(), written.created().size());
	}

}
