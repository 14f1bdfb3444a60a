package app.offers.ingest;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A payload with more distinct offers than one post may carry: 422, nothing stored. */
class TooManyOffers extends ErrorResponseException {

	TooManyOffers(int found, int limit) {
		super(HttpStatus.UNPROCESSABLE_CONTENT, problem(found, limit), null);
	}

	private static ProblemDetail problem(int found, int limit) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, "The payload holds "
				+ found + " distinct offers; one post may carry at most " + limit
				+ " (setting offers.max-offers-per-payload). Nothing was stored: split the payload.");
		problem.setTitle("Too many offers");
		return problem;
	}
}
