package app.offers.parsing;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * Reads rupee amounts as offer texts write them: "₹1,500", "Rs. 24,990", "Rs.14999", "INR
 * 500", "₹1,00,000" (Indian grouping: one lakh), "₹1,499.50".
 */
public final class RupeeAmounts {

	/** A currency mark. */
	static final String CURRENCY = "(?:₹|\\bRs\\.?|\\bINR\\b)";

	/**
	 * Digits with Western ("1,500", "10,000") or Indian ("1,00,000") comma grouping, or
	 * plain, and up to two decimals; never followed by more digits, so "₹500,50" or
	 * "₹1.500" are not read as something else.
	 */
	static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d{1,2}(?:,\\d{2})+,\\d{3}|\\d+)(?:\\.(\\d{1,2}))?(?![\\d]|[.,]\\d)";

	/** A whole number as {@link #NUMBER} groups it, without decimals. */
	static final Pattern GROUPED = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d{1,2}(?:,\\d{2})+,\\d{3}|\\d{1,13}");

	/** An amount with its currency mark. */
	static final String AMOUNT = CURRENCY + "\\s*" + NUMBER;

	private static final Pattern NUMBER_ONLY = Pattern.compile("\\s*" + CURRENCY + "?\\s*" + NUMBER + "\\s*",
			Pattern.CASE_INSENSITIVE);

	private RupeeAmounts() {
	}

	/**
	 * Paise for the two groups of {@link #NUMBER} starting at {@code group}; -1 beyond a
	 * trillion rupees.
	 */
	static long paise(Matcher m, int group) {
		String rupees = m.group(group).replace(",", "");
		if (rupees.length() > 12) {
			return -1;
		}
		String fraction = m.group(group + 1);
		long paise = Long.parseLong(rupees) * 100;
		if (fraction != null) {
			paise += Long.parseLong(fraction.length() == 1 ? fraction + "0" : fraction);
		}
		return paise;
	}

	/** Paise for a whole string that is one amount ("₹10,00,000", "24990"), or null. */
	public static @Nullable Long parse(String text) {
		Matcher m = NUMBER_ONLY.matcher(text);
		if (!m.matches()) {
			return null;
		}
		long paise = paise(m, 1);
		return paise < 0 ? null : paise;
	}

}
