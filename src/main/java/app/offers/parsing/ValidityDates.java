package app.offers.parsing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.jspecify.annotations.Nullable;

import app.offers.offer.ClientText;
import tools.jackson.databind.JsonNode;

/**
 * Validity bounds from structured fields: ISO instants or dates, between 2000 and 2100.
 */
final class ValidityDates {

	/** Validity dates outside these years are not dates a real offer carries. */
	private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

	private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

	private ValidityDates() {
	}

	/**
	 * The bound in the first of these fields that has a text, or null; a date that is
	 * there but unreadable or out of range is a doubt on the draft rather than no bound,
	 * so the offer is never applied on a guess.
	 */
	static @Nullable Instant bound(JsonNode node, boolean end, DraftBuilder draft, String... fields) {
		String value = null;
		for (String field : fields) {
			JsonNode present = node.get(field);
			if (present != null && !present.isNull()) {
				// a date field holding a list, an object or a blank is no date: skipped,
				// the offer would have no bound
				value = present.isString() || present.isNumber() ? present.asString().trim() : "";
				break;
			}
		}
		if (value == null) {
			return null;
		}
		Instant at = value.length() > 40 ? null : instant(value, end);
		if (at == null || at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
			draft.doubt("a validity date that cannot be read: " + ClientText.cut(value, 40));
			return null;
		}
		return at;
	}

	/**
	 * An ISO instant or date; a bare date that ends validity means the end of that day in
	 * India.
	 */
	private static @Nullable Instant instant(String value, boolean end) {
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException e) {
			try {
				LocalDate day = LocalDate.parse(value);
				return (end ? day.plusDays(1) : day).atStartOfDay(INDIA).toInstant();
			}
			catch (DateTimeException ignored) {
				return null;
			}
		}
		catch (DateTimeException e) {
			return null;
		}
	}

}
