package app.offers.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import tools.jackson.core.io.JsonStringEncoder;

/**
 * RFC 9457 problem+json written straight to a response, for answers given outside Spring MVC's exception
 * handling: by filters before a controller runs, and by the container itself.
 */
final class Problems {

	static final String CONTENT_TYPE = "application/problem+json";

	private Problems() {
	}

	static void write(HttpServletResponse response, int status, String title, String detail, String instance)
			throws IOException {
		response.setStatus(status);
		response.setContentType(CONTENT_TYPE);
		response.setCharacterEncoding("UTF-8");
		response.getWriter().write(json(status, title, detail, instance));
	}

	static String json(int status, String title, String detail, String instance) {
		return "{\"type\":\"about:blank\",\"title\":" + quoted(title) + ",\"status\":" + status + ",\"detail\":"
				+ quoted(detail) + ",\"instance\":" + quoted(instance) + "}";
	}

	/** Escaped: details and instances carry what the client sent. */
	private static String quoted(String text) {
		StringBuilder json = new StringBuilder(text.length() + 8).append('"');
		JsonStringEncoder.getInstance().quoteAsString(text, json);
		return json.append('"').toString();
	}
}
