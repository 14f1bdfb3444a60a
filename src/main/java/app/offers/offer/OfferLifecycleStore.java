package app.offers.offer;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Offers' lifecycles: when each was last seen in a payload and whether it was withdrawn,
 * written in the transaction of the offers themselves and under a store version of their
 * own, so that other instances pick them up with the refresh poll. Every change publishes
 * {@link LifecycleChanged} (and, when it makes a version of its own, an empty
 * {@link OffersWritten} for that version). A write that fails while committing throws
 * {@link CommitOutcomeUnknown}: it may be stored.
 */
@Service
public class OfferLifecycleStore {

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

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transactions;

	OfferLifecycleStore(OfferStore store, OfferLifecycles lifecycles, Offers offers, StoreVersions versions,
			ApplicationEventPublisher events, PlatformTransactionManager transactionManager) {
		this.transactions = new TransactionTemplate(transactionManager);
		this.store = store;
		this.lifecycles = lifecycles;
		this.offers = offers;
		this.versions = versions;
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
	 * seen, in one statement.
	 */
	public OffersWritten write(Collection<Offer> written, Collection<String> seen, Instant now) {
		return committed(() -> writeNow(written, seen, now));
	}

	private OffersWritten writeNow(Collection<Offer> written, Collection<String> seen, Instant now) {
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
		events.publishEvent(new LifecycleChanged(version, now, allSeen, revived, Set.of()));
		return done;
	}

	/**
	 * Records that known offers were seen again, their terms unchanged: one update for
	 * the whole payload under a version of its own.
	 */
	public long seen(Collection<String> keys, Instant now) {
		return committed(() -> seenNow(keys, now));
	}

	private long seenNow(Collection<String> keys, Instant now) {
		long version = lockNext();
		inChunks(List.copyOf(keys), chunk -> lifecycles.seen(chunk, now, version));
		events.publishEvent(new LifecycleChanged(version, now, Set.copyOf(keys), Set.of(), Set.of()));
		events.publishEvent(new OffersWritten(version, List.of(), List.of()));
		return version;
	}

	/**
	 * Withdraws one offer: discount answers stop applying it once this commits, and a
	 * later post with the same terms leaves it withdrawn. Withdrawing it again changes
	 * nothing.
	 */
	public Withdrawal withdraw(String key, Instant now) {
		return committed(() -> withdrawNow(key, now));
	}

	private Withdrawal withdrawNow(String key, Instant now) {
		StoreVersion current = versions.lockForWrite()
			.orElseThrow(() -> new IllegalStateException("The store's version row is missing"));
		Optional<OfferLifecycle> found = lifecycles.findById(key);
		if (found.isPresent() && found.get().withdrawn()) {
			return Withdrawal.ALREADY_WITHDRAWN;
		}
		if (found.isEmpty() && offers.findKnown(List.of(key)).isEmpty()) {
			return Withdrawal.NOT_FOUND;
		}
		long version = current.next();
		OfferLifecycle lifecycle = found
			.orElseGet(() -> lifecycles.saveAll(List.of(OfferLifecycle.seen(key, now, version))).get(0));
		lifecycle.withdraw(now, version);
		events.publishEvent(new LifecycleChanged(version, now, Set.of(), Set.of(), Set.of(key)));
		events.publishEvent(new OffersWritten(version, List.of(), List.of()));
		return Withdrawal.WITHDRAWN;
	}

	/** Lifecycles changed by writes after a version (all of them from 0). */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
	public List<Lifecycle> changedSince(long version) {
		return lifecycles.changedSince(version);
	}

	/**
	 * Runs a write in a transaction of its own (or the caller's). Everything but the
	 * commit is sent before the commit begins, so a failure from then on is the commit's:
	 * the database may have made it durable, and the caller must not be told that nothing
	 * was stored.
	 */
	private <T> T committed(Supplier<T> write) {
		AtomicBoolean committing = new AtomicBoolean();
		try {
			T written = transactions.execute(status -> {
				T result = write.get();
				offers.flush();
				TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
					@Override
					public void beforeCommit(boolean readOnly) {
						committing.set(true);
					}
				});
				return result;
			});
			return Objects.requireNonNull(written);
		}
		catch (RuntimeException e) {
			if (committing.get()) {
				throw new CommitOutcomeUnknown(e);
			}
			throw e;
		}
	}

	private long lockNext() {
		return versions.lockForWrite()
			.orElseThrow(() -> new IllegalStateException("The store's version row is missing"))
			.next();
	}

	private static void inChunks(List<String> keys, Consumer<List<String>> action) {
		for (int from = 0; from < keys.size(); from += CHUNK) {
			action.accept(keys.subList(from, Math.min(keys.size(), from + CHUNK)));
		}
	}

}
