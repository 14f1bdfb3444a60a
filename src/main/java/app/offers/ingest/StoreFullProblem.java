package app.offers.ingest;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import app.offers.offer.StoreFull;
import app.offers.web.problems.ProblemType;
import app.offers.web.problems.Problems;

/** A post that would take the store beyond one of its bounds: 507, nothing stored. */
class StoreFullProblem extends ErrorResponseException {

	StoreFullProblem(StoreFull full) {
		super(HttpStatus.INSUFFICIENT_STORAGE,
				Problems.detail(ProblemType.STORE_FULL, 507,
						"The store holds " + full.stored() + " " + full.what() + " and may hold at most " + full.limit()
								+ " (setting " + full.setting() + "); this payload's " + full.adding()
								+ " more would go beyond. Nothing was stored."),
				full);
	}

}
