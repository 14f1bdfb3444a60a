package app.offers.offer;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.atomic.LongAdder;

import org.jspecify.annotations.Nullable;
import org.slf4j.ILoggerFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.health.contributor.Health;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import ch.qos.logback.classic.LoggerContext;

/**
 * Whether the store takes writes, as health component {@code storeWrites}: a database
 * that answers queries but cannot commit (a full or read-only disk) is DOWN here while
 * the plain {@code db} check still says UP. Once a write has failed for an outage, a
 * probe write every second finds when the store takes writes again, so health and POST
 * /offer recover by themselves; a poll that failed for an outage has the probe check
 * writes, so an outage is known before a request needs the store. {@link OfferWrites}
 * reports each write's outcome here.
 * <p>
 * An outage is logged once: one line when it starts, a reminder while it lasts and one
 * line when it ends, with the requests it refused. Meanwhile the lines libraries repeat
 * per failure are counted, not written ({@link QuietDuringOutage}).
 */
@Component("storeWritesHealthIndicator")
public class StoreWrites implements HealthIndicator, DisposableBean {

	private static final Logger log = LoggerFactory.getLogger(StoreWrites.class);

	/** An outage under way: since when and why, and what it has cost so far. */
	private static final class Outage {

		final Instant since;

		final String reason;

		final LongAdder refused = new LongAdder();

		volatile Instant reminded;

		Outage(Instant since, String reason) {
			this.since = since;
			this.reason = reason;
			this.reminded = since;
		}

	}

	private final AtomicReference<@Nullable Outage> outage = new AtomicReference<>();

	/** A read failed for what looks like an outage: the next probe checks writes. */
	private volatile boolean suspected;

	private final OfferStore store;

	private final Clock clock;

	private final Duration reminder;

	private final @Nullable QuietDuringOutage quiet;

	StoreWrites(OfferStore store, Clock clock, @Value("${offers.outage-reminder-interval:5m}") Duration reminder) {
		this.store = store;
		this.clock = clock;
		this.reminder = reminder;
		this.quiet = hushLibraries(LoggerFactory.getILoggerFactory(), this::failing);
	}

	/**
	 * Adds the filter when Logback logs (Spring Boot's default); else nothing is held.
	 */
	static @Nullable QuietDuringOutage hushLibraries(ILoggerFactory loggers,
			java.util.function.BooleanSupplier outage) {
		if (!(loggers instanceof LoggerContext context)) {
			return null;
		}
		QuietDuringOutage quiet = new QuietDuringOutage(outage);
		quiet.start();
		context.addTurboFilter(quiet);
		return quiet;
	}

	@Override
	public void destroy() {
		if (quiet != null && LoggerFactory.getILoggerFactory() instanceof LoggerContext context) {
			context.getTurboFilterList().remove(quiet);
		}
	}

	void succeeded() {
		Outage ended = outage.getAndSet(null);
		if (ended != null) {
			log.info("The offer store takes writes again after {}: {} requests answered 503 meanwhile; {} library log "
					+ "lines held back.", lasted(ended), ended.refused.sum(), heldBack());
		}
	}

	/**
	 * Records a failed write; only outages turn health DOWN (other errors are the
	 * request's own). The first failure of an outage is logged, the others are not.
	 */
	void failed(Throwable failure) {
		if (StoreFailures.isOutage(failure)) {
			Outage now = new Outage(clock.instant(), reason(failure));
			if (outage.compareAndSet(null, now)) {
				log.error(
						"The offer store is unavailable: {}. Requests that need it answer 503 until a probe write "
								+ "commits; this is logged once, with a reminder every {} while it lasts.",
						now.reason, readable(reminder));
			}
		}
	}

	/**
	 * Records a request answered 503 for an outage: counted, not logged (the outage is,
	 * once).
	 */
	public void refused(Throwable failure) {
		failed(failure);
		Outage current = outage.get();
		if (current != null) {
			current.refused.increment();
		}
	}

	/** Whether writes fail for an outage now. */
	public boolean failing() {
		return outage.get() != null;
	}

	/**
	 * A read of the store failed (the poll): if it looks like an outage, the next probe
	 * write tells. Reads alone never turn health DOWN.
	 */
	public void readFailed(Throwable failure) {
		if (StoreFailures.isOutage(failure)) {
			suspected = true;
		}
	}

	/**
	 * While writes fail, or a read suggested they would, tries a write that changes
	 * nothing: when it commits, the store takes writes (again); when it fails for an
	 * outage, that outage begins, or goes on and is reminded of now and then.
	 */
	@Scheduled(fixedDelayString = "${offers.write-probe-interval:1s}")
	public void probe() {
		Outage current = outage.get();
		if (current == null && !suspected) {
			return;
		}
		try {
			store.probeWrite();
			suspected = false;
			succeeded();
		}
		catch (RuntimeException e) {
			suspected = false;
			if (current == null) {
				failed(e);
			}
			else {
				log.debug("The offer store still refuses writes: {}",
						ClientText.forLog(String.valueOf(e.getMessage())));
				remind(current);
			}
		}
	}

	private void remind(Outage current) {
		Instant now = clock.instant();
		if (Duration.between(current.reminded, now).compareTo(reminder) >= 0) {
			current.reminded = now;
			log.warn("The offer store is still unavailable after {} ({}): {} requests answered 503 so far.",
					lasted(current), current.reason, current.refused.sum());
		}
	}

	private String lasted(Outage o) {
		return readable(Duration.between(o.since, clock.instant()));
	}

	static String readable(Duration d) {
		long seconds = d.toSeconds();
		return seconds >= 60 && seconds % 60 == 0 ? seconds / 60 + " min" : seconds + " s";
	}

	/**
	 * What failed and, when it says more, the cause beneath ("Unable to commit (No space
	 * left on device)").
	 */
	static String reason(Throwable failure) {
		String top = String.valueOf(failure.getMessage());
		Throwable root = NestedExceptionUtils.getMostSpecificCause(failure);
		String beneath = String.valueOf(root.getMessage());
		return ClientText.forLog(root == failure || top.contains(beneath) ? top : top + " (" + beneath + ")");
	}

	private long heldBack() {
		return quiet == null ? 0 : quiet.takeHeld();
	}

	@Override
	public Health health() {
		Outage o = outage.get();
		if (o == null) {
			return Health.up().build();
		}
		return Health.down()
			.withDetail("failingSince", o.since.toString())
			.withDetail("reason", o.reason)
			.withDetail("requestsRefused", o.refused.sum())
			.build();
	}

}
