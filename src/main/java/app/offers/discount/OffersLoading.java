package app.offers.discount;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import app.offers.web.problems.ProblemType;
import app.offers.web.problems.Problems;

/**
 * A read (or a write, which compares with the offers held) that came before the stored
 * offers were loaded at start-up, and waited for them in vain: 503 {@code not-ready} with
 * {@code Retry-After}; nothing was answered from an empty snapshot, nothing was stored.
 */
public class OffersLoading extends ErrorResponseException {

	/** Seconds a client waits before it asks again. */
	static final String RETRY_AFTER = "2";

	OffersLoading() {
		super(HttpStatus.SERVICE_UNAVAILABLE, Problems.detail(ProblemType.NOT_READY, 503,
				"The service is starting: the stored offers are still loading. Nothing was stored; retry shortly."),
				null);
		getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER);
	}

}
