package app.offers.web.problems;

import java.io.IOException;

/**
 * A request body read past its deadline: answered 408. Thrown by the filter that reads
 * the body, mapped by {@link ApiProblems}.
 */
public final class BodyTooSlow extends IOException {

	public BodyTooSlow(String message) {
		super(message);
	}

}
