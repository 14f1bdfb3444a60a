package app.offers.ingest;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import app.offers.offer.ClientText;
import app.offers.offer.OfferStore;
import app.offers.offer.StoreFailures;

/**
 * Whether the store takes writes, as health component {@code storeWrites}: a database
 * that answers queries but cannot commit (a full or read-only disk) is DOWN here while
 * the plain {@code db} check still says UP. Once a write has failed for an outage, a
 * probe write every second finds when the store takes writes again, so health and POST
 * /offer recover by themselves.
 */
@Component("storeWritesHealthIndicator")
class StoreWrites implements HealthIndicator {

	private static final Logger log = LoggerFactory.getLogger(StoreWrites.class);

	/** Since when, and why, writes fail; null while they work. */
	private record Failing(Instant since, String reason) {
	}

	private final AtomicReference<@Nullable Failing> failing = new AtomicReference<>();

	private final OfferStore store;

	private final Clock clock;

	StoreWrites(OfferStore store, Clock clock) {
		this.store = store;
		this.clock = clock;
		try {
			store.applyDatabaseSettings();
			store.checkWritable();
		}
		catch (DataAccessException e) {
			throw new IllegalStateException("The database does not accept this service's writes ("
					+ ClientText.forLog(String.valueOf(e.getMostSpecificCause().getMessage()))
					+ "). Check spring.datasource.url: an H2 file needs a writable data directory (offers.data-dir "
					+ "for the default one); a PostgreSQL user needs insert and update rights on the service's "
					+ "tables.", e);
		}
	}

	void succeeded() {
		if (failing.getAndSet(null) != null) {
			log.info("The offer store takes writes again");
		}
	}

	/**
	 * Records a failed write; only outages turn health DOWN (other errors are the
	 * request's own).
	 */
	void failed(Throwable failure) {
		if (StoreFailures.isOutage(failure)) {
			Failing now = new Failing(clock.instant(), ClientText.forLog(String.valueOf(failure.getMessage())));
			failing.compareAndSet(null, now);
		}
	}

	boolean failing() {
		return failing.get() != null;
	}

	@Scheduled(fixedDelayString = "${offers.write-probe-interval:1s}")
	void probe() {
		if (failing.get() == null) {
			return;
		}
		try {
			store.probeWrite();
			succeeded();
		}
		catch (DataAccessException e) {
			log.debug("The offer store still refuses writes: {}", ClientText.forLog(String.valueOf(e.getMessage())));
		}
	}

	@Override
	public Health health() {
		Failing f = failing.get();
		if (f == null) {
			return Health.up().build();
		}
		return Health.down().withDetail("failingSince", f.since().toString()).withDetail("reason", f.reason()).build();
	}

}
