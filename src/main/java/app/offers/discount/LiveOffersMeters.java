package app.offers.discount;

import org.springframework.stereotype.Component;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * What an SRE watches of the in-memory offers: {@code offers.loaded}, how many answer
 * reads, and {@code offers.snapshot.age}, seconds since they last matched the store (it
 * grows only while the store cannot be read: every poll that finds nothing new resets
 * it).
 */
@Component
class LiveOffersMeters {

	LiveOffersMeters(LiveOffers live, MeterRegistry meters) {
		Gauge.builder("offers.loaded", live, l -> l.peek().size())
			.description("Offers held in memory, answering reads")
			.register(meters);
		Gauge.builder("offers.snapshot.age", live, l -> l.snapshotAge().toMillis() / 1000.0)
			.baseUnit("seconds")
			.description("Seconds since the in-memory offers last matched the store")
			.register(meters);
	}

}
