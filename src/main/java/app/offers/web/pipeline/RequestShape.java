package app.offers.web.pipeline;

import java.io.IOException;
import java.util.Collections;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import app.offers.web.problems.ProblemType;
import app.offers.web.problems.Problems;

/**
 * Requests that would hold a thread or turn into a 500 or an empty answer are refused
 * first, with a 400 that says what is wrong: a body on a method that has none, a query
 * string Tomcat cannot decode, an Accept header that is not a list of media types.
 */
class RequestShape extends HttpFilter {

	private static final Set<String> BODILESS = Set.of("GET", "HEAD", "DELETE", "OPTIONS");

	private final int maxParameters;

	RequestShape(int maxParameters) {
		this.maxParameters = maxParameters;
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (BODILESS.contains(request.getMethod())
				&& (request.getContentLengthLong() > 0 || request.getHeader("Transfer-Encoding") != null)) {
			// answered before Tomcat would wait for a body nobody reads, and the
			// connection closed after
			response.setHeader("Connection", "close");
			Problems.write(response, ProblemType.INVALID_REQUEST,
					request.getMethod() + " requests carry no body, but this one declares one.",
					request.getRequestURI());
			return;
		}
		String problem = queryProblem(request);
		if (problem == null) {
			problem = acceptProblem(request);
		}
		if (problem != null) {
			Problems.write(response, ProblemType.INVALID_REQUEST, problem, request.getRequestURI());
			return;
		}
		chain.doFilter(request, response);
	}

	/**
	 * Tomcat decodes the query on the first parameter lookup and throws on bad bytes or
	 * too many parameters: wherever that lookup happens, the answer would be a 500.
	 * Looked up here, it is a 400. Form and multipart bodies are left alone: their
	 * parameters would be read from the body.
	 */
	private @Nullable String queryProblem(HttpServletRequest request) {
		String query = request.getQueryString();
		String type = request.getContentType() == null ? "" : request.getContentType().toLowerCase(Locale.ROOT);
		if (query == null || type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/")) {
			return null;
		}
		try {
			request.getParameterNames();
			return null;
		}
		catch (IllegalStateException ex) {
			if (ex.getCause() != null) {
				return "The query string is not valid percent-encoded UTF-8.";
			}
			if (query.split("&").length > maxParameters) {
				return "The query string has more than " + maxParameters + " parameters.";
			}
			return "The query string is malformed: every parameter needs a name, as in name=value.";
		}
	}

	/**
	 * Parsed the way content negotiation will parse it, which answers an unreadable one
	 * with an empty 406.
	 */
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
