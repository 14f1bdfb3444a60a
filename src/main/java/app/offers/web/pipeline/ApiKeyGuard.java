package app.offers.web.pipeline;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.offers.OffersProperties;
import app.offers.web.problems.ProblemType;
import app.offers.web.problems.Problems;

/**
 * Writes need a key: when {@code offers.api-key} (env OFFERS_API_KEY) is set, every
 * request but a read ({@link ReadEndpoints#METHODS}: GET, HEAD, OPTIONS) must carry it in
 * {@code X-API-Key}, compared in constant time: POST /offer, DELETE /offers/{id}, and any
 * other method, on any path. Reads stay public. With {@code offers.require-api-key} (set
 * in the {@code postgres} profile, for production) the service refuses to start without a
 * key; otherwise writes are open and a warning says so.
 */
class ApiKeyGuard extends HttpFilter {

	static final String HEADER = "X-API-Key";

	private static final Logger log = LoggerFactory.getLogger(ApiKeyGuard.class);

	private final byte[] key;

	ApiKeyGuard(OffersProperties properties) {
		this.key = properties.apiKey().strip().getBytes(StandardCharsets.UTF_8);
		if (this.key.length == 0) {
			if (properties.requireApiKey()) {
				throw new IllegalStateException("offers.api-key is not set while offers.require-api-key is true "
						+ "(as in the postgres profile): POST /offer must be protected; set OFFERS_API_KEY");
			}
			log.warn("offers.api-key is not set: POST /offer is open to anyone who can reach this service. "
					+ "Set OFFERS_API_KEY to require the X-API-Key header.");
		}
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (key.length == 0 || ReadEndpoints.METHODS.contains(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		// the key exactly as sent, and sent once: spaces around it or a second header are
		// not a second chance
		List<String> given = Collections.list(request.getHeaders(HEADER));
		byte[] presented = given.size() == 1 ? given.get(0).getBytes(StandardCharsets.UTF_8) : new byte[0];
		// MessageDigest.isEqual takes time independent of where the bytes differ
		boolean ok = MessageDigest.isEqual(presented, key);
		Arrays.fill(presented, (byte) 0);
		if (ok) {
			chain.doFilter(request, response);
			return;
		}
		String endpoint = request.getMethod() + " " + request.getRequestURI();
		String detail = switch (given.size()) {
			case 0 -> endpoint + " needs the header " + HEADER + " with the service's API key.";
			case 1 -> "The " + HEADER + " header sent to " + endpoint + " does not hold the service's API key.";
			default -> endpoint + " got the header " + HEADER + " " + given.size()
					+ " times; send it once, with the service's API key.";
		};
		response.setHeader("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"");
		Problems.write(response, ProblemType.UNAUTHORIZED, detail, request.getRequestURI());
	}

}
