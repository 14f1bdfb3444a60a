package app.offers.discount;

import java.time.Instant;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Health of the in-memory offers every read is answered from: how many, which store
 * version, when they last matched the store. UP while they serve, even when the database
 * is down (reads go on); the database has its own indicator.
 */
@Component("offersHealthIndicator")
class LiveOffersHealth implements HealthIndicator {

	private final LiveOffers live;

	LiveOffersHealth(LiveOffers live) {
		this.live = live;
	}

	@Override
	public Health health() {
		OfferIndex index = live.peek();
		Instant refreshed = live.lastRefresh();
		return Health.up()
			.withDetail("loaded", live.loaded())
			.withDetail("offers", index.size())
			.withDetail("storeVersion", index.version())
			.withDetail("lastRefresh", refreshed.toString())
			.withDetail("secondsSinceRefresh", live.snapshotAge().toSeconds())
			.build();
	}

}
