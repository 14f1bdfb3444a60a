package app.offers.web.problems;

import java.io.IOException;

/**
 * A request body read past the size limit: answered 413. Thrown by the filter that reads
 * the body, mapped by {@link ApiProblems}.
 */
public final class BodyTooLarge extends IOException {

	public BodyTooLarge(String message) {
		super(message);
	}

}
