package app.offers.discount;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

import app.offers.OffersProperties;
import app.offers.offer.ClientText;
import app.offers.offer.LifecycleChanged;
import app.offers.offer.Lifecycle;
import app.offers.offer.Offer;
import app.offers.offer.OfferLifecycleStore;
import app.offers.offer.OfferStore;
import app.offers.offer.OffersWritten;

/**
 * The offers every query reads: an {@link OfferIndex} loaded at start-up and swapped
 * atomically after each committed write. Readers take the current snapshot without
 * locking; the database stays the source of truth.
 * <p>
 * This instance's writes arrive as {@link OffersWritten} events after their commit, on
 * the writing thread, so a POST answered 200 is already answered from memory; other
 * instances' writes come with the refresh poll. Writes commit in version order, but their
 * events may arrive out of it (two posts at once), and a version may be another
 * instance's: an event is taken in at once all the same, and kept until every earlier
 * version is in, so that a late earlier write is followed again by the later ones instead
 * of overwriting them.
 */
@Component
public class LiveOffers {

	private static final Logger log = LoggerFactory.getLogger(LiveOffers.class);

	private final OfferStore store;

	private final @Nullable OfferLifecycleStore lifecycles;

	private final Clock clock;

	private final AtomicReference<OfferIndex> current;

	/** Every write up to this store version is in the snapshot. */
	private long complete;

	/**
	 * Writes of this instance taken in ahead of an earlier version that is not in yet.
	 */
	private final NavigableMap<Long, OffersWritten> ahead = new TreeMap<>();

	/**
	 * Versions this instance is committing: visible to the poll before the commit has
	 * returned (H2 writes its file first), they are left to the event that follows,
	 * instead of being loaded back from the database.
	 */
	private final Set<Long> committing = ConcurrentHashMap.newKeySet();

	/**
	 * When the snapshot last matched the store (start-up, a write, or a poll that found
	 * nothing new).
	 */
	private volatile Instant lastRefresh = Instant.EPOCH;

	public LiveOffers(OfferStore store, Clock clock) {
		this(store, null, clock, null);
	}

	@Autowired
	public LiveOffers(OfferStore store, @Nullable OfferLifecycleStore lifecycles, Clock clock,
			@Nullable OffersProperties properties) {
		this.store = store;
		this.lifecycles = lifecycles;
		this.clock = clock;
		this.current = new AtomicReference<>(OfferIndex.empty(properties == null ? null : properties.retireAfter()));
		refresh();
		log.info("Loaded {} offers (store version {})", current().size(), current().version());
	}

	public OfferIndex current() {
		return current.get();
	}

	public Instant lastRefresh() {
		return lastRefresh;
	}

	/**
	 * How long since the snapshot last matched the store: grows while the store cannot be
	 * read.
	 */
	public Duration snapshotAge() {
		return Duration.between(lastRefresh, clock.instant());
	}

	/**
	 * Takes in a write this instance committed. No database work: the writing thread
	 * still holds its connection here, and waiting for another one while every connection
	 * is held so would starve the pool.
	 */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	public void committing(OffersWritten written) {
		committing.add(written.version());
	}

	/**
	 * After a commit too (where {@link #written} removed it already), and after a commit
	 * whose outcome is unknown (neither commit nor rollback is reported): a version left
	 * here would keep the poll from loading that write if the database did make it
	 * durable.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMPLETION)
	public void completed(OffersWritten written) {
		committing.remove(written.version());
	}

	/**
	 * Takes in a committed lifecycle change, before the write's {@link OffersWritten}
	 * moves the version (this listener is ordered first), so no answer is given under the
	 * new version without it.
	 */
	@Order(Ordered.HIGHEST_PRECEDENCE)
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	public synchronized void lifecycleChanged(LifecycleChanged change) {
		current.set(current.get().with(change));
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	public synchronized void written(OffersWritten written) {
		committing.remove(written.version());
		if (written.version() <= complete) {
			// the refresh poll loaded it already
			return;
		}
		take(written);
		if (written.version() == complete + 1) {
			complete = written.version();
			// later writes taken in early: this earlier one may have overwritten their
			// offers, so they follow again
			ahead.values().forEach(this::take);
			while (!ahead.isEmpty() && ahead.firstKey() == complete + 1) {
				complete = ahead.pollFirstEntry().getKey();
			}
			lastRefresh = clock.instant();
		}
		else {
			ahead.put(written.version(), written);
		}
	}

	private void take(OffersWritten written) {
		List<Offer> changed = new ArrayList<>(written.created());
		changed.addAll(written.updated());
		OfferIndex index = current.get();
		current.set(index.with(Math.max(index.version(), written.version()), changed));
	}

	/**
	 * Rebuilds the snapshot from the whole store, dropping whatever the store no longer
	 * holds.
	 */
	public void reloadAll() {
		long version = store.version();
		List<Offer> all = store.loadSince(0);
		List<Lifecycle> states = lifecyclesSince(0);
		synchronized (this) {
			current.set(current.get().emptied(version));
			complete = 0;
			loaded(version, all, states);
		}
	}

	/**
	 * Picks up what other instances wrote: one single-row query per interval while
	 * nothing changes. A database outage leaves the current snapshot serving reads.
	 */
	@Scheduled(fixedDelayString = "${offers.refresh-interval:250ms}",
			initialDelayString = "${offers.refresh-interval:250ms}")
	public void poll() {
		try {
			refresh();
		}
		catch (DataAccessException e) {
			log.debug("Offer refresh skipped: the store is unreachable ({})",
					ClientText.forLog(String.valueOf(e.getMessage())));
		}
	}

	/**
	 * Loads whatever was written since every earlier write was in the snapshot. The
	 * database is read without holding this instance's lock: a writer waits for that lock
	 * after its commit while it still holds its connection, so a poll waiting for a
	 * connection under the lock could starve the pool.
	 */
	public void refresh() {
		long version = store.version();
		long since;
		// read after the version: a write of this instance committed meanwhile is in
		// already (its event took it
		// in), and loading it back would read every offer it wrote a second time
		synchronized (this) {
			since = complete;
		}
		if (version > since && !committing.contains(version)) {
			List<Offer> offers = store.loadSince(since);
			List<Lifecycle> states = lifecyclesSince(since);
			synchronized (this) {
				loaded(version, offers, states);
			}
		}
		lastRefresh = clock.instant();
	}

	/**
	 * Takes in the offers written after an earlier version, as stored once
	 * {@code version} was committed. Writes up to that version are in them (it was read
	 * first, and writes commit in version order); events taken in meanwhile are in them
	 * too or come after, and those not yet complete follow again.
	 */
	private List<Lifecycle> lifecyclesSince(long since) {
		return lifecycles == null ? List.of() : lifecycles.changedSince(since);
	}

	private void loaded(long version, List<Offer> offers, List<Lifecycle> states) {
		if (version <= complete) {
			// events took in every write up to the version read: nothing loaded is
			// missing
			return;
		}
		OfferIndex index = current.get();
		current.set(index.with(Math.max(index.version(), version), offers, states));
		complete = version;
		ahead.headMap(version, true).clear();
		ahead.values().forEach(this::take);
		while (!ahead.isEmpty() && ahead.firstKey() == complete + 1) {
			complete = ahead.pollFirstEntry().getKey();
		}
	}

}
