package app.offers.discount;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

import app.offers.offer.ClientText;

/**
 * Loads the stored offers into memory at start-up, on a thread of its own, begun as soon
 * as every bean exists: the web server, the actuator and the rest of the start-up go on
 * meanwhile. Until it is done, readiness is DOWN ({@link SnapshotFreshness}) and a read
 * waits for it or is answered 503 {@code not-ready} ({@link LiveOffers#current()}): no
 * answer is ever given from an empty snapshot while offers are stored. A load that fails
 * (the store unreachable) is tried again every second.
 */
@Component
class InitialLoad implements SmartInitializingSingleton {

	private static final Logger log = LoggerFactory.getLogger(InitialLoad.class);

	static final Duration RETRY = Duration.ofSeconds(1);

	private final LiveOffers live;

	InitialLoad(LiveOffers live) {
		this.live = live;
	}

	@Override
	public void afterSingletonsInstantiated() {
		Thread thread = new Thread(this::load, "initial-load");
		// a start-up that stops (spring.context.exit, a failed start) does not wait for
		// it
		thread.setDaemon(true);
		thread.start();
	}

	void load() {
		int failures = 0;
		while (!live.loaded()) {
			try {
				live.refresh();
				log.info("Loaded {} offers (store version {}){}", live.peek().size(), live.peek().version(),
						failures == 0 ? "" : " after " + failures + " failed attempts");
			}
			catch (RuntimeException e) {
				// an outage is logged once, not every second it lasts
				if (failures++ == 0) {
					log.warn("Loading the stored offers failed; trying again every {}s until it works ({})",
							RETRY.toSeconds(), ClientText.forLog(String.valueOf(e.getMessage())));
				}
				else {
					log.debug("Loading the stored offers failed again ({})",
							ClientText.forLog(String.valueOf(e.getMessage())));
				}
				try {
					Thread.sleep(RETRY.toMillis());
				}
				catch (InterruptedException interrupted) {
					Thread.currentThread().interrupt();
					return;
				}
			}
		}
	}

}
