package app.offers.web.problems;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import app.offers.offer.ClientText;

/**
 * Reads the read endpoints' own parameters (paging bounds, flags), with messages a person
 * can act on; the domain's words (amounts, banks, instruments, ...) are read by
 * {@link app.offers.offer.Vocabulary}.
 */
public final class QueryParams {

	private QueryParams() {
	}

	/** A whole number within bounds, for paging; the default when absent. */
	public static int bounded(String name, @Nullable String value, int min, int max, int absent) {
		if (value == null) {
			return absent;
		}
		String v = value.trim();
		if (!v.matches("\\d{1,6}") || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
			throw BadRequest.parameter(name, name + " must be a whole number from " + min + " to " + max
					+ ", given once; got \"" + ClientText.echo(value) + "\".");
		}
		return Integer.parseInt(v);
	}

	/** true or false; null when absent. */
	public static @Nullable Boolean flag(String name, @Nullable String value) {
		if (value == null) {
			return null;
		}
		return switch (value.trim().toLowerCase(Locale.ROOT)) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw BadRequest.parameter(name,
					name + " must be true or false; got \"" + ClientText.echo(value) + "\".");
		};
	}

}
