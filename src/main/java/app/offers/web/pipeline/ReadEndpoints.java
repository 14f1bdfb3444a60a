package app.offers.web.pipeline;

import java.util.Set;

/**
 * The read endpoints, by the mapping that answers them ({@code /offers/{id}}, as Spring
 * MVC names it): the one list CORS, the latency histograms and HTTP caching all take, so
 * a new read endpoint cannot be left out of one of them. A test fails when a GET mapping
 * of the API is missing here.
 */
public final class ReadEndpoints {

	public static final Set<String> TEMPLATES = Set.of("/highest-discount", "/best-offers", "/payment-options",
			"/discount-curve", "/offers", "/offers/{id}");

	private ReadEndpoints() {
	}

}
