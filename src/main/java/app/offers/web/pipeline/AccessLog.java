package app.offers.web.pipeline;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One line per request on standard output when {@code offers.access-log.enabled=true}
 * (off by default): method, path template (the mapping that answered,
 * {@code /offers/{id}}, never the raw path with its ids), status, milliseconds and the
 * request's {@code requestId} from the MDC. Requests answered before a mapping was chosen
 * (a filter's 400, 401, 413 or 429, an unknown path) show {@code -}. JSON lines when
 * {@code logging.structured.format.console} is set, like the other logs.
 * <p>
 * Written in batches by {@link AccessLogWriter}, not through Logback: one Logback event
 * per request (its pattern layout, a copy of the MDC, a write to the console) cost more
 * CPU than a whole request to a bare Spring Boot application, and the benchmark runs with
 * this log on.
 */
class AccessLog extends HttpFilter {

	private final AccessLogWriter writer = new AccessLogWriter();

	private final boolean json;

	AccessLog(String structuredFormat) {
		this.json = !structuredFormat.isBlank();
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long start = System.nanoTime();
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = false;
		}
		finally {
			// an exception escaping the chain becomes a 500 once it leaves this filter
			int status = failed ? 500 : response.getStatus();
			Object template = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
			String requestId = MDC.get("requestId");
			writer.write(line(System.currentTimeMillis(), requestId != null ? requestId : "-", request.getMethod(),
					template instanceof String path ? path : "-", status, System.nanoTime() - start));
		}
	}

	String line(long now, String requestId, String method, String template, int status, long nanos) {
		StringBuilder line = new StringBuilder(160);
		if (json) {
			line.append("{\"@timestamp\":\"");
			writer.timestamp(now, line);
			line.append("\",\"log.level\":\"INFO\",\"log.logger\":\"access\",\"requestId\":\"")
				.append(requestId)
				.append("\",\"message\":\"");
			message(line, method, template, status, nanos);
			line.append("\",\"http.request.method\":\"").append(method).append("\",\"http.route\":\"");
			escaped(line, template);
			line.append("\",\"http.response.status_code\":")
				.append(status)
				.append(",\"event.duration\":")
				.append(nanos)
				.append('}');
		}
		else {
			writer.timestamp(now, line);
			line.append(" ACCESS [").append(requestId).append("] ");
			message(line, method, template, status, nanos);
		}
		return line.append('\n').toString();
	}

	/**
	 * "GET /offers/{id} 200 0.412 ms": milliseconds with three decimals, without
	 * String.format.
	 */
	private static void message(StringBuilder line, String method, String template, int status, long nanos) {
		long micros = nanos / 1000;
		long fraction = micros % 1000;
		line.append(method).append(' ');
		escaped(line, template);
		line.append(' ')
			.append(status)
			.append(' ')
			.append(micros / 1000)
			.append(fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".")
			.append(fraction)
			.append(" ms");
	}

	/**
	 * Templates are the application's own paths; quotes and backslashes are escaped all
	 * the same.
	 */
	private static void escaped(StringBuilder line, String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' || c == '\\') {
				line.append('\\');
			}
			line.append(c < ' ' ? '?' : c);
		}
	}

	/** Called by the server and by {@link RequestPipeline} when the context closes. */
	@Override
	public void destroy() {
		writer.close();
	}

}
