package app.offers.web.pipeline;

import java.io.IOException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;

/**
 * A request id in every log line of a request (MDC {@code requestId}, a field of the
 * structured JSON logs) and in the {@code X-Request-Id} answer header: the caller's own
 * id when it sends a sane one, else a new one.
 */
class RequestIds extends HttpFilter {

	static final String HEADER = "X-Request-Id";

	/**
	 * Unique per process start; with a counter it makes ids without SecureRandom on every
	 * request.
	 */
	private static final String PREFIX = Long.toString(new Random().nextLong() >>> 1, 36);

	private final AtomicLong counter = new AtomicLong();

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String given = request.getHeader(HEADER);
		String id = given != null && sane(given) ? given : PREFIX + "-" + Long.toString(counter.incrementAndGet(), 36);
		response.setHeader(HEADER, id);
		MDC.put("requestId", id);
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove("requestId");
		}
	}

	/**
	 * 1 to 64 ASCII letters, digits, dots, underscores or hyphens: safe in a log line and
	 * a header.
	 */
	static boolean sane(String id) {
		int n = id.length();
		if (n == 0 || n > 64) {
			return false;
		}
		for (int i = 0; i < n; i++) {
			char c = id.charAt(i);
			if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
					|| c == '-')) {
				return false;
			}
		}
		return true;
	}

}
