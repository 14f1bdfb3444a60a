package app.offers.web.pipeline;

import java.io.IOException;
import java.io.Writer;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.servlet.ServletException;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;
import org.apache.tomcat.util.res.StringManager;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.autoconfigure.ServerProperties;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import app.offers.web.problems.ProblemType;
import app.offers.web.problems.Problems;

/**
 * Tomcat around the application: what it answers itself, before the application sees a
 * request (a request line or headers too large, an invalid URI), is problem+json like the
 * rest of the API, never an HTML page naming the server; and a body left unread after an
 * error is not waited for.
 */
@Component
class TomcatSetup implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

	/** As people write it: 8KB. */
	private final String maxHeaderSize;

	TomcatSetup(ServerProperties server) {
		DataSize maxHeaderSize = server.getMaxHttpRequestHeaderSize();
		this.maxHeaderSize = maxHeaderSize.toBytes() % 1024 == 0 ? maxHeaderSize.toKilobytes() + "KB"
				: maxHeaderSize.toString();
	}

	@Override
	public void customize(TomcatServletWebServerFactory factory) {
		factory.addEngineValves(new NoSwallowAfterErrors());
		factory.addContextCustomizers(context -> {
			StandardHost host = (StandardHost) context.getParent();
			Pipeline pipeline = host.getPipeline();
			for (Valve valve : pipeline.getValves()) {
				if (valve instanceof ErrorReportValve) {
					pipeline.removeValve(valve);
				}
			}
			// the host adds its default valve at start unless one of the named class is
			// there
			host.setErrorReportValveClass(ProblemReportValve.class.getName());
			pipeline.addValve(new ProblemReportValve(maxHeaderSize));
		});
	}

	/** After Spring Boot's own customizer, whose error report valve this replaces. */
	@Override
	public int getOrder() {
		return Ordered.LOWEST_PRECEDENCE;
	}

	/**
	 * Tomcat reads and discards a body the application left unread, to keep the
	 * connection for another request. A client that declared a body and stalls would then
	 * hold the thread for the connection timeout after its answer, and one that trickles,
	 * for hours. Tomcat closes instead after some statuses (400, 408, 413, ...), not
	 * after 401, 404, 415 or 429: after any error answer, close instead. Not after a
	 * success, which Tomcat would then turn into a 500.
	 */
	static final class NoSwallowAfterErrors extends ValveBase {

		NoSwallowAfterErrors() {
			super(true);
		}

		@Override
		public void invoke(Request request, Response response) throws IOException, ServletException {
			getNext().invoke(request, response);
			if (response.getStatus() < 400 || request.isAsync()) {
				return;
			}
			AtomicBoolean read = new AtomicBoolean(true);
			request.getCoyoteRequest().action(ActionCode.REQUEST_BODY_FULLY_READ, read);
			if (!read.get()) {
				if (!response.isCommitted()) {
					response.setHeader("Connection", "close");
				}
				request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
			}
		}

	}

	/** Tomcat's error report as problem+json. */
	static final class ProblemReportValve extends ErrorReportValve {

		/**
		 * Tomcat's message for a request line or headers above the limit, in the locale
		 * Tomcat uses.
		 */
		private static final String TOO_LARGE = StringManager.getManager("org.apache.coyote.http11")
			.getString("iib.requestheadertoolarge.error");

		private final String maxHeaderSize;

		ProblemReportValve(String maxHeaderSize) {
			this.maxHeaderSize = maxHeaderSize;
		}

		@Override
		protected void report(Request request, Response response, @Nullable Throwable throwable) {
			int status = response.getStatus();
			// as the base class: an error nobody answered yet, on a connection that can
			// still take an answer
			if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
				return;
			}
			AtomicBoolean ioAllowed = new AtomicBoolean();
			response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
			if (!ioAllowed.get()) {
				return;
			}
			String uri = request.getRequestURI();
			String detail = Problems.detail(status);
			if (throwable instanceof IllegalArgumentException && TOO_LARGE.equals(throwable.getMessage())) {
				// the request line parsed means the headers overflowed; else the path and
				// query did
				if (uri != null && !uri.isEmpty()) {
					status = 431;
					detail = "The request headers are larger than the limit of " + maxHeaderSize
							+ " (request line and headers together).";
				}
				else {
					detail = "The request line is longer than the limit of " + maxHeaderSize
							+ ": shorten the path and the query string.";
				}
			}
			try {
				response.setStatus(status);
				response.setContentType(Problems.CONTENT_TYPE);
				response.setCharacterEncoding("UTF-8");
				Writer writer = response.getReporter();
				if (writer != null) {
					writer.write(Problems.json(status, ProblemType.forStatus(status), detail, uri == null ? "" : uri));
					response.finishResponse();
				}
			}
			catch (IOException | IllegalStateException clientGone) {
				// nothing more to tell a client that cannot be written to
			}
		}

	}

}
