package app.offers.ingest;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import app.offers.web.problems.ProblemType;
import app.offers.web.problems.Problems;

/** A payload with more distinct offers than one post may carry: 422, nothing stored. */
class TooManyOffers extends ErrorResponseException {

	TooManyOffers(int found, int limit) {
		super(HttpStatus.UNPROCESSABLE_CONTENT,
				Problems.detail(ProblemType.TOO_MANY_OFFERS, 422,
						"The payload holds " + found + " distinct offers; one post may carry at most " + limit
								+ " (setting offers.max-offers-per-payload). Nothing was stored: split the payload."),
				null);
	}

}
