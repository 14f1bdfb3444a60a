package app.offers.offer;

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

/**
 * Whether the store takes writes, as health component {@code storeWrites}: a database
 * that answers queries but cannot commit (a full or read-only disk) is DOWN here while
 * the plain {@code db} check still says UP. Once a write has failed for an outage, a
 * probe write every second finds when the store takes writes again, so health and POST
 * /offer recover by themselves. {@link OfferWrites} reports each write's outcome here.
 */
@Component("storeWritesHealthIndicator")
public class StoreWrites implements HealthIndicator {

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

	/** Whether writes fail for an outage now. */
	public boolean failing() {
		return failing.get() != null;
	}

	/**
	 * While writes fail, tries a write that changes nothing and, when it commits, records
	 * that the store takes writes again.
	 */
	@Scheduled(fixedDelayString = "${offers.write-probe-interval:1s}")
	public void probe() {
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
