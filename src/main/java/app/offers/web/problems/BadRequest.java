package app.offers.web.problems;

import java.util.Collection;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A request the client must change: answered 400 as problem+json with a detail a person
 * can act on.
 */
public class BadRequest extends ErrorResponseException {

	/** A request that is wrong as a whole (its shape, not one parameter). */
	public BadRequest(String detail) {
		this(ProblemType.INVALID_REQUEST, detail);
	}

	private BadRequest(ProblemType kind, String detail) {
		super(HttpStatus.BAD_REQUEST, Problems.detail(kind, 400, detail), null);
	}

	/** A body that is not the JSON the endpoint takes. */
	public static BadRequest body(String detail) {
		return new BadRequest(ProblemType.MALFORMED_BODY, detail);
	}

	/**
	 * A parameter that is missing, repeated or malformed; named in the {@code parameters}
	 * member.
	 */
	public static BadRequest parameter(String name, String detail) {
		BadRequest bad = new BadRequest(ProblemType.INVALID_PARAMETER, detail);
		bad.getBody().setProperty("parameters", List.of(name));
		return bad;
	}

	/**
	 * A parameter outside a fixed set of values, which the {@code acceptedValues} member
	 * lists.
	 */
	public static BadRequest parameter(String name, Collection<String> accepted, String detail) {
		BadRequest bad = parameter(name, detail);
		bad.getBody().setProperty("acceptedValues", List.copyOf(accepted));
		return bad;
	}

	/**
	 * Query parameters the endpoint does not read, named in {@code parameters}; the
	 * {@code acceptedParameters} member lists those it does.
	 */
	public static BadRequest unknownParameters(Collection<String> unknown, Collection<String> accepted, String detail) {
		BadRequest bad = new BadRequest(ProblemType.INVALID_PARAMETER, detail);
		bad.getBody().setProperty("parameters", List.copyOf(unknown));
		bad.getBody().setProperty("acceptedParameters", List.copyOf(accepted));
		return bad;
	}

	ProblemDetail problem() {
		return getBody();
	}

}
