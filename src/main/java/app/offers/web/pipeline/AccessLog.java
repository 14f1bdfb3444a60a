package app.offers.web.pipeline;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.slf4j.MDC;
import org.springframework.web.servlet.HandlerMapping;

/**
 * One line per request on standard output when {@code offers.access-log.enabled=true}
 * (off by default): method, path template (the mapping that answered,
 * {@code /offers/{id}}, never the raw path with its ids), status, milliseconds, the
 * request's {@code requestId} and, when the caller sent a W3C {@code traceparent}, its
 * {@code traceId}. Requests answered before a mapping was chosen (a filter's 400, 401,
 * 413 or 429, an unknown path) show {@code -}. With structured logs
 * ({@code logging.structured.format.console}) the line has the shape of the other lines
 * of that format: ECS (nested, with {@code service.name} and {@code ecs.version}) or
 * Logstash; any other format gets ECS.
 * <p>
 * Written in batches by {@link AccessLogWriter}, not through Logback: one Logback event
 * per request (its pattern layout, a copy of the MDC, a write to the console) cost more
 * CPU than a whole request to a bare Spring Boot application, and the benchmark runs with
 * this log on. Tomcat's access log valve is no alternative: it writes text of its own,
 * beside the logging system, so its lines could not have the other lines' structure.
 */
class AccessLog extends HttpFilter {

	/** The shapes a line takes, after {@code logging.structured.format.console}. */
	enum Format {

		TEXT, ECS, LOGSTASH;

		static Format of(String structuredFormat) {
			return switch (structuredFormat.strip().toLowerCase(java.util.Locale.ROOT)) {
				case "" -> TEXT;
				case "logstash" -> LOGSTASH;
				default -> ECS;
			};
		}

	}

	/** The service as the ECS lines name it (Spring Boot's own defaults). */
	record Service(String name, @Nullable String version) {
	}

	/** One request, as logged. */
	record Entry(long epochMillis, String requestId, @Nullable String traceId, String thread, String method,
			String template, int status, long nanos) {
	}

	private static final long PID = ProcessHandle.current().pid();

	private final AccessLogWriter writer = new AccessLogWriter();

	private final Format format;

	/** The line's constant part after the timestamp, for ECS: service and process. */
	private final String ecsService;

	AccessLog(Format format, Service service) {
		this.format = format;
		StringBuilder ecs = new StringBuilder("\"service\":{\"name\":\"");
		escaped(ecs, service.name());
		ecs.append('"');
		if (service.version() != null) {
			ecs.append(",\"version\":\"");
			escaped(ecs, service.version());
			ecs.append('"');
		}
		this.ecsService = ecs.append('}').toString();
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
			String requestId = MDC.get(RequestIds.REQUEST_ID);
			writer.write(line(new Entry(System.currentTimeMillis(), requestId != null ? requestId : "-",
					MDC.get(RequestIds.TRACE_ID), Thread.currentThread().getName(), request.getMethod(),
					template instanceof String path ? path : "-", status, System.nanoTime() - start)));
		}
	}

	String line(Entry e) {
		StringBuilder line = new StringBuilder(320);
		switch (format) {
			case TEXT -> {
				writer.timestamp(e.epochMillis(), line);
				line.append(" ACCESS [").append(e.requestId()).append("] ");
				message(line, e);
			}
			case ECS -> {
				line.append("{\"@timestamp\":\"");
				writer.timestamp(e.epochMillis(), line);
				line.append("\",\"log\":{\"level\":\"INFO\",\"logger\":\"access\"},\"process\":{\"pid\":")
					.append(PID)
					.append(",\"thread\":{\"name\":\"");
				escaped(line, e.thread());
				line.append("\"}},").append(ecsService).append(",\"message\":\"");
				message(line, e);
				line.append("\",\"requestId\":\"").append(e.requestId()).append('"');
				if (e.traceId() != null) {
					line.append(",\"traceId\":\"")
						.append(e.traceId())
						.append("\",\"trace\":{\"id\":\"")
						.append(e.traceId())
						.append("\"}");
				}
				line.append(",\"http\":{\"request\":{\"method\":\"")
					.append(e.method())
					.append("\"},\"response\":{\"status_code\":")
					.append(e.status())
					.append("},\"route\":\"");
				escaped(line, e.template());
				line.append("\"},\"event\":{\"duration\":")
					.append(e.nanos())
					.append("},\"ecs\":{\"version\":\"8.11\"}}");
			}
			case LOGSTASH -> {
				line.append("{\"@timestamp\":\"");
				writer.timestamp(e.epochMillis(), line);
				line.append("\",\"@version\":\"1\",\"message\":\"");
				message(line, e);
				line.append("\",\"logger_name\":\"access\",\"thread_name\":\"");
				escaped(line, e.thread());
				line.append("\",\"level\":\"INFO\",\"level_value\":20000,\"requestId\":\"")
					.append(e.requestId())
					.append('"');
				if (e.traceId() != null) {
					line.append(",\"traceId\":\"").append(e.traceId()).append('"');
				}
				line.append(",\"method\":\"").append(e.method()).append("\",\"route\":\"");
				escaped(line, e.template());
				line.append("\",\"status\":")
					.append(e.status())
					.append(",\"duration_ns\":")
					.append(e.nanos())
					.append('}');
			}
		}
		return line.append('\n').toString();
	}

	/**
	 * "GET /offers/{id} 200 0.412 ms": milliseconds with three decimals, without
	 * String.format.
	 */
	private static void message(StringBuilder line, Entry e) {
		long micros = e.nanos() / 1000;
		long fraction = micros % 1000;
		line.append(e.method()).append(' ');
		escaped(line, e.template());
		line.append(' ')
			.append(e.status())
			.append(' ')
			.append(micros / 1000)
			.append(fraction < 10 ? ".00" : fraction < 100 ? ".0" : ".")
			.append(fraction)
			.append(" ms");
	}

	/**
	 * Templates are the application's own paths, thread names and the service's name its
	 * own settings; quotes and backslashes are escaped all the same.
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
