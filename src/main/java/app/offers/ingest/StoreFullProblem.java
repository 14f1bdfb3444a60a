package app.offers.ingest;

import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

import app.offers.offer.StoreFull;
import app.offers.web.ProblemType;
import app.offers.web.Problems;

/** A post whose new offers would take the store beyond offers.max-stored-offers: 507, nothing stored. */
class StoreFullProblem extends ErrorResponseException {

	StoreFullProblem(StoreFull full) {
		super(HttpStatus.INSUFFICIENT_STORAGE, Problems.detail(ProblemType.STORE_FULL, 507, "The store holds "
				+ full.stored() + " offers and may hold at most " + full.limit()
				+ " (setting offers.max-stored-offers); this payload's " + full.adding()
				+ " new offers would go beyond. Nothing was stored."), full);
	}
}
