package app.offers.web.problems;

import java.net.URI;

/**
 * Every kind of problem the service answers, each with its own {@code type} URI and one
 * fixed title (RFC 9457): a client branches on the type, shows the detail, and never
 * parses a title. Parameter problems also name the parameters in the extension member
 * {@code parameters}; a value outside a fixed set lists the {@code acceptedValues}.
 */
public enum ProblemType {

	INVALID_PARAMETER(400, "Invalid parameter"), MALFORMED_BODY(400, "Malformed request body"),
	INVALID_REQUEST(400, "Invalid request"), UNAUTHORIZED(401, "Unauthorized"),
	ORIGIN_NOT_ALLOWED(403, "Origin not allowed"), NOT_FOUND(404, "Not found"),
	METHOD_NOT_ALLOWED(405, "Method not allowed"), NOT_ACCEPTABLE(406, "Not acceptable"),
	REQUEST_TIMEOUT(408, "Request timeout"), CONTENT_TOO_LARGE(413, "Content too large"),
	UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"), TOO_MANY_OFFERS(422, "Too many offers"),
	TOO_MANY_UPLOADS(429, "Too many uploads"), HEADERS_TOO_LARGE(431, "Request headers too large"),
	INTERNAL_ERROR(500, "Internal server error"), NOT_IMPLEMENTED(501, "Not implemented"),
	/**
	 * A request line with an HTTP version the server does not speak: the client's
	 * mistake, not a fault.
	 */
	HTTP_VERSION_NOT_SUPPORTED(505, "HTTP version not supported"),
	/**
	 * The service is starting and cannot answer yet (the stored offers are still
	 * loading); with {@code Retry-After}.
	 */
	NOT_READY(503, "Not ready"), STORE_UNAVAILABLE(503, "Store unavailable"),
	/**
	 * The store failed while committing a write: it may hold it or not; the same payload
	 * may be posted again.
	 */
	OUTCOME_UNKNOWN(503, "Outcome unknown"), STORE_FULL(507, "Store full");

	/** Where every type URI starts; the rest is the kind in lower case with dashes. */
	public static final String PREFIX = "urn:flipkart-offers:problem:";

	private final int status;

	private final String title;

	private final URI type;

	ProblemType(int status, String title) {
		this.status = status;
		this.title = title;
		this.type = URI.create(PREFIX + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
	}

	public int status() {
		return status;
	}

	public String title() {
		return title;
	}

	public URI type() {
		return type;
	}

	/**
	 * The kind for a status when nothing more specific is known (errors the container or
	 * Spring answer).
	 */
	public static ProblemType forStatus(int status) {
		return switch (status) {
			case 401 -> UNAUTHORIZED;
			case 403 -> ORIGIN_NOT_ALLOWED;
			case 404 -> NOT_FOUND;
			case 405 -> METHOD_NOT_ALLOWED;
			case 406 -> NOT_ACCEPTABLE;
			case 408 -> REQUEST_TIMEOUT;
			case 413 -> CONTENT_TOO_LARGE;
			case 415 -> UNSUPPORTED_MEDIA_TYPE;
			case 422 -> TOO_MANY_OFFERS;
			case 429 -> TOO_MANY_UPLOADS;
			case 431 -> HEADERS_TOO_LARGE;
			case 501 -> NOT_IMPLEMENTED;
			case 503 -> STORE_UNAVAILABLE;
			case 507 -> STORE_FULL;
			case 505 -> HTTP_VERSION_NOT_SUPPORTED;
			default -> status >= 500 ? INTERNAL_ERROR : INVALID_REQUEST;
		};
	}

}
