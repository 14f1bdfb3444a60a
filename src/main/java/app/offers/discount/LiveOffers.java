package app.offers.discount;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.offers.offer.Offer;
import app.offers.offer.OfferStore;
import app.offers.offer.OfferStore.Written;

/**
 * The offers every query reads: an {@link OfferIndex} loaded at start-up and swapped atomically after each
 * committed write. Readers take the current snapshot without locking; the database stays the source of truth.
 */
@Component
public class LiveOffers {

	private static final Logger log = LoggerFactory.getLogger(LiveOffers.class);

	private final OfferStore store;

	private final Clock clock;

	private final AtomicReference<OfferIndex> current = new AtomicReference<>(OfferIndex.EMPTY);

	/** When the snapshot last matched the store (start-up, a write, or a poll that found nothing new). */
	private volatile Instant lastRefresh = Instant.EPOCH;

	public LiveOffers(OfferStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
		refresh();
		log.info("Loaded {} offers (store version {})", current().size(), current().version());
	}

	public OfferIndex current() {
		return current.get();
	}

	public Instant lastRefresh() {
		return lastRefresh;
	}

	/** How long since the snapshot last matched the store: grows while the store cannot be read. */
	public Duration snapshotAge() {
		return Duration.between(lastRefresh, clock.instant());
	}

	/**
	 * Runs a write and takes in what it committed. Holding this instance's lock meanwhile keeps the refresh poll
	 * from loading the same rows back from the database; the write itself is serialized by the database anyway.
	 */
	public synchronized Written write(Supplier<Written> write) {
		Written written = write.get();
		OfferIndex index = current.get();
		if (written.version() == index.version() + 1) {
			List<Offer> changed = new ArrayList<>(written.created());
			changed.addAll(written.updated());
			current.set(index.with(written.version(), changed));
			lastRefresh = clock.instant();
		}
		else {
			// another instance wrote in between: load everything since this snapshot
			refresh();
		}
		return written;
	}

	/** Rebuilds the snapshot from the whole store, dropping whatever the store no longer holds. */
	public synchronized void reloadAll() {
		long version = store.version();
		current.set(OfferIndex.of(version, store.loadSince(0)));
		lastRefresh = clock.instant();
	}

	/**
	 * Picks up what other instances wrote: one single-row query per interval while nothing changes. A database
	 * outage leaves the current snapshot serving reads.
	 */
	@Scheduled(fixedDelayString = "${offers.refresh-interval:250ms}", initialDelayString = "${offers.refresh-interval:250ms}")
	public void poll() {
		try {
			refresh();
		}
		catch (DataAccessException e) {
			log.debug("Offer refresh skipped: the store is unreachable ({})", e.getMessage());
		}
	}

	/** Loads whatever was written since this snapshot's version. */
	public synchronized void refresh() {
		OfferIndex index = current.get();
		long version = store.version();
		if (version != index.version()) {
			current.set(index.with(version, store.loadSince(index.version())));
		}
		lastRefresh = clock.instant();
	}
}
