package app.offers.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One line per request when {@code offers.access-log.enabled=true}: method, path template (the mapping that
 * answered, {@code /offers/{id}}, never the raw path with its ids), status and milliseconds, logged inside the
 * request so the line carries its {@code requestId} like every other. Requests answered before a mapping was
 * chosen (a filter's 400, 401, 413 or 429, an unknown path) show {@code -}. Off by default.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
@ConditionalOnBooleanProperty("offers.access-log.enabled")
class AccessLog extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(AccessLog.class);

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = false;
		}
		finally {
			if (log.isInfoEnabled()) {
				// an exception escaping the chain becomes a 500 once it leaves this filter
				int status = failed ? 500 : response.getStatus();
				Object template = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
				log.info("{} {} {} {} ms", request.getMethod(), template != null ? template : "-", status,
						millis(System.nanoTime() - start));
			}
		}
	}

	/** Milliseconds with three decimals, without String.format. */
	static String millis(long nanos) {
		long micros = nanos / 1000;
		long fraction = micros % 1000;
		return (micros / 1000) + (fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".") + fraction;
	}
}
