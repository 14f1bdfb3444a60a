package app.offers.web.pipeline;

/** A query parameter an endpoint reads: its name and whether it must be given. */
public record QueryParameter(String name, boolean required) {

	public static QueryParameter required(String name) {
		return new QueryParameter(name, true);
	}

	public static QueryParameter optional(String name) {
		return new QueryParameter(name, false);
	}

}
