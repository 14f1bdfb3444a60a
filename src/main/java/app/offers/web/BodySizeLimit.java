package app.offers.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.util.unit.DataSize;

import app.offers.OffersProperties;

/**
 * Refuses request bodies above {@code offers.max-body-size} (default 5MB) with 413: by Content-Length before
 * reading anything, and while reading when the length was not declared (chunked uploads).
 */
class BodySizeLimit extends HttpFilter {

	/** Thrown while reading past the limit; answered 413 by {@link ApiProblems}. */
	static final class BodyTooLarge extends IOException {

		BodyTooLarge(String message) {
			super(message);
		}
	}

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
		// neither a length nor chunks: no body (RFC 9112 6.3), nothing to count, no wrapper on every read
		if (length < 0 && request.getHeader("Transfer-Encoding") == null) {
			chain.doFilter(request, response);
			return;
		}
		if (length > limit) {
			Problems.write(response, ProblemType.CONTENT_TOO_LARGE, message(), request.getRequestURI());
			return;
		}
		chain.doFilter(length >= 0 ? request : new Limited(request), response);
	}

	/** Counts what is read from a body of undeclared length. */
	private final class Limited extends HttpServletRequestWrapper {

		private @org.jspecify.annotations.Nullable ServletInputStream stream;

		Limited(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			if (stream == null) {
				ServletInputStream in = super.getInputStream();
				stream = new ServletInputStream() {

					private long read;

					@Override
					public int read() throws IOException {
						int b = in.read();
						if (b >= 0) {
							count(1);
						}
						return b;
					}

					@Override
					public int read(byte[] buffer, int offset, int length) throws IOException {
						int n = in.read(buffer, offset, length);
						if (n > 0) {
							count(n);
						}
						return n;
					}

					private void count(int n) throws BodyTooLarge {
						read += n;
						if (read > limit) {
							throw new BodyTooLarge(message());
						}
					}

					@Override
					public boolean isFinished() {
						return in.isFinished();
					}

					@Override
					public boolean isReady() {
						return in.isReady();
					}

					@Override
					public void setReadListener(ReadListener listener) {
						in.setReadListener(listener);
					}
				};
			}
			return stream;
		}
	}
}
