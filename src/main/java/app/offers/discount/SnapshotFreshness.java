package app.offers.discount;

import java.time.Duration;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

import app.offers.OffersProperties;
import app.offers.offer.StoreWrites;

/**
 * Readiness of an instance whose offers may be out of date (health component
 * {@code snapshotFreshness}, in the readiness group): DOWN when the in-memory offers have
 * not matched the store for longer than {@code offers.max-snapshot-age} (default 30s)
 * while writes fail. Then this instance can neither see nor take new offers and the load
 * balancer should send shoppers elsewhere. Liveness stays UP: a restart would not help,
 * the store is what is missing. Either alone keeps it ready: with failing writes but a
 * fresh snapshot its answers are current, and a snapshot that is stale while no write
 * failed has most likely missed nothing. DOWN too while the stored offers are still
 * loading at start-up ({@link InitialLoad}).
 */
@Component("snapshotFreshnessHealthIndicator")
class SnapshotFreshness implements HealthIndicator {

	private final LiveOffers live;

	private final StoreWrites writes;

	private final Duration maxAge;

	SnapshotFreshness(LiveOffers live, StoreWrites writes, OffersProperties properties) {
		this.live = live;
		this.writes = writes;
		this.maxAge = properties.maxSnapshotAge();
	}

	@Override
	public Health health() {
		if (!live.loaded()) {
			return Health.down().withDetail("loaded", false).build();
		}
		Duration age = live.snapshotAge();
		boolean stale = age.compareTo(maxAge) > 0;
		Health.Builder health = stale && writes.failing() ? Health.down() : Health.up();
		return health.withDetail("loaded", true)
			.withDetail("snapshotAgeSeconds", age.toSeconds())
			.withDetail("maxSnapshotAgeSeconds", maxAge.toSeconds())
			.withDetail("writesFailing", writes.failing())
			.build();
	}

}
