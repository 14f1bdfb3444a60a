package app.offers.offer;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import javax.sql.DataSource;

import jakarta.persistence.EntityManager;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.jdbc.support.SQLExceptionSubclassTranslator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores offers and reads them back, through the repositories. Writers serialize on the
 * store's version row, so what a write finds stored cannot change before it commits: the
 * known keys are found in one query per batch of keys and the rest are inserted (one
 * statement per table), each offer once however many posts race; changed offers are
 * updated through their entities, in Hibernate's JDBC batches.
 */
@Service
public class OfferStore {

	/** Keys per IN list: well under any database's limit on bind parameters. */
	private static final int CHUNK = 1000;

	/**
	 * New offers per insert statement: the arrays it binds stay a few megabytes, whatever
	 * the payload.
	 */
	private static final int ROWS_PER_INSERT = 5_000;

	private final Offers offers;

	private final OfferRevisions revisions;

	private final StoreVersions versions;

	private final OfferLifecycles lifecycles;

	private final DataSource dataSource;

	/**
	 * Only to let go of what a write has sent; every read and write goes through the
	 * repositories.
	 */
	private final EntityManager entities;

	/**
	 * The most offers the store may hold (offers.max-stored-offers): every store writes
	 * can make loads.
	 */
	private final int maxStored;

	/**
	 * The most offer-bank links (offers.max-stored-bank-links): what an offer's memory
	 * grows with.
	 */
	private final long maxBankLinks;

	OfferStore(Offers offers, OfferRevisions revisions, StoreVersions versions, OfferLifecycles lifecycles,
			DataSource dataSource, EntityManager entities, @Value("${offers.max-stored-offers}") int maxStored,
			@Value("${offers.max-stored-bank-links}") long maxBankLinks) {
		this.maxStored = maxStored;
		this.maxBankLinks = maxBankLinks;
		this.entities = entities;
		this.offers = offers;
		this.revisions = revisions;
		this.versions = versions;
		this.lifecycles = lifecycles;
		this.dataSource = dataSource;
	}

	/**
	 * An offer as stored, with its raw JSON, when it was first stored and last changed,
	 * and its replaced versions.
	 */
	public record Recorded(Offer offer, Instant firstSeen, Instant lastChanged, long replacedVersions) {
	}

	/** When an offer was first stored and last changed. */
	public record Seen(Instant firstSeen, Instant lastChanged) {
	}

	/**
	 * Stores the offers all or nothing: new ones are inserted, known ones whose terms
	 * changed are updated with their previous version kept, under the next store version.
	 * New offers that would take the store beyond its bound fail the write with
	 * {@link StoreFull}. Writes go through {@link OfferWrites}, which also records
	 * sightings and tells the rest of the service.
	 */
	@Transactional
	public OffersWritten write(Collection<Offer> written, Instant now) {
		StoreVersion store = versions.lockForWrite()
			.orElseThrow(() -> new IllegalStateException("The store's version row is missing"));
		long version = store.next();

		List<Offer> sorted = new ArrayList<>(written);
		sorted.sort(Comparator.comparing(Offer::key));
		Map<String, String> storedHashes = new HashMap<>();
		inChunks(sorted.stream().map(Offer::key).toList(),
				keys -> offers.findKnown(keys).forEach(k -> storedHashes.put(k.key(), k.contentHash())));

		List<Offer> created = new ArrayList<>();
		List<Offer> updated = new ArrayList<>();
		for (Offer offer : sorted) {
			String stored = storedHashes.get(offer.key());
			if (stored == null) {
				created.add(offer);
			}
			else if (!stored.equals(offer.contentHash())) {
				updated.add(offer);
			}
		}
		// counted under the version lock: concurrent writers (other instances too) cannot
		// together pass the bound
		if (!created.isEmpty()) {
			long stored = offers.count();
			if (stored + created.size() > maxStored) {
				throw new StoreFull("offers", "offers.max-stored-offers", stored, created.size(), maxStored);
			}
		}
		// an update may name more banks than before: counted whole, so the bound errs on
		// the safe side
		long links = created.stream().mapToLong(o -> o.banks().size()).sum()
				+ updated.stream().mapToLong(o -> o.banks().size()).sum();
		if (links > 0) {
			long storedLinks = offers.countBankLinks();
			if (storedLinks + links > maxBankLinks) {
				throw new StoreFull("offer-bank links", "offers.max-stored-bank-links", storedLinks, links,
						maxBankLinks);
			}
		}
		for (int from = 0; from < created.size();) {
			int to = chunkEnd(created, from);
			offers.insertNew(created.subList(from, to), version, now);
			from = to;
		}
		if (!updated.isEmpty()) {
			update(updated, version, now);
			sent();
		}
		return new OffersWritten(version, created, updated);
	}

	/**
	 * Where the insert starting at {@code from} ends: at most {@link #ROWS_PER_INSERT}
	 * offers, and at most {@link #ELEMENTS_PER_ARRAY} rows of any collection table, since
	 * H2 binds no array longer than 65,536 (250 offers naming 500 banks each are 125,000
	 * bank rows).
	 */
	private static int chunkEnd(List<Offer> created, int from) {
		long banks = 0, instruments = 0, networks = 0, months = 0;
		int to = from;
		while (to < created.size() && to - from < ROWS_PER_INSERT) {
			Offer o = created.get(to);
			banks += o.banks().size();
			instruments += o.instruments().size();
			networks += o.cardNetworks().size();
			months += o.tenure().months().size();
			if (to > from && Math.max(Math.max(banks, instruments), Math.max(networks, months)) > ELEMENTS_PER_ARRAY) {
				break;
			}
			to++;
		}
		return to;
	}

	/** Elements one bound array may hold, well within H2's 65,536. */
	private static final int ELEMENTS_PER_ARRAY = 50_000;

	/**
	 * Sends the updates pending now (a refused row fails the write here, not at commit)
	 * and lets go of them.
	 */
	private void sent() {
		offers.flush();
		entities.clear();
	}

	private void update(List<Offer> updated, long version, Instant now) {
		List<String> keys = updated.stream().map(Offer::key).toList();
		// the stored versions become revisions before anything overwrites them
		inChunks(keys, chunk -> revisions.keepCurrent(chunk, now));
		Map<String, StoredOffer> stored = new HashMap<>();
		inChunks(keys, chunk -> offers.findAllById(chunk).forEach(o -> stored.put(o.getKey(), o)));
		for (Offer offer : updated) {
			stored.get(offer.key()).take(offer, version, now);
		}
	}

	private static void inChunks(List<String> keys, java.util.function.Consumer<List<String>> action) {
		for (int from = 0; from < keys.size(); from += CHUNK) {
			action.accept(keys.subList(from, Math.min(keys.size(), from + CHUNK)));
		}
	}

	/**
	 * Start-up check that the database takes this service's writes: the version row is
	 * there and a write commits (a read-only file or a user without rights fails here,
	 * not on the first post). On H2, every commit is made to reach the file before it
	 * returns, unless the URL chose a WRITE_DELAY itself.
	 */
	@Transactional
	public void checkWritable() {
		if (!versions.existsById(StoreVersion.ID)) {
			versions.save(StoreVersion.first());
		}
		versions.touch();
	}

	/**
	 * H2 writes each commit to its file before the commit returns (it persists the
	 * setting; its default writes up to a second later, in the background), so a POST
	 * answered 200 survives a killed process. A URL that sets WRITE_DELAY itself chose
	 * otherwise, knowingly. Not transactional: a database setting, on its own connection.
	 */
	public void applyDatabaseSettings() {
		Connection connection = DataSourceUtils.getConnection(dataSource);
		try {
			var meta = connection.getMetaData();
			if ("H2".equals(meta.getDatabaseProductName())
					&& !String.valueOf(meta.getURL()).toUpperCase(Locale.ROOT).contains("WRITE_DELAY")) {
				try (Statement statement = connection.createStatement()) {
					statement.execute("SET WRITE_DELAY 0");
				}
			}
		}
		catch (SQLException e) {
			var translated = new SQLExceptionSubclassTranslator().translate("database settings", null, e);
			throw translated != null ? translated
					: new org.springframework.dao.DataAccessResourceFailureException("database settings", e);
		}
		finally {
			DataSourceUtils.releaseConnection(connection, dataSource);
		}
	}

	/**
	 * A write that changes nothing, committed: whether the disk and the database take
	 * writes right now.
	 */
	@Transactional
	public void probeWrite() {
		versions.touch();
	}

	/**
	 * The store's version: it moves with every committed write. In a transaction of its
	 * own, also when asked while another has just committed (a listener after commit).
	 */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
	public long version() {
		return versions.current().orElse(0L);
	}

	/** Lifecycles changed by writes after a version (all of them from 0). */
	@Transactional(readOnly = true, propagation = Propagation.REQUIRES_NEW)
	public List<Lifecycle> lifecyclesSince(long version) {
		return lifecycles.changedSince(version);
	}

	/**
	 * Offers written after a version (all of them from 0), without their raw JSON, which
	 * only audit needs: five flat queries of columns, a consistent snapshot of them
	 * (repeatable read).
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ, propagation = Propagation.REQUIRES_NEW)
	public List<Offer> loadSince(long version) {
		Map<String, Loading> loading = new LinkedHashMap<>();
		for (Offers.Row row : offers.rowsSince(version)) {
			loading.put(row.key(), new Loading(row));
		}
		if (loading.isEmpty()) {
			return List.of();
		}
		gather(loading, offers.banksSince(version), l -> l.banks);
		gather(loading, offers.instrumentsSince(version), l -> l.instruments);
		gather(loading, offers.cardNetworksSince(version), l -> l.networks);
		gather(loading, offers.emiMonthsSince(version), l -> l.months);
		List<Offer> loaded = new ArrayList<>(loading.size());
		for (Loading l : loading.values()) {
			loaded.add(l.toOffer());
		}
		return loaded;
	}

	private static <T> void gather(Map<String, Loading> loading, List<Offers.Value<T>> values,
			Function<Loading, Set<T>> into) {
		for (Offers.Value<T> value : values) {
			Loading l = loading.get(value.key());
			// the snapshot is consistent; a stray row would only mean a newer write,
			// loaded next time
			if (l != null) {
				into.apply(l).add(value.value());
			}
		}
	}

	/** One offer while its collections are gathered. */
	private static final class Loading {

		final Offers.Row row;

		final Set<String> banks = new HashSet<>();

		final Set<String> instruments = new HashSet<>();

		final Set<String> networks = new HashSet<>();

		final Set<Integer> months = new HashSet<>();

		Loading(Offers.Row row) {
			this.row = row;
		}

		Offer toOffer() {
			Offers.Row r = row;
			return StoredOffer
				.offer(r.key(), r.flipkartId(), r.kind(), r.summary(), banks, instruments, networks, r.percentBps(),
						r.flatPaise(), r.capPaise(), r.minTxnPaise(), r.maxTxnPaise(), months, r.emiMinMonths(),
						r.emiMaxMonths(), r.validFrom(), r.validUntil(), r.readable(), "")
				.withConditions(Condition.decode(r.conditions()));
		}

	}

	/** One stored offer with its raw JSON and history; empty when none has this key. */
	@Transactional(readOnly = true)
	public Optional<Recorded> find(String key) {
		return offers.findById(key)
			.map(o -> new Recorded(o.toOffer(), o.getCreatedAt(), o.getUpdatedAt(), revisions.countByOfferKey(key)));
	}

	/**
	 * When each of these offers was first stored and last changed; offers not stored are
	 * left out.
	 */
	@Transactional(readOnly = true)
	public Map<String, Seen> seen(Collection<String> keys) {
		Map<String, Seen> seen = new HashMap<>();
		inChunks(List.copyOf(keys), chunk -> offers.findDates(chunk)
			.forEach(d -> seen.put(d.key(), new Seen(d.createdAt(), d.updatedAt()))));
		return seen;
	}

}
