package app.offers.web.problems;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS checks, with a rejected origin answered like every other error: 403
 * problem+json, not text.
 */
public class ProblemCorsProcessor extends DefaultCorsProcessor {

	private static final String VARY = HttpHeaders.ORIGIN + ", " + HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD + ", "
			+ HttpHeaders.ACCESS_CONTROL_REQUEST_HEADERS;

	@Override
	public boolean processRequest(@Nullable CorsConfiguration config, HttpServletRequest request,
			HttpServletResponse response) throws IOException {
		if (request.getHeader(HttpHeaders.ORIGIN) == null) {
			// not a CORS request: only the Vary that Spring would add, in one header line
			// rather than three
			if (!response.containsHeader(HttpHeaders.VARY)) {
				response.setHeader(HttpHeaders.VARY, VARY);
				return true;
			}
			return super.processRequest(config, request, response);
		}
		// a processor per call only for requests that carry an Origin: the rejection
		// needs the request's path
		return new DefaultCorsProcessor() {

			@Override
			protected void rejectRequest(ServerHttpResponse rejected) throws IOException {
				rejected.setStatusCode(HttpStatus.FORBIDDEN);
				rejected.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
				rejected.getBody()
					.write(Problems
						.json(403, ProblemType.ORIGIN_NOT_ALLOWED,
								"This origin may not call the API "
										+ "from a browser, or not with this method or these headers (setting "
										+ "offers.cors.allowed-origins).",
								request.getRequestURI())
						.getBytes(StandardCharsets.UTF_8));
				rejected.flush();
			}
		}.processRequest(config, request, response);
	}

}
