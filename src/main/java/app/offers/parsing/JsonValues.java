package app.offers.parsing;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;

import tools.jackson.databind.JsonNode;

/**
 * Reading values out of a payload that gives strings, numbers, arrays or nothing where
 * one would expect any.
 */
final class JsonValues {

	private JsonValues() {
	}

	/** A non-blank string (or number) value, trimmed; null otherwise. */
	static @Nullable String text(@Nullable JsonNode node) {
		if (node == null || !(node.isString() || node.isNumber())) {
			return null;
		}
		String value = node.asString().trim();
		return value.isEmpty() ? null : value;
	}

	/** The text of the first of these fields that has one. */
	static @Nullable String firstText(JsonNode node, String... fields) {
		for (String field : fields) {
			String value = text(node.get(field));
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/** The first of these fields that is there and not null, whatever it holds. */
	static @Nullable JsonNode firstPresent(JsonNode node, String... fields) {
		for (String field : fields) {
			JsonNode value = node.get(field);
			if (value != null && !value.isNull()) {
				return value;
			}
		}
		return null;
	}

	/** Texts of a field that may hold one string or an array of them. */
	static List<String> strings(@Nullable JsonNode node) {
		List<String> out = new ArrayList<>();
		if (node == null) {
			return out;
		}
		if (node.isArray()) {
			for (JsonNode element : node.values()) {
				String value = text(element);
				if (value != null) {
					out.add(value);
				}
			}
		}
		else {
			String value = text(node);
			if (value != null) {
				out.add(value);
			}
		}
		return out;
	}

	/**
	 * A finite number as a BigDecimal; null for anything else (Jackson reads 1e999999 as
	 * infinity).
	 */
	static @Nullable BigDecimal decimal(JsonNode node) {
		if (!node.isNumber() || ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue()))) {
			return null;
		}
		try {
			return node.decimalValue();
		}
		catch (RuntimeException e) {
			// a number Jackson cannot give as a BigDecimal is no amount to trust
			return null;
		}
	}

	/**
	 * A plain decimal written as text ("12.5"); null for anything else, and for texts too
	 * long to be one.
	 */
	static @Nullable BigDecimal decimal(String text) {
		if (text.length() > 40) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

}
