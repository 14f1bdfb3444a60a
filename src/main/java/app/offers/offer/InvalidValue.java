package app.offers.offer;

import java.util.Collection;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A value the domain does not take, with a detail a person can act on: the field it came
 * in, and the accepted values when they are a fixed set. The web layer answers it 400.
 */
public class InvalidValue extends RuntimeException {

	private final String field;

	private final @Nullable List<String> accepted;

	public InvalidValue(String field, String detail) {
		super(detail, null, false, false);
		this.field = field;
		this.accepted = null;
	}

	public InvalidValue(String field, Collection<String> accepted, String detail) {
		super(detail, null, false, false);
		this.field = field;
		this.accepted = List.copyOf(accepted);
	}

	/** The field (a query parameter) that held the value. */
	public String field() {
		return field;
	}

	/** The values the field takes, when they are a fixed set; null otherwise. */
	public @Nullable List<String> accepted() {
		return accepted;
	}

}
