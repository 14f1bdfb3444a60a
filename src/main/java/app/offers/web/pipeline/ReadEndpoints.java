package app.offers.web.pipeline;

import java.util.Set;

/**
 * The read endpoints, by the mapping that answers them ({@code /offers/{id}}, as Spring
 * MVC names it), and the methods that read: the one declaration CORS, the latency
 * histograms, HTTP caching and the API key rule all take, so a new read endpoint cannot
 * be left out of one of them. A test fails when a GET mapping of the API is missing here.
 */
public final class ReadEndpoints {

	public static final Set<String> TEMPLATES = Set.of("/highest-discount", "/best-offers", "/payment-options",
			"/discount-curve", "/offers", "/offers/{id}");

	/**
	 * The methods that read: public, and what browsers on other origins may send; every
	 * other method needs the API key.
	 */
	public static final Set<String> METHODS = Set.of("GET", "HEAD", "OPTIONS");

	private ReadEndpoints() {
	}

}
