package app.offers.web.problems;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import tools.jackson.databind.json.JsonMapper;

/**
 * RFC 9457 problem+json written straight to a response, for answers given outside Spring
 * MVC's exception handling: by filters before a controller runs, and by the container
 * itself.
 */
public final class Problems {

	public static final String CONTENT_TYPE = "application/problem+json";

	private Problems() {
	}

	public static void write(HttpServletResponse response, ProblemType kind, String detail, String instance)
			throws IOException {
		response.setStatus(kind.status());
		response.setContentType(CONTENT_TYPE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json(kind.status(), kind, detail, instance));
	}

	/**
	 * Problems outside Spring MVC are written by Jackson too, member by member as RFC
	 * 9457 orders them.
	 */
	private static final JsonMapper JSON = JsonMapper.builder().build();

	/**
	 * The problem as JSON; {@code status} may differ from the kind's own where the
	 * container chose it.
	 */
	public static String json(int status, ProblemType kind, String detail, String instance) {
		Map<String, Object> problem = new LinkedHashMap<>();
		problem.put("type", kind.type().toString());
		problem.put("title", kind.title());
		problem.put("status", status);
		problem.put("detail", detail);
		problem.put("instance", instance);
		return JSON.writeValueAsString(problem);
	}

	/**
	 * A problem for a status, typed and titled as {@link ProblemType} says, for Spring's
	 * own problem details.
	 */
	public static ProblemDetail detail(ProblemType kind, int status, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail);
		problem.setType(kind.type());
		problem.setTitle(kind.title());
		return problem;
	}

	/** What an error status tells the client, where nothing more specific is known. */
	public static String detail(int status) {
		return switch (status) {
			case 400 -> "The request is malformed: check the request line, the headers and the query string.";
			case 404 -> "There is nothing at this path.";
			case 405 -> "This method is not allowed on this path.";
			case 408 -> "The request did not arrive in time; send it without pauses.";
			case 413 -> "The request is larger than the service accepts.";
			case 500 -> "Something went wrong on our side; nothing was stored.";
			case 501 -> "This method is not implemented.";
			case 503 -> "The service is unavailable right now; retry shortly.";
			case 505 -> "The request line names an HTTP version this service does not speak: send HTTP/1.1.";
			default -> ProblemType.forStatus(status).title() + ".";
		};
	}

}
