package app.offers.web.pipeline;

/**
 * An answer that writes its own JSON: a record of a few numbers, answered thousands of
 * times a second, for which Spring's content negotiation and a Jackson generator per
 * answer cost more than the rest of the request's work. The text must be exactly what
 * Jackson would write for the record (a test compares them); the mapping must declare
 * {@code produces = "application/json"}, so that a request that cannot take JSON never
 * gets here.
 */
public interface DirectJson {

	/**
	 * The answer as JSON, numbers and fixed names only: nothing that would need escaping.
	 */
	String json();

}
