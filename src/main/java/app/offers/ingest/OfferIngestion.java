package app.offers.ingest;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import app.offers.OffersProperties;
import app.offers.discount.LiveOffers;
import app.offers.offer.Offer;
import app.offers.offer.OfferLifecycleStore;
import app.offers.offer.OffersWritten;
import app.offers.offer.StoreFull;
import app.offers.parsing.FlipkartOfferParser;
import tools.jackson.databind.JsonNode;

/**
 * Finds the offers in a payment-page response and stores the new and changed ones; the
 * live offers take in the committed write before the post is answered.
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

	private final OfferLifecycleStore lifecycles;

	private final LiveOffers live;

	private final Clock clock;

	private final Counter identified;

	private final Counter created;

	private final Counter unparsed;

	private final StoreWrites writes;

	private final int maxOffers;

	/** Fair: posts are written in the order they got here. */
	private final ReentrantLock writing = new ReentrantLock(true);

	OfferIngestion(OfferLifecycleStore lifecycles, LiveOffers live, StoreWrites writes, Clock clock,
			MeterRegistry meters, OffersProperties properties) {
		this.maxOffers = properties.maxOffersPerPayload();
		this.parser = new FlipkartOfferParser(properties.perOffer().limits());
		this.lifecycles = lifecycles;
		this.writes = writes;
		this.live = live;
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
		// memory with the same
		// terms then need no database work, so a re-post costs a parse
		var index = live.current();
		List<Offer> unknown = offers.stream().map(o -> {
			Offer held = index.get(o.key());
			return held == null ? o : o.keepingWhatEarlierCapturesSaid(held);
		}).filter(o -> !index.holds(o)).toList();
		Instant now = clock.instant();
		List<String> keys = offers.stream().map(Offer::key).toList();
		// known offers need a write only to move a last sighting older than the
		// resolution
		List<String> stale = index.seenBefore(keys, now.minus(SEEN_RESOLUTION));
		if (unknown.isEmpty() && stale.isEmpty()) {
			return new IngestResult(offers.size(), 0);
		}
		if (unknown.isEmpty()) {
			writing.lock();
			try {
				lifecycles.seen(stale, now);
				writes.succeeded();
			}
			catch (RuntimeException e) {
				writes.failed(e);
				throw e;
			}
			finally {
				writing.unlock();
			}
			return new IngestResult(offers.size(), 0);
		}
		OffersWritten written;
		// writers serialize on the store's version row anyway; queueing here first keeps
		// the posts waiting for
		// their turn from holding every pooled connection (the refresh poll and the next
		// writer need one)
		writing.lock();
		try {
			// the live offers take the write in after its commit, before this returns
			// (LiveOffers listens)
			written = lifecycles.write(unknown, keys, now);
			writes.succeeded();
		}
		catch (StoreFull e) {
			// the request's own problem, not the store's: health stays as it is
			throw new StoreFullProblem(e);
		}
		catch (RuntimeException e) {
			writes.failed(e);
			throw e;
		}
		finally {
			writing.unlock();
		}
		created.increment(written.created().size());
		unparsed.increment(written.created().stream().filter(o -> !o.readable()).count());
		log.info("Payload with {} offers: {} new, {} updated", offers.size(), written.created().size(),
				written.updated().size());
		return new IngestResult(offers.size(), written.created().size());
	}

}
