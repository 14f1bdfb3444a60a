package app.offers.ingest;

import java.time.Clock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import app.offers.offer.ClientText;
import app.offers.offer.OfferWrites;
import app.offers.offer.OfferWrites.Withdrawal;

/**
 * Withdraws offers: once the withdrawal commits, this instance's answers leave the offer
 * out before the request is answered, and other instances' with their next refresh poll
 * (a withdrawal moves the store version).
 */
@Service
public class OfferWithdrawal {

	private static final Logger log = LoggerFactory.getLogger(OfferWithdrawal.class);

	private final OfferWrites writes;

	private final Clock clock;

	OfferWithdrawal(OfferWrites writes, Clock clock) {
		this.writes = writes;
		this.clock = clock;
	}

	public Withdrawal withdraw(String key) {
		Withdrawal done = writes.withdraw(key, clock.instant());
		if (done == Withdrawal.WITHDRAWN) {
			log.info("Offer {} withdrawn", ClientText.forLog(key));
		}
		return done;
	}

}
