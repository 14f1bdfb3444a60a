package app.offers.offer;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Set;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Isolation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes offers with the database's own guarantees: {@code INSERT ... ON CONFLICT DO NOTHING} on the unique key
 * (PostgreSQL, and H2 in its PostgreSQL mode), so concurrent posts of the same offer store it once and only the
 * request whose row landed counts it as new. Plain JDBC batches: JPA has no idempotent insert and would load
 * every row it writes.
 */
@Repository
public class OfferStore {

	private static final int CHUNK = 500;

	private final JdbcTemplate jdbc;

	private final NamedParameterJdbcTemplate named;

	public OfferStore(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
		this.named = new NamedParameterJdbcTemplate(jdbc);
	}

	/** What one write did, and the store version it was written under. */
	public record Written(long version, List<Offer> created, List<Offer> updated) {
	}

	/** Stores the offers all or nothing. New offers are inserted; known ones whose terms changed are updated. */
	@Transactional
	public Written write(Collection<Offer> offers, Instant now) {
		// taking the version row first serializes writers: versions follow commit order, and two posts of
		// overlapping payloads cannot deadlock on each other's rows
		jdbc.update("update offer_store set version = version + 1 where id = 1");
		Long version = jdbc.queryForObject("select version from offer_store where id = 1", Long.class);
		long v = version == null ? 0 : version;

		List<Offer> sorted = new ArrayList<>(offers);
		sorted.sort(Comparator.comparing(Offer::key));
		Map<String, String> hashes = new HashMap<>();
		for (Offer offer : sorted) {
			hashes.put(offer.key(), offer.contentHash());
		}
		int[][] counts = jdbc.batchUpdate("""
				insert into offer (offer_key, flipkart_id, kind, summary, percent_bps, flat_paise, cap_paise,
				    min_txn_paise, max_txn_paise, emi_min_months, emi_max_months, valid_from, valid_until, readable,
				    content_hash, raw_json, revision, created_at, updated_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
				on conflict do nothing""", sorted, CHUNK, (ps, offer) -> {
			ps.setString(1, offer.key());
			ps.setString(2, offer.flipkartId());
			ps.setString(3, offer.kind().name());
			setTerms(ps, 4, offer);
			ps.setString(15, hashes.get(offer.key()));
			ps.setString(16, offer.rawJson());
			ps.setLong(17, v);
			ps.setTimestamp(18, Timestamp.from(now));
			ps.setTimestamp(19, Timestamp.from(now));
		});
		List<Offer> created = new ArrayList<>();
		List<Offer> existing = new ArrayList<>();
		int i = 0;
		for (int[] chunk : counts) {
			for (int count : chunk) {
				(count > 0 ? created : existing).add(sorted.get(i++));
			}
		}
		insertChildren(created);

		List<Offer> updated = changed(existing, hashes);
		if (!updated.isEmpty()) {
			update(updated, v, now);
		}
		return new Written(v, created, updated);
	}

	/** Of offers already stored, those whose stored terms differ from these. */
	private List<Offer> changed(List<Offer> existing, Map<String, String> newHashes) {
		Map<String, String> hashes = new HashMap<>();
		for (int from = 0; from < existing.size(); from += CHUNK) {
			List<String> keys = existing.subList(from, Math.min(existing.size(), from + CHUNK))
				.stream()
				.map(Offer::key)
				.toList();
			named.query("select offer_key, content_hash from offer where offer_key in (:keys)", Map.of("keys", keys),
					rs -> {
						hashes.put(rs.getString(1), rs.getString(2));
					});
		}
		return existing.stream().filter(o -> !newHashes.get(o.key()).equals(hashes.get(o.key()))).toList();
	}

	private void update(List<Offer> updated, long version, Instant now) {
		jdbc.batchUpdate("""
				insert into offer_revision (offer_key, summary, raw_json, replaced_at)
				select offer_key, summary, raw_json, ? from offer where offer_key = ?""", updated, CHUNK,
				(ps, offer) -> {
					ps.setTimestamp(1, Timestamp.from(now));
					ps.setString(2, offer.key());
				});
		jdbc.batchUpdate("""
				update offer set flipkart_id = ?, kind = ?, summary = ?, percent_bps = ?, flat_paise = ?,
				    cap_paise = ?, min_txn_paise = ?, max_txn_paise = ?, emi_min_months = ?, emi_max_months = ?,
				    valid_from = ?, valid_until = ?, readable = ?, content_hash = ?, raw_json = ?, revision = ?,
				    updated_at = ?
				where offer_key = ?""", updated, CHUNK, (ps, offer) -> {
			ps.setString(1, offer.flipkartId());
			ps.setString(2, offer.kind().name());
			setTerms(ps, 3, offer);
			ps.setString(14, offer.contentHash());
			ps.setString(15, offer.rawJson());
			ps.setLong(16, version);
			ps.setTimestamp(17, Timestamp.from(now));
			ps.setString(18, offer.key());
		});
		for (String table : List.of("offer_bank", "offer_instrument", "offer_card_network", "offer_emi_month")) {
			jdbc.batchUpdate("delete from " + table + " where offer_key = ?", updated, CHUNK,
					(ps, offer) -> ps.setString(1, offer.key()));
		}
		insertChildren(updated);
	}

	/** Summary, terms, tenure range, validity and readability: eleven parameters from {@code at}. */
	private static void setTerms(PreparedStatement ps, int at, Offer offer) throws SQLException {
		ps.setString(at, offer.summary().length() > 2000 ? offer.summary().substring(0, 2000) : offer.summary());
		setNullable(ps, at + 1, offer.terms().percentBps(), Types.INTEGER);
		setNullable(ps, at + 2, offer.terms().flatPaise(), Types.BIGINT);
		setNullable(ps, at + 3, offer.terms().capPaise(), Types.BIGINT);
		setNullable(ps, at + 4, offer.terms().minTxnPaise(), Types.BIGINT);
		setNullable(ps, at + 5, offer.terms().maxTxnPaise(), Types.BIGINT);
		setNullable(ps, at + 6, offer.tenure().minMonths(), Types.INTEGER);
		setNullable(ps, at + 7, offer.tenure().maxMonths(), Types.INTEGER);
		ps.setTimestamp(at + 8, offer.validFrom() == null ? null : Timestamp.from(offer.validFrom()));
		ps.setTimestamp(at + 9, offer.validUntil() == null ? null : Timestamp.from(offer.validUntil()));
		ps.setBoolean(at + 10, offer.readable());
	}

	private static void setNullable(PreparedStatement ps, int index, @Nullable Object value, int type)
			throws SQLException {
		if (value == null) {
			ps.setNull(index, type);
		}
		else {
			ps.setObject(index, value, type);
		}
	}

	private void insertChildren(List<Offer> offers) {
		insertChild("insert into offer_bank (offer_key, bank_code) values (?, ?)", offers,
				o -> List.copyOf(o.banks()));
		insertChild("insert into offer_instrument (offer_key, instrument) values (?, ?)", offers,
				o -> List.copyOf(o.instruments()));
		insertChild("insert into offer_card_network (offer_key, network) values (?, ?)", offers,
				o -> List.copyOf(o.cardNetworks()));
		insertChild("insert into offer_emi_month (offer_key, months) values (?, ?)", offers,
				o -> List.copyOf(o.tenure().months()));
	}

	private void insertChild(String sql, List<Offer> offers, Function<Offer, List<?>> values) {
		List<Object[]> rows = new ArrayList<>();
		for (Offer offer : offers) {
			for (Object value : values.apply(offer)) {
				rows.add(new Object[] { offer.key(), value });
			}
		}
		if (!rows.isEmpty()) {
			jdbc.batchUpdate(sql, rows);
		}
	}

	/**
	 * Start-up check that the database takes this service's writes: the statement forms the writes use (ON
	 * CONFLICT, which H2 understands only in PostgreSQL mode) and a file or server that accepts a change.
	 */
	@Transactional
	public void checkWritable() {
		String[] database = jdbc.execute((ConnectionCallback<String[]>) c -> new String[] {
				c.getMetaData().getDatabaseProductName(), String.valueOf(c.getMetaData().getURL()) });
		if ("H2".equals(database[0]) && !database[1].toUpperCase(java.util.Locale.ROOT).contains("WRITE_DELAY")) {
			// each commit reaches the file before it returns (H2 persists the setting); a URL that sets
			// WRITE_DELAY itself chose otherwise, knowingly
			jdbc.execute("set write_delay 0");
		}
		jdbc.update("insert into offer_store (id, version) values (1, 0) on conflict do nothing");
		probeWrite();
	}

	/** A write that changes nothing, committed: whether the disk and the database take writes right now. */
	@Transactional
	public void probeWrite() {
		jdbc.update("update offer_store set version = version where id = 1");
	}

	/** The store's version: it moves with every committed write. */
	public long version() {
		Long version = jdbc.queryForObject("select version from offer_store where id = 1", Long.class);
		return version == null ? 0 : version;
	}

	/**
	 * Offers written after a version (all of them from 0), without their raw JSON, which only audit needs. Four
	 * flat queries rather than an object graph: start-up with 100,000 offers stays a matter of seconds.
	 */
	@Transactional(readOnly = true, isolation = Isolation.REPEATABLE_READ)
	public List<Offer> loadSince(long version) {
		Map<String, Row> rows = new LinkedHashMap<>();
		jdbc.query("""
				select offer_key, flipkart_id, kind, summary, percent_bps, flat_paise, cap_paise, min_txn_paise,
				    max_txn_paise, emi_min_months, emi_max_months, valid_from, valid_until, readable
				from offer where revision > ?""", rs -> {
			rows.put(rs.getString(1), new Row(rs));
		}, version);
		if (rows.isEmpty()) {
			return List.of();
		}
		// a join, not "in (select ...)": H2 would run the subquery once per child row
		String since = version == 0 ? "" : " join offer o on o.offer_key = c.offer_key where o.revision > " + version;
		jdbc.query("select c.offer_key, c.bank_code from offer_bank c" + since,
				rs -> { child(rows, rs).banks.add(rs.getString(2)); });
		jdbc.query("select c.offer_key, c.instrument from offer_instrument c" + since,
				rs -> { child(rows, rs).instruments.add(rs.getString(2)); });
		jdbc.query("select c.offer_key, c.network from offer_card_network c" + since,
				rs -> { child(rows, rs).networks.add(rs.getString(2)); });
		jdbc.query("select c.offer_key, c.months from offer_emi_month c" + since,
				rs -> { child(rows, rs).months.add(rs.getInt(2)); });
		List<Offer> offers = new ArrayList<>(rows.size());
		for (Row row : rows.values()) {
			offers.add(row.toOffer());
		}
		return offers;
	}

	private static Row child(Map<String, Row> rows, ResultSet rs) throws SQLException {
		Row row = rows.get(rs.getString(1));
		// the snapshot is consistent (repeatable read); a stray row would only mean a newer write, loaded next time
		return row != null ? row : Row.DISCARD;
	}

	/** One offer row while its child rows are gathered. */
	private static final class Row {

		static final Row DISCARD = new Row();

		final String key;

		final @Nullable String flipkartId;

		final OfferKind kind;

		final String summary;

		final DiscountTerms terms;

		final @Nullable Integer minMonths;

		final @Nullable Integer maxMonths;

		final @Nullable Instant validFrom;

		final @Nullable Instant validUntil;

		final boolean readable;

		final Set<String> banks = new HashSet<>();

		final Set<String> instruments = new HashSet<>();

		final Set<String> networks = new HashSet<>();

		final Set<Integer> months = new HashSet<>();

		private Row() {
			key = "";
			flipkartId = null;
			kind = OfferKind.INSTANT_DISCOUNT;
			summary = "";
			terms = DiscountTerms.NONE;
			minMonths = null;
			maxMonths = null;
			validFrom = null;
			validUntil = null;
			readable = false;
		}

		Row(ResultSet rs) throws SQLException {
			key = rs.getString(1);
			flipkartId = rs.getString(2);
			kind = OfferKind.valueOf(rs.getString(3));
			summary = rs.getString(4);
			DiscountTerms stored;
			try {
				stored = new DiscountTerms(rs.getObject(5, Integer.class), rs.getObject(6, Long.class),
						rs.getObject(7, Long.class), rs.getObject(8, Long.class), rs.getObject(9, Long.class));
			}
			catch (IllegalArgumentException outOfRange) {
				// a row written before the ranges were enforced: kept, never applied
				stored = null;
			}
			terms = stored == null ? DiscountTerms.NONE : stored;
			minMonths = rs.getObject(10, Integer.class);
			maxMonths = rs.getObject(11, Integer.class);
			validFrom = instant(rs.getTimestamp(12));
			validUntil = instant(rs.getTimestamp(13));
			readable = stored != null && rs.getBoolean(14);
		}

		private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
			return timestamp == null ? null : timestamp.toInstant();
		}

		Offer toOffer() {
			return new Offer(key, flipkartId, kind, summary, banks, instruments, networks, terms,
					new Tenure(months, minMonths, maxMonths), validFrom, validUntil, readable, "");
		}
	}
}
