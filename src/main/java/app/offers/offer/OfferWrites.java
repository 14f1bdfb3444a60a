package app.offers.offer;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every write to the store goes through here: new and changed offers with their
 * sightings, sightings alone, withdrawals. Each is one transaction under a store version
 * of its own (other instances pick it up with the refresh poll), serialized in this
 * instance, reported to {@link StoreWrites} (health), and followed, once committed, by
 * one {@link StoreChanged} event on the writing thread, so that a request answered after
 * it is answered from the new offers. A write that fails while committing throws
 * {@link CommitOutcomeUnknown}: it may be stored.
 */
@Service
public class OfferWrites {

	/**
	 * Keys per update: a payload holds at most offers.max-offers-per-payload offers
	 * (10,000 by default), so one statement records them all; well under PostgreSQL's
	 * limit of bind parameters.
	 */
	private static final int CHUNK = 10_000;

	private final OfferStore store;

	private final OfferLifecycles lifecycles;

	private final Offers offers;

	private final StoreVersions versions;

	private final StoreWrites health;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	/**
	 * Fair: writes go in the order they came. Writers serialize on the store's version
	 * row anyway; queueing here first keeps those waiting for their turn from holding
	 * every pooled connection (the refresh poll and the next writer need one).
	 */
	private final ReentrantLock writing = new ReentrantLock(true);

	/**
	 * Versions being committed here: the refresh poll may see one before its event is
	 * published (H2 writes its file first), and leaves it to the event rather than load
	 * it back.
	 */
	private final Set<Long> committing = ConcurrentHashMap.newKeySet();

	OfferWrites(OfferStore store, OfferLifecycles lifecycles, Offers offers, StoreVersions versions, StoreWrites health,
			ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.store = store;
		this.lifecycles = lifecycles;
		this.offers = offers;
		this.versions = versions;
		this.health = health;
		this.events = events;
	}

	/** What a withdrawal found. */
	public enum Withdrawal {

		WITHDRAWN, ALREADY_WITHDRAWN, NOT_FOUND

	}

	/**
	 * Stores new and changed offers (see {@link OfferStore#write}) and, in the same
	 * transaction, when they and the payload's other offers ({@code seen}) were seen: new
	 * offers get their row, changed ones are seen and no longer withdrawn, the rest are
	 * seen, in one statement. New offers beyond the store's bounds fail it with
	 * {@link StoreFull}.
	 */
	public StoreChanged write(Collection<Offer> written, Collection<String> seen, Instant now) {
		return committed(() -> {
			OffersWritten done = store.write(written, now);
			long version = done.version();
			if (!done.created().isEmpty()) {
				lifecycles.seenFirst(now, version);
			}
			Set<String> revived = new HashSet<>();
			done.updated().forEach(o -> revived.add(o.key()));
			inChunks(List.copyOf(revived), keys -> lifecycles.revived(keys, now, version));
			Set<String> alsoSeen = new HashSet<>(seen);
			done.created().forEach(o -> alsoSeen.remove(o.key()));
			alsoSeen.removeAll(revived);
			inChunks(List.copyOf(alsoSeen), keys -> lifecycles.seen(keys, now, version));
			Set<String> allSeen = new HashSet<>(alsoSeen);
			done.created().forEach(o -> allSeen.add(o.key()));
			StoreChanged change = new StoreChanged(version, now, done.created(), done.updated(), allSeen, revived,
					Set.of());
			return new Done<>(change, change);
		});
	}

	/**
	 * Records that known offers were seen again, their terms unchanged: one update for
	 * the whole payload under a version of its own.
	 */
	public long seen(Collection<String> keys, Instant now) {
		return committed(() -> {
			long version = lockNext().next();
			inChunks(List.copyOf(keys), chunk -> lifecycles.seen(chunk, now, version));
			return new Done<>(version, StoreChanged.lifecycles(version, now, Set.copyOf(keys), Set.of()));
		});
	}

	/**
	 * Withdraws one offer: discount answers stop applying it once this commits, and a
	 * later post with the same terms leaves it withdrawn. Withdrawing it again changes
	 * nothing.
	 */
	public Withdrawal withdraw(String key, Instant now) {
		return committed(() -> {
			StoreVersion current = lockNext();
			Optional<OfferLifecycle> found = lifecycles.findById(key);
			if (found.isPresent() && found.get().withdrawn()) {
				return new Done<>(Withdrawal.ALREADY_WITHDRAWN, null);
			}
			if (found.isEmpty() && offers.findKnown(List.of(key)).isEmpty()) {
				return new Done<>(Withdrawal.NOT_FOUND, null);
			}
			long version = current.next();
			OfferLifecycle lifecycle = found
				.orElseGet(() -> lifecycles.saveAll(List.of(OfferLifecycle.seen(key, now, version))).get(0));
			lifecycle.withdraw(now, version);
			return new Done<>(Withdrawal.WITHDRAWN, StoreChanged.lifecycles(version, now, Set.of(), Set.of(key)));
		});
	}

	/**
	 * A read of the store failed (the poll for other instances' writes): a probe write
	 * checks whether writes fail too, so an outage is known, and logged, without waiting
	 * for a post.
	 */
	public void readFailed(RuntimeException failure) {
		health.readFailed(failure);
	}

	/**
	 * Whether this instance is committing that version now: its change is about to be
	 * published.
	 */
	public boolean committing(long version) {
		return committing.contains(version);
	}

	/** A write's answer, and the change it made (none when it changed nothing). */
	private record Done<T>(T result, @Nullable StoreChanged change) {
	}

	/**
	 * Runs a write in a transaction of its own and publishes its change once committed.
	 * Everything but the commit is sent before the commit begins, so a failure from then
	 * on is the commit's: the database may have made it durable, and the caller must not
	 * be told that nothing was stored.
	 */
	private <T> T committed(Supplier<Done<T>> write) {
		AtomicBoolean committed = new AtomicBoolean();
		AtomicReference<@Nullable Long> inFlight = new AtomicReference<>();
		writing.lock();
		try {
			Done<T> done;
			try {
				done = transactions.execute(status -> {
					Done<T> result = write.get();
					offers.flush();
					StoreChanged change = result.change();
					TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
						@Override
						public void beforeCommit(boolean readOnly) {
							committed.set(true);
							if (change != null) {
								committing.add(change.version());
								inFlight.set(change.version());
							}
						}
					});
					return result;
				});
			}
			catch (RuntimeException e) {
				health.failed(e);
				throw committed.get() ? new CommitOutcomeUnknown(e) : e;
			}
			health.succeeded();
			StoreChanged change = Objects.requireNonNull(done).change();
			if (change != null) {
				events.publishEvent(change);
			}
			return done.result();
		}
		finally {
			// also after a rollback or an unknown outcome: a version left here would keep
			// the poll from loading that write if the database did make it durable
			Long version = inFlight.get();
			if (version != null) {
				committing.remove(version);
			}
			writing.unlock();
		}
	}

	private StoreVersion lockNext() {
		return versions.lockForWrite()
			.orElseThrow(() -> new IllegalStateException("The store's version row is missing"));
	}

	private static void inChunks(List<String> keys, Consumer<List<String>> action) {
		for (int from = 0; from < keys.size(); from += CHUNK) {
			action.accept(keys.subList(from, Math.min(keys.size(), from + CHUNK)));
		}
	}

}
