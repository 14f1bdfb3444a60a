package app.offers.parsing;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import app.offers.offer.DiscountTerms;

/**
 * Why an offer text cannot be read with confidence, if it cannot. The reader would
 * otherwise guess: skip a cap it cannot read and apply the percent uncapped, read "₹5
 * 000" as ₹5, or "1050%" as 50%. A doubtful text makes its offer unreadable (stored,
 * counted, never applied): when in doubt the service answers less, never more.
 */
final class TextDoubts {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern MONEY_MARK = Pattern.compile("₹|\\bRs\\.?|\\bINR\\b", FLAGS);

	/**
	 * Words that announce a cap: what follows must be an amount (or, for "up to", a
	 * tenure).
	 */
	private static final Pattern CAP_WORDS = Pattern.compile("\\b(?:up\\s*to|upto)\\b|\\bmax(?:imum)?\\.?\\s*"
			+ "(?:discount|cashback|benefit)\\b(?:\\s+(?:of|per\\s+(?:txn|transaction|order)))?", FLAGS);

	private static final Pattern AMOUNT_AHEAD = Pattern.compile("\\s*:?\\s*(?:₹|\\bRs\\.?|\\bINR\\b)\\s*\\d", FLAGS);

	private static final Pattern TENURE_AHEAD = Pattern.compile("\\s*\\d{1,2}\\s*(?:months?|m)\\b", FLAGS);

	private static final Pattern VALIDITY_BEHIND = Pattern.compile("valid\\s*$", FLAGS);

	/** "0% interest", "0% p.a.": about interest, not an amount off. */
	private static final Pattern INTEREST_AHEAD = Pattern.compile("\\s*(?:interest|p\\.?\\s*a\\b)", FLAGS);

	private TextDoubts() {
	}

	/** Why the (normalized) text cannot be read with confidence; null when it can. */
	static @Nullable String of(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (Character.isDigit(c) && (c < '0' || c > '9')) {
				return "digits other than 0-9";
			}
		}
		String doubt = money(text);
		if (doubt == null) {
			doubt = percents(text);
		}
		if (doubt == null) {
			doubt = caps(text);
		}
		return doubt;
	}

	/** Every amount after a currency mark is a well-formed number within range, alone. */
	private static @Nullable String money(String text) {
		Matcher m = MONEY_MARK.matcher(text);
		while (m.find()) {
			if (m.start() > 0 && isMinus(text.charAt(m.start() - 1))) {
				return "a negative amount";
			}
			int i = skipSpaces(text, m.end());
			if (i == text.length() || !isDigit(text.charAt(i))) {
				if (i < text.length() && (isMinus(text.charAt(i)) || text.charAt(i) == '+')) {
					return "a signed amount";
				}
				if (m.group().equals("₹")) {
					return "\"₹\" without an amount";
				}
				continue;
			}
			int j = i;
			while (j < text.length() && (isDigit(text.charAt(j)) || text.charAt(j) == ',')) {
				j++;
			}
			int wholeEnd = j;
			while (wholeEnd > i && text.charAt(wholeEnd - 1) == ',') {
				// a comma after the number is punctuation: "up to ₹1,500, on orders of
				// ..."
				wholeEnd--;
			}
			String whole = text.substring(i, wholeEnd);
			if (!RupeeAmounts.GROUPED.matcher(whole).matches()) {
				return "an amount with odd grouping: " + text.substring(m.start(), Math.min(text.length(), j + 3));
			}
			int decimals = 0;
			if (j + 1 < text.length() && text.charAt(j) == '.' && isDigit(text.charAt(j + 1))) {
				j++;
				while (j < text.length() && isDigit(text.charAt(j))) {
					j++;
					decimals++;
				}
				if (decimals > 2) {
					return "an amount with more than 2 decimals";
				}
			}
			if (wholeEnd == j || decimals > 0) {
				int k = skipSpaces(text, j);
				if (k > j && k < text.length() && isDigit(text.charAt(k))) {
					return "an amount split by a space";
				}
				if (k < text.length() && text.charAt(k) == '%') {
					return "an amount followed by a percent sign";
				}
				if (k == j && j + 1 < text.length() && (text.charAt(j) == 'e' || text.charAt(j) == 'E')
						&& (isDigit(text.charAt(j + 1)) || text.charAt(j + 1) == '+' || isMinus(text.charAt(j + 1)))) {
					return "an amount in scientific notation";
				}
			}
			long rupees = Long.parseLong(whole.replace(",", ""));
			if (rupees > DiscountTerms.MAX_MONEY_PAISE / 100) {
				return "an amount beyond ₹10 crore";
			}
		}
		return null;
	}

	/**
	 * Every percent is a number from more than 0 to 100, with at most 2 decimals,
	 * unsigned.
	 */
	private static @Nullable String percents(String text) {
		for (int p = text.indexOf('%'); p >= 0; p = text.indexOf('%', p + 1)) {
			int end = p;
			while (end > 0 && text.charAt(end - 1) == ' ') {
				end--;
			}
			int start = end;
			while (start > 0 && (isDigit(text.charAt(start - 1)) || text.charAt(start - 1) == '.'
					|| text.charAt(start - 1) == ',')) {
				start--;
			}
			String number = text.substring(start, end);
			char before = start > 0 ? text.charAt(start - 1) : ' ';
			if (number.isEmpty()) {
				return "a percent without a number";
			}
			if (isMinus(before) || before == '+') {
				return "a signed percent";
			}
			if ((before == 'e' || before == 'E') && start >= 2 && isDigit(text.charAt(start - 2))) {
				return "a percent in scientific notation";
			}
			if (!number.matches("\\d{1,3}(?:\\.\\d{1,2})?")) {
				return "a malformed percent: " + number + "%";
			}
			long bps = new java.math.BigDecimal(number).movePointRight(2).longValueExact();
			if (bps == 0 && INTEREST_AHEAD.matcher(text).region(p + 1, text.length()).lookingAt()) {
				continue;
			}
			if (!DiscountTerms.isPercent(bps)) {
				return "a percent outside (0, 100]: " + number + "%";
			}
		}
		return null;
	}

	/**
	 * "up to" and "max. discount" are followed by an amount ("up to" also by a tenure:
	 * "up to 12 months").
	 */
	private static @Nullable String caps(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		if (!lower.contains("up") && !lower.contains("max")) {
			return null;
		}
		Matcher m = CAP_WORDS.matcher(text);
		while (m.find()) {
			boolean upTo = m.group().toLowerCase(Locale.ROOT).startsWith("up");
			if (AMOUNT_AHEAD.matcher(text).region(m.end(), text.length()).lookingAt()) {
				continue;
			}
			if (upTo && (TENURE_AHEAD.matcher(text).region(m.end(), text.length()).lookingAt()
					|| VALIDITY_BEHIND.matcher(text).region(0, m.start()).find())) {
				continue;
			}
			return "\"" + m.group() + "\" without a readable amount";
		}
		return null;
	}

	private static int skipSpaces(String text, int from) {
		int i = from;
		while (i < text.length() && text.charAt(i) == ' ') {
			i++;
		}
		return i;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isMinus(char c) {
		return c == '-' || c == '\u2212';
	}

}
