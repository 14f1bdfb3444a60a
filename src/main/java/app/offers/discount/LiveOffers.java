package app.offers.discount;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.offers.OffersProperties;
import app.offers.offer.ClientText;
import app.offers.offer.KnownOffers;
import app.offers.offer.Lifecycle;
import app.offers.offer.Offer;
import app.offers.offer.OfferStore;
import app.offers.offer.OfferWrites;
import app.offers.offer.StoreChanged;
import app.offers.offer.StoreFailures;

/**
 * The offers every query reads: an {@link OfferIndex} swapped atomically after each
 * committed write, loaded at start-up by {@link InitialLoad}. Readers take the current
 * snapshot without locking; the database stays the source of truth.
 * <p>
 * Until the store has been loaded once, no answer is given from the empty snapshot: a
 * reader (and a write, which compares with what is held) waits for the load, at most
 * {@link #LOAD_WAIT}, then gets {@link OffersLoading} (503 {@code not-ready}).
 * <p>
 * This instance's writes arrive as {@link StoreChanged} events after their commit, on the
 * writing thread, so a POST answered 200 is already answered from memory; other
 * instances' writes come with the refresh poll. Writes commit in version order, but their
 * events may arrive out of it (two posts at once), and a version may be another
 * instance's: an event is taken in at once all the same, and kept until every earlier
 * version is in, so that a late earlier write is followed again by the later ones instead
 * of overwriting them.
 */
@Component
public class LiveOffers implements KnownOffers {

	private static final Logger log = LoggerFactory.getLogger(LiveOffers.class);

	private final OfferStore store;

	private final @Nullable OfferWrites writes;

	private final Clock clock;

	private final AtomicReference<OfferIndex> current;

	/** Every write up to this store version is in the snapshot. */
	private long complete;

	/**
	 * Writes of this instance taken in ahead of an earlier version that is not in yet.
	 */
	private final NavigableMap<Long, StoreChanged> ahead = new TreeMap<>();

	/**
	 * When the snapshot last matched the store (start-up, a write, or a poll that found
	 * nothing new).
	 */
	private volatile Instant lastRefresh = Instant.EPOCH;

	/** How long a reader waits for the initial load before it is answered 503. */
	static final Duration LOAD_WAIT = Duration.ofSeconds(5);

	/** Open once the whole store has been loaded (or found empty) once. */
	private final CountDownLatch loaded = new CountDownLatch(1);

	private final Duration loadWait;

	/**
	 * One refresh at a time (the initial load and the poll), apart from this instance's
	 * lock, which writers take.
	 */
	private final ReentrantLock refreshing = new ReentrantLock();

	public LiveOffers(OfferStore store, Clock clock) {
		this(store, null, clock, null);
	}

	@Autowired
	public LiveOffers(OfferStore store, @Nullable OfferWrites writes, Clock clock,
			@Nullable OffersProperties properties) {
		this(store, writes, clock, properties, LOAD_WAIT);
	}

	LiveOffers(OfferStore store, @Nullable OfferWrites writes, Clock clock, @Nullable OffersProperties properties,
			Duration loadWait) {
		this.store = store;
		this.writes = writes;
		this.clock = clock;
		this.loadWait = loadWait;
		this.current = new AtomicReference<>(OfferIndex.empty(properties == null ? null : properties.retireAfter()));
	}

	/**
	 * The offers answering reads now. Before the store was loaded once, waits for the
	 * load (at most {@link #LOAD_WAIT}).
	 * @throws OffersLoading when they are still loading then
	 */
	public OfferIndex current() {
		if (loaded.getCount() > 0) {
			try {
				if (!loaded.await(loadWait.toMillis(), TimeUnit.MILLISECONDS)) {
					throw new OffersLoading();
				}
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new OffersLoading();
			}
		}
		return current.get();
	}

	/**
	 * The snapshot as it is, empty before the initial load: for health and metrics, never
	 * for an answer.
	 */
	OfferIndex peek() {
		return current.get();
	}

	/** Whether the whole store has been loaded once: readiness waits for it. */
	public boolean loaded() {
		return loaded.getCount() == 0;
	}

	@Override
	public KnownOffers.Snapshot known() {
		return current();
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
	 * Takes in a write this instance committed, on the writing thread after its commit:
	 * lifecycles at once (no answer is given under the new version without them), offers
	 * in version order.
	 */
	@EventListener
	public synchronized void changed(StoreChanged change) {
		current.set(current.get().with(change));
		if (change.version() <= complete) {
			// the refresh poll loaded it already
			return;
		}
		take(change);
		if (change.version() == complete + 1) {
			complete = change.version();
			// later writes taken in early: this earlier one may have overwritten their
			// offers, so they follow again
			ahead.values().forEach(this::take);
			while (!ahead.isEmpty() && ahead.firstKey() == complete + 1) {
				complete = ahead.pollFirstEntry().getKey();
			}
			lastRefresh = clock.instant();
		}
		else {
			ahead.put(change.version(), change);
		}
	}

	private void take(StoreChanged change) {
		List<Offer> changed = new ArrayList<>(change.created());
		changed.addAll(change.updated());
		OfferIndex index = current.get();
		current.set(index.with(Math.max(index.version(), change.version()), changed));
	}

	/**
	 * Rebuilds the snapshot from the whole store, dropping whatever the store no longer
	 * holds.
	 */
	public void reloadAll() {
		refreshing.lock();
		try {
			long version = store.version();
			List<Offer> all = store.loadSince(0);
			List<Lifecycle> states = lifecyclesSince(0);
			synchronized (this) {
				current.set(current.get().emptied(version));
				complete = 0;
				loaded(version, all, states);
			}
			loaded.countDown();
		}
		finally {
			refreshing.unlock();
		}
	}

	/**
	 * Picks up what other instances wrote: one single-row query per interval while
	 * nothing changes. A database outage leaves the current snapshot serving reads.
	 */
	@Scheduled(fixedDelayString = "${offers.refresh-interval:250ms}",
			initialDelayString = "${offers.refresh-interval:250ms}")
	public void poll() {
		// a refresh under way (the initial load, at start-up) reads what this one would
		if (!refreshing.tryLock()) {
			return;
		}
		try {
			refresh();
		}
		catch (RuntimeException e) {
			if (!StoreFailures.isOutage(e)) {
				throw e;
			}
			log.debug("Offer refresh skipped: the store is unreachable ({})",
					ClientText.forLog(String.valueOf(e.getMessage())));
			if (writes != null) {
				writes.readFailed(e);
			}
		}
		finally {
			refreshing.unlock();
		}
	}

	/**
	 * Loads whatever was written since every earlier write was in the snapshot. The
	 * database is read without holding this instance's lock: a writer waits for that lock
	 * after its commit while it still holds its connection, so a poll waiting for a
	 * connection under the lock could starve the pool.
	 */
	public void refresh() {
		refreshing.lock();
		try {
			long version = store.version();
			long since;
			// read after the version: a write of this instance committed meanwhile is in
			// already (its event took it
			// in), and loading it back would read every offer it wrote a second time
			synchronized (this) {
				since = complete;
			}
			if (version > since && (writes == null || !writes.committing(version))) {
				List<Offer> offers = store.loadSince(since);
				List<Lifecycle> states = lifecyclesSince(since);
				synchronized (this) {
					loaded(version, offers, states);
				}
			}
			lastRefresh = clock.instant();
			loaded.countDown();
		}
		finally {
			refreshing.unlock();
		}
	}

	/**
	 * Takes in the offers written after an earlier version, as stored once
	 * {@code version} was committed. Writes up to that version are in them (it was read
	 * first, and writes commit in version order); events taken in meanwhile are in them
	 * too or come after, and those not yet complete follow again.
	 */
	private List<Lifecycle> lifecyclesSince(long since) {
		return store.lifecyclesSince(since);
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
