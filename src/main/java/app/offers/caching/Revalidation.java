package app.offers.caching;

import java.time.Clock;
import java.util.Enumeration;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.ModelAndView;

import app.offers.discount.LiveOffers;
import app.offers.discount.OfferIndex;

/**
 * ETag and Cache-Control on the read endpoints, and 304 Not Modified to a client that
 * holds the current answer. An answer depends only on the query, the store's version
 * (every write moves it) and which offers' validity has started or ended, so the ETag is
 * made from those three without looking at the body: no hashing of answers, no work at
 * all for a 304. Runs as an interceptor, after Spring MVC's CORS handling, so a 304
 * carries the same CORS headers as the 200 it stands for. Errors carry neither header: a
 * cache must not keep a 503 and have it confirmed by a 304.
 */
final class Revalidation implements HandlerInterceptor, HandlerExceptionResolver, Ordered {

	private final LiveOffers live;

	private final Clock clock;

	private final String cacheControl;

	/** Mapping patterns of the endpoints to revalidate. */
	private final Set<String> endpoints;

	Revalidation(LiveOffers live, Clock clock, String cacheControl, Set<String> endpoints) {
		this.live = live;
		this.clock = clock;
		this.cacheControl = cacheControl;
		this.endpoints = endpoints;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		String method = request.getMethod();
		if (!(handler instanceof HandlerMethod) || !("GET".equals(method) || "HEAD".equals(method))
				|| !(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE) instanceof String mapping)
				|| !endpoints.contains(mapping)) {
			return true;
		}
		String etag = etag(live.current(), request);
		response.setHeader(HttpHeaders.ETAG, etag);
		response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
		if (request.getHeader(HttpHeaders.IF_NONE_MATCH) != null
				&& matches(request.getHeaders(HttpHeaders.IF_NONE_MATCH), etag)) {
			response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
			return false;
		}
		return true;
	}

	/**
	 * Takes the caching headers off an error answer, then lets the other resolvers answer
	 * it.
	 */
	@Override
	public @Nullable ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response,
			@Nullable Object handler, Exception ex) {
		if (!response.isCommitted() && response.containsHeader(HttpHeaders.ETAG)) {
			response.setHeader(HttpHeaders.ETAG, null);
			response.setHeader(HttpHeaders.CACHE_CONTROL, null);
		}
		return null;
	}

	/** Before Spring MVC's own resolvers, which write the error answer. */
	@Override
	public int getOrder() {
		return Ordered.HIGHEST_PRECEDENCE + 1;
	}

	/** {@code W/"<store version>.<validity changes passed>-<hash of path and query>"}. */
	String etag(OfferIndex index, HttpServletRequest request) {
		long query = QueryHash.of(request.getRequestURI(), request.getQueryString());
		return "W/\"" + index.version() + "." + index.validityChangesUntil(clock.instant()) + "-"
				+ Long.toHexString(query) + "\"";
	}

	/**
	 * If-None-Match by weak comparison (RFC 9110 13.1.2): {@code *}, or any listed tag
	 * equal to ours once the {@code W/} prefixes are set aside. Read by hand: the header
	 * is a comma-separated list, possibly in several header lines.
	 */
	static boolean matches(Enumeration<String> headers, String etag) {
		int ours = etag.startsWith("W/") ? 2 : 0;
		while (headers.hasMoreElements()) {
			String header = headers.nextElement();
			int i = 0;
			int n = header.length();
			while (i < n) {
				char c = header.charAt(i);
				if (c == ' ' || c == '\t' || c == ',') {
					i++;
					continue;
				}
				if (c == '*') {
					return true;
				}
				if (c == 'W' && header.startsWith("W/", i)) {
					i += 2;
				}
				if (i >= n || header.charAt(i) != '"') {
					// not an entity tag: skip to the next list element
					while (i < n && header.charAt(i) != ',') {
						i++;
					}
					continue;
				}
				int end = header.indexOf('"', i + 1);
				if (end < 0) {
					return false;
				}
				int length = end + 1 - i;
				if (length == etag.length() - ours && header.regionMatches(i, etag, ours, length)) {
					return true;
				}
				i = end + 1;
			}
		}
		return false;
	}

}
