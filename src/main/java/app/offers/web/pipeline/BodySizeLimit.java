package app.offers.web.pipeline;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.util.unit.DataSize;

import app.offers.OffersProperties;
import app.offers.web.problems.BodyTooLarge;
import app.offers.web.problems.ProblemType;
import app.offers.web.problems.Problems;

/**
 * Refuses request bodies above {@code offers.max-body-size} (default 5MB) with 413: by
 * Content-Length before reading anything, and while reading when the length was not
 * declared (chunked uploads).
 */
class BodySizeLimit extends HttpFilter {

	private final long limit;

	private final String readable;

	BodySizeLimit(OffersProperties properties) {
		DataSize limit = properties.maxBodySize();
		this.limit = limit.toBytes();
		this.readable = limit.toString();
	}

	String message() {
		return "The request body is larger than the limit of " + readable
				+ " (setting offers.max-body-size); split the payload or raise the limit.";
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long length = request.getContentLengthLong();
		// neither a length nor chunks: no body (RFC 9112 6.3), nothing to count, no
		// wrapper on every read
		if (length < 0 && request.getHeader("Transfer-Encoding") == null) {
			chain.doFilter(request, response);
			return;
		}
		if (length > limit) {
			Problems.write(response, ProblemType.CONTENT_TOO_LARGE, message(), request.getRequestURI());
			return;
		}
		chain.doFilter(length >= 0 ? request : new WatchedBody(request, new WatchedBody.Watch() {

			/** What a body of undeclared length has given so far. */
			private long read;

			@Override
			public void afterRead(int bytes) throws BodyTooLarge {
				read += bytes;
				if (read > limit) {
					throw new BodyTooLarge(message());
				}
			}
		}), response);
	}

}
