package app.offers.web;

import java.io.IOException;
import java.util.Collections;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Requests the framework would turn into a 500 or an empty answer are refused first, with a 400 that says what
 * is wrong: an Accept header that is not a list of media types.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
class RequestShape extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String problem = acceptProblem(request);
		if (problem != null) {
			Problems.write(response, HttpServletResponse.SC_BAD_REQUEST, "Bad request", problem,
					request.getRequestURI());
			return;
		}
		chain.doFilter(request, response);
	}

	/** Parsed the way content negotiation will parse it, which answers an unreadable one with an empty 406. */
	private static @Nullable String acceptProblem(HttpServletRequest request) {
		try {
			MediaType.parseMediaTypes(Collections.list(request.getHeaders(HttpHeaders.ACCEPT)));
			return null;
		}
		catch (IllegalArgumentException ex) {
			return "The Accept header is not a list of media types such as application/json or */*.";
		}
	}
}
