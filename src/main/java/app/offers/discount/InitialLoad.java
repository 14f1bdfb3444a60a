package app.offers.discount;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Loads the stored offers into memory during start-up, before the server takes a request:
 * no answer is ever given from an empty snapshot while offers are stored.
 */
@Component
class InitialLoad {

	private static final Logger log = LoggerFactory.getLogger(InitialLoad.class);

	InitialLoad(LiveOffers live) {
		live.refresh();
		log.info("Loaded {} offers (store version {})", live.current().size(), live.current().version());
	}

}
