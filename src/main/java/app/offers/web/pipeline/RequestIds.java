package app.offers.web.pipeline;

import java.io.IOException;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;

/**
 * A request id in every log line of a request (MDC {@code requestId}, a field of the
 * structured JSON logs) and in the {@code X-Request-Id} answer header: the caller's own
 * id when it sends a sane one, else a new one. A caller's W3C {@code traceparent} puts
 * its trace id in every line too (MDC {@code traceId}), so the lines of one checkout can
 * be found across services without a tracing library here (see decision 0003); a
 * malformed one is ignored.
 */
class RequestIds extends HttpFilter {

	static final String HEADER = "X-Request-Id";

	static final String REQUEST_ID = "requestId";

	static final String TRACE_ID = "traceId";

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
		MDC.put(REQUEST_ID, id);
		String traceId = traceId(request.getHeader("traceparent"));
		if (traceId != null) {
			MDC.put(TRACE_ID, traceId);
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			MDC.remove(REQUEST_ID);
			if (traceId != null) {
				MDC.remove(TRACE_ID);
			}
		}
	}

	/**
	 * The trace id of a W3C {@code traceparent} ({@code 00-<32 hex>-<16 hex>-<2 hex>},
	 * lower case, ids not all zeros, version not {@code ff}); null for anything else.
	 */
	static @Nullable String traceId(@Nullable String traceparent) {
		if (traceparent == null || traceparent.length() != 55 || traceparent.charAt(2) != '-'
				|| traceparent.charAt(35) != '-' || traceparent.charAt(52) != '-' || traceparent.startsWith("ff")) {
			return null;
		}
		boolean traceNonZero = false;
		boolean parentNonZero = false;
		for (int i = 0; i < 55; i++) {
			if (i == 2 || i == 35 || i == 52) {
				continue;
			}
			char c = traceparent.charAt(i);
			if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'))) {
				return null;
			}
			traceNonZero |= i > 2 && i < 35 && c != '0';
			parentNonZero |= i > 35 && i < 52 && c != '0';
		}
		return traceNonZero && parentNonZero ? traceparent.substring(3, 35) : null;
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
