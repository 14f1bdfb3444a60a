package app.offers.web.pipeline;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import app.offers.OffersProperties;
import app.offers.web.problems.BodyTooSlow;
import app.offers.web.problems.ProblemType;
import app.offers.web.problems.Problems;

/**
 * Bounds what slow uploads can hold. At most {@code offers.max-concurrent-uploads}
 * requests with a body (default 32) are let in at once, for their whole handling: writes
 * serialize on the store anyway. The next is answered 429 at once without reading its
 * body, so a flood of stalled uploads leaves the threads to everyone else. Reading one
 * body takes at most {@code offers.body-read-timeout} (default 15s) in all, or the
 * request is answered 408: Tomcat's connection timeout bounds each wait for bytes, this
 * bounds a client that trickles them.
 */
class UploadGate extends HttpFilter {

	private final int limit;

	private final Semaphore permits;

	private final Duration timeout;

	UploadGate(OffersProperties properties) {
		this.limit = properties.maxConcurrentUploads();
		this.permits = new Semaphore(limit);
		this.timeout = properties.bodyReadTimeout();
	}

	@Override
	protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() <= 0 && request.getHeader("Transfer-Encoding") == null) {
			chain.doFilter(request, response);
			return;
		}
		if (!permits.tryAcquire()) {
			response.setHeader("Retry-After", "1");
			// the body stays unread: the connection cannot carry another request
			response.setHeader("Connection", "close");
			Problems.write(response, ProblemType.TOO_MANY_UPLOADS, "More than " + limit + " uploads are under way "
					+ "(setting offers.max-concurrent-uploads); retry in a second.", request.getRequestURI());
			return;
		}
		try {
			long deadline = System.nanoTime() + timeout.toNanos();
			chain.doFilter(new WatchedBody(request, new WatchedBody.Watch() {

				@Override
				public void beforeRead() throws BodyTooSlow {
					if (System.nanoTime() - deadline > 0) {
						throw new BodyTooSlow(tooSlow());
					}
				}
			}), response);
		}
		finally {
			permits.release();
		}
	}

	private String tooSlow() {
		return "The request body did not arrive within " + timeout.toSeconds()
				+ "s (setting offers.body-read-timeout); send it without pauses.";
	}

}
