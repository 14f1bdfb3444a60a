package app.offers.parsing;

import static app.offers.parsing.RupeeAmounts.AMOUNT;
import static app.offers.parsing.RupeeAmounts.CURRENCY;
import static app.offers.parsing.RupeeAmounts.NUMBER;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import app.offers.offer.CardNetworks;
import app.offers.offer.ClientText;
import app.offers.offer.DiscountTerms;
import app.offers.offer.Instruments;

/**
 * Reads discount terms out of the display text of an offer ("10% off up to ₹1,500 on HDFC
 * Bank Credit Card EMI, Min Txn Value: ₹5,000"). Pure: a string in, {@link TextTerms}
 * out.
 */
final class OfferTextReader {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final Pattern PERCENT = Pattern.compile("(?<![\\d.,])(\\d{1,3}(?:\\.\\d{1,2})?)\\s*%", FLAGS);

	private static final Pattern CAP = Pattern
		.compile("\\b(?:up\\s*to|upto|max(?:imum)?\\.?(?:\\s+discount)?" + "(?:\\s+of)?)\\s*:?\\s*" + AMOUNT, FLAGS);

	/**
	 * "Min Txn Value: ₹5,000", "Min. Txn Value", "Min TxnValue", "Min Order Value", "min.
	 * order ₹10,000".
	 */
	private static final Pattern MIN_LABEL = Pattern.compile("\\bmin(?:imum)?\\.?\\s*"
			+ "(?:(?:txn|trxn|transaction|order|booking|product|purchase|cart|spend)\\.?\\s*)?"
			+ "(?:(?:value|amount|amt)\\s*)?(?:of\\s*)?:?\\s*" + CURRENCY + "?\\s*" + NUMBER, FLAGS);

	/**
	 * "on orders of ₹24,990 and above", "Transactions of ₹4,990 and above", "cart value
	 * above ₹2999".
	 */
	private static final Pattern MIN_PHRASE = Pattern.compile("\\b(?:orders?|transactions?|txns?|trxns?|purchases?"
			+ "|payments?|cart(?:\\s+value)?|bookings?|spends?)\\s+(?:value\\s+)?(?:of\\s+|above\\s+|over\\s+"
			+ "|worth\\s+|of\\s+and\\s+above\\s+)(?:rs\\.?\\s*|inr\\s*)?"
			+ AMOUNT.replace(CURRENCY, "(?:₹|\\bRs\\.?|\\bINR\\b)?") + "(?:\\s*(?:and|&|or)\\s*(?:above|more))?",
			FLAGS);

	private static final Pattern ANY_AMOUNT = Pattern.compile(AMOUNT, FLAGS);

	/**
	 * A minimum the text announces: "Min Txn Value", "Min. Order", "minimum transaction".
	 */
	private static final Pattern MIN_WORDS = Pattern
		.compile("\\bmin(?:imum)?\\.?\\s*(?:txn|trxn|transaction|order" + "|booking|purchase|cart|spend)", FLAGS);

	/**
	 * Longer texts are not read at all (the offer is stored unreadable): real offer texts
	 * are under 200 characters, and a bound keeps every regular expression's work small.
	 */
	static final int MAX_TEXT_LENGTH = 1000;

	private static final Pattern TENURE_MIN = Pattern
		.compile("(\\d{1,2})\\s*(?:months?|m)\\s*(?:and|&)\\s*above" + "|(\\d{1,2})\\s*\\+\\s*months?", FLAGS);

	private static final Pattern TENURE_MAX = Pattern.compile("\\b(?:up\\s*to|upto)\\s*(\\d{1,2})\\s*months?", FLAGS);

	private static final Pattern TENURE_EXACT = Pattern.compile("\\b(\\d{1,2})\\s*months?\\s*tenures?", FLAGS);

	private static final Pattern NO_COST_EMI = Pattern
		.compile("\\bno[\\s-]*cost\\s*emi\\b|\\bzero[\\s-]*cost\\s*emi" + "|\\binterest[\\s-]*free\\s*emi", FLAGS);

	private static final Pattern CASHBACK = Pattern.compile("cash\\s*back", FLAGS);

	/**
	 * "valid till", "valid until", "valid up to", "valid through": an end date should
	 * follow.
	 */
	private static final Pattern VALID_TILL = Pattern
		.compile("\\bvalid\\s*(?:till|until|upto|up\\s*to|through)\\b" + "[\\s:,-]*", FLAGS);

	/** "31st Dec 2025", "31 December, 2025", "31st of Dec 2025", "31-Dec-2025". */
	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("(\\d{1,2})(?:st|nd|rd|th)?[\\s-]*(?:of\\s+)?" + "([a-z]+)\\.?,?[\\s-]*(\\d{4})(?!\\d)", FLAGS);

	/** "Dec 31, 2025", "December 31st 2025". */
	private static final Pattern MONTH_DAY_YEAR = Pattern
		.compile("([a-z]+)\\.?\\s*(\\d{1,2})(?:st|nd|rd|th)?,?\\s*" + "(\\d{4})(?!\\d)", FLAGS);

	private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})(?!\\d)");

	/** "valid up to 3 transactions", "valid upto 12 months": a count, not a date. */
	private static final Pattern COUNT_AHEAD = Pattern.compile(
			"\\d{1,3}\\s*(?:months?|times?|transactions?|txns?" + "|trxns?|cards?|users?|orders?|uses?|accounts?)\\b",
			FLAGS);

	private static final Pattern WORD = Pattern.compile("[a-z]+", FLAGS);

	private static final java.util.Map<String, Integer> MONTHS = months();

	private static final Instant EARLIEST_DATE = Instant.parse("2000-01-01T00:00:00Z");

	private static final Instant LATEST_DATE = Instant.parse("2100-01-01T00:00:00Z");

	private static final Pattern NETWORK = Pattern.compile(
			"\\b(visa|mastercard|master\\s*card|rupay|amex" + "|american\\s*express|diners(?:\\s*club)?)\\b", FLAGS);

	/**
	 * Instrument phrases, most specific first; each match is blanked before the next
	 * pattern runs.
	 */
	private static final Object[][] INSTRUMENT_PHRASES = { { "\\bnon[\\s-]*emi\\b", Set.of() },
			{ "\\bcredit\\s*(?:cards?)?\\s*(?:and|&|/|or)\\s*debit\\s*cards?\\s*emi\\b",
					Set.of(Instruments.EMI, Instruments.DEBIT_EMI) },
			{ "\\bdebit\\s*cards?\\s*emi\\b", Set.of(Instruments.DEBIT_EMI) },
			{ "\\bcredit\\s*(?:cards?)?\\s*emi\\b", Set.of(Instruments.EMI) }, { "\\bemi\\b", Set.of(Instruments.EMI) },
			{ "\\b(?:credit\\s*(?:cards?)?\\s*(?:/|and|&|or|,)\\s*debit|debit\\s*(?:cards?)?\\s*(?:/|and|&|or|,)\\s*credit)"
					+ "\\s*(?:/\\s*atm\\s*)?cards?\\b", Set.of(Instruments.CREDIT_CARD, Instruments.DEBIT) },
			{ "\\bdebit\\s*cards?\\b|debitcards?\\b", Set.of(Instruments.DEBIT) },
			{ "\\bcredit\\s*cards?\\b|creditcards?\\b|\\bcredit\\b", Set.of(Instruments.CREDIT_CARD) },
			{ "\\bupi\\b|\\bbhim\\b|\\bpaytm\\b|\\bphonepe\\b|\\bmobikwik\\b|\\bgoogle\\s*pay\\b|\\bgpay\\b",
					Set.of(Instruments.UPI) },
			{ "\\bnet\\s*-?\\s*banking\\b", Set.of(Instruments.NET_BANKING) }, };

	private static final Pattern[] INSTRUMENT_PATTERNS = new Pattern[INSTRUMENT_PHRASES.length];

	static {
		for (int i = 0; i < INSTRUMENT_PHRASES.length; i++) {
			INSTRUMENT_PATTERNS[i] = Pattern.compile((String) INSTRUMENT_PHRASES[i][0], FLAGS);
		}
	}

	private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

	/**
	 * Control characters, spaces of every width and invisible format characters
	 * (zero-width space, ...).
	 */
	private static final Pattern SPACING = Pattern.compile("[\\p{Cntrl}\\p{Zs}\\p{Cf}\\s]+");

	/**
	 * The keyword each instrument phrase needs, to skip phrases a text cannot contain.
	 */
	private static final String[] INSTRUMENT_KEYWORDS = { "emi", "emi", "emi", "emi", "emi", "debit", "debit", "credit",
			"", "net" };

	private OfferTextReader() {
	}

	static TextTerms read(String rawText) {
		String text = normalize(rawText);
		if (text.length() > MAX_TEXT_LENGTH) {
			return TextTerms.doubtful("a text longer than " + MAX_TEXT_LENGTH + " characters");
		}
		String doubt = TextDoubts.of(text);
		// cheap keyword checks first: most patterns cannot match a text without their
		// keyword, and regular
		// expressions with word boundaries are what parsing a large payload spends its
		// time on
		String lower = text.toLowerCase(Locale.ROOT);
		StringBuilder rest = new StringBuilder(text);

		Long min = lower.contains("min") ? firstAmount(MIN_LABEL, rest, 1) : null;
		if (min == null && hasAny(lower, "order", "transaction", "txn", "trxn", "purchase", "payment", "cart",
				"booking", "spend")) {
			min = firstAmount(MIN_PHRASE, rest, 1);
		}
		Long cap = hasAny(lower, "up", "max") ? firstAmount(CAP, rest, 1) : null;
		Integer percent = null;
		Matcher pm = PERCENT.matcher(rest);
		if (pm.find()) {
			int bps = new BigDecimal(pm.group(1)).movePointRight(2).intValueExact();
			if (DiscountTerms.isPercent(bps)) {
				percent = bps;
			}
		}
		Long flat = null;
		if (percent == null) {
			// whatever amount is left once minimums and caps are gone is the amount off:
			// "Flat ₹750",
			// "Extra ₹500 off", "₹10 Cashback", "Save ₹1,000"; "Up To ₹50 Cashback" gives
			// at most its cap
			flat = firstAmount(ANY_AMOUNT, rest, 1);
			if (flat == null && cap != null) {
				flat = cap;
				cap = null;
			}
		}

		Integer minMonths = null;
		Integer maxMonths = null;
		if (lower.contains("month")) {
			Matcher t = TENURE_MIN.matcher(text);
			if (t.find()) {
				minMonths = Integer.valueOf(t.group(1) != null ? t.group(1) : t.group(2));
			}
			else if ((t = TENURE_EXACT.matcher(text)).find()) {
				minMonths = Integer.valueOf(t.group(1));
				maxMonths = minMonths;
			}
			if ((t = TENURE_MAX.matcher(text)).find()) {
				maxMonths = Integer.valueOf(t.group(1));
			}
		}

		if (doubt == null && min == null && lower.contains("min") && MIN_WORDS.matcher(text).find()) {
			doubt = "a minimum that cannot be read";
		}
		boolean noCostEmi = hasAny(lower, "cost", "interest") && NO_COST_EMI.matcher(text).find();
		boolean cashback = lower.contains("cash");
		EndDate end = lower.contains("valid") ? validUntil(text) : EndDate.NONE;
		if (doubt == null) {
			doubt = end.doubt();
		}
		return new TextTerms(doubt, percent, flat, cap, min, minMonths, maxMonths,
				cashback && CASHBACK.matcher(text).find(), noCostEmi,
				noCostEmi ? emiInstruments(instruments(text, lower)) : instruments(text, lower),
				hasAny(lower, "visa", "master", "rupay", "amex", "american", "diners") ? networks(text) : Set.of(),
				end.at());
	}

	/**
	 * No Cost EMI is EMI on whatever cards the text names: debit cards mean debit-card
	 * EMI.
	 */
	private static Set<String> emiInstruments(Set<String> named) {
		Set<String> emi = new LinkedHashSet<>();
		if (named.contains(Instruments.DEBIT) || named.contains(Instruments.DEBIT_EMI)) {
			emi.add(Instruments.DEBIT_EMI);
		}
		// "EMI" itself is in every No Cost EMI text: only a named credit card keeps
		// credit-card EMI beside debit
		if (emi.isEmpty() || named.contains(Instruments.CREDIT_CARD)) {
			emi.add(Instruments.EMI);
		}
		return emi;
	}

	private static boolean hasAny(String lower, String... keywords) {
		for (String keyword : keywords) {
			if (lower.contains(keyword)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Collapses the spacing the payloads carry (runs of spaces, non-breaking spaces) into
	 * single spaces.
	 */
	static String normalize(String text) {
		// most texts have nothing to collapse; the regular expression was a tenth of a
		// large payload's parse
		return alreadyNormal(text) ? text : SPACING.matcher(text).replaceAll(" ").trim();
	}

	/**
	 * True when {@link #SPACING} and trimming would leave the text as it is: single plain
	 * spaces between other characters, none of them a control, a space of another kind or
	 * a format character. Surrogates go the long way, since the expression reads code
	 * points.
	 */
	private static boolean alreadyNormal(String text) {
		boolean afterSpace = true;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ' ') {
				if (afterSpace) {
					return false;
				}
				afterSpace = true;
			}
			else if (c < ' ' || (c >= 0x7f && isSpacing(c))) {
				return false;
			}
			else {
				afterSpace = false;
			}
		}
		return !afterSpace || text.isEmpty();
	}

	private static boolean isSpacing(char c) {
		int type = Character.getType(c);
		return type == Character.CONTROL || type == Character.SPACE_SEPARATOR || type == Character.FORMAT
				|| type == Character.SURROGATE;
	}

	/**
	 * The amount in the first match, which is blanked out of {@code rest} so it is not
	 * read twice.
	 */
	private static @Nullable Long firstAmount(Pattern pattern, StringBuilder rest, int group) {
		Matcher m = pattern.matcher(rest);
		while (m.find()) {
			long paise = RupeeAmounts.paise(m, group);
			blank(rest, m.start(), m.end());
			if (DiscountTerms.isMoney(paise)) {
				return paise;
			}
		}
		return null;
	}

	private static void blank(StringBuilder text, int from, int to) {
		for (int i = from; i < to; i++) {
			text.setCharAt(i, ' ');
		}
	}

	static Set<String> instruments(String text) {
		return instruments(text, text.toLowerCase(Locale.ROOT));
	}

	private static Set<String> instruments(String text, String lower) {
		Set<String> found = new LinkedHashSet<>();
		StringBuilder rest = new StringBuilder(text);
		for (int i = 0; i < INSTRUMENT_PATTERNS.length; i++) {
			if (!lower.contains(INSTRUMENT_KEYWORDS[i])) {
				continue;
			}
			Matcher m = INSTRUMENT_PATTERNS[i].matcher(rest);
			while (m.find()) {
				@SuppressWarnings("unchecked")
				Set<String> codes = (Set<String>) INSTRUMENT_PHRASES[i][1];
				found.addAll(codes);
				blank(rest, m.start(), m.end());
			}
		}
		return found;
	}

	private static Set<String> networks(String text) {
		Set<String> found = new LinkedHashSet<>();
		Matcher m = NETWORK.matcher(text);
		while (m.find()) {
			found.add(CardNetworks.canonical(m.group(1)));
		}
		return found;
	}

	/**
	 * An end date the text announces ("valid till 31st Dec 2025"), and why it cannot be
	 * read if it cannot.
	 */
	private record EndDate(@Nullable Instant at, @Nullable String doubt) {

		static final EndDate NONE = new EndDate(null, null);

	}

	/**
	 * "valid till 31st Dec 2025": the offer ends when that day ends in India. An end the
	 * text announces but that cannot be read (a misspelt month, an impossible day, no
	 * year, a numeric date in an order of its own) is a doubt, never "no end": read as
	 * none, it would make the offer permanent. Of several, the earliest.
	 */
	private static EndDate validUntil(String text) {
		Matcher m = VALID_TILL.matcher(text);
		Instant earliest = null;
		while (m.find()) {
			String ahead = text.substring(m.end(), Math.min(text.length(), m.end() + 40));
			if (COUNT_AHEAD.matcher(ahead).lookingAt()) {
				continue;
			}
			Instant at = date(ahead);
			if (at == null) {
				Matcher word = WORD.matcher(ahead);
				boolean announced = !ahead.isEmpty()
						&& (Character.isDigit(ahead.charAt(0)) || (word.lookingAt() && isMonthLike(word.group())));
				if (announced) {
					return new EndDate(null, "an end date that cannot be read: "
							+ ClientText.cut(text.substring(m.start(), Math.min(text.length(), m.end() + 20)), 60));
				}
				continue;
			}
			earliest = earliest == null || at.isBefore(earliest) ? at : earliest;
		}
		return earliest == null ? EndDate.NONE : new EndDate(earliest, null);
	}

	/**
	 * The end of the day a text starts with, in India; null when it does not start with a
	 * date read strictly.
	 */
	private static @Nullable Instant date(String ahead) {
		int year;
		Integer month;
		int day;
		Matcher m;
		if ((m = ISO_DATE.matcher(ahead)).lookingAt()) {
			year = Integer.parseInt(m.group(1));
			month = Integer.parseInt(m.group(2));
			day = Integer.parseInt(m.group(3));
		}
		else if ((m = DAY_MONTH_YEAR.matcher(ahead)).lookingAt()) {
			day = Integer.parseInt(m.group(1));
			month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
			year = Integer.parseInt(m.group(3));
		}
		else if ((m = MONTH_DAY_YEAR.matcher(ahead)).lookingAt()) {
			month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
			day = Integer.parseInt(m.group(2));
			year = Integer.parseInt(m.group(3));
		}
		else {
			return null;
		}
		if (month == null) {
			return null;
		}
		try {
			Instant end = LocalDate.of(year, month, day).plusDays(1).atStartOfDay(INDIA).toInstant();
			return end.isBefore(EARLIEST_DATE) || end.isAfter(LATEST_DATE) ? null : end;
		}
		catch (java.time.DateTimeException impossible) {
			return null;
		}
	}

	/**
	 * A word that is, or looks like an attempt at, a month: one of their names, or three
	 * letters of one.
	 */
	private static boolean isMonthLike(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return MONTHS.containsKey(lower) || (lower.length() >= 3 && MONTHS.containsKey(lower.substring(0, 3)));
	}

	/** Month names and their usual abbreviations, lower case. */
	private static java.util.Map<String, Integer> months() {
		java.util.Map<String, Integer> months = new java.util.HashMap<>();
		for (java.time.Month month : java.time.Month.values()) {
			String name = month.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH)
				.toLowerCase(Locale.ROOT);
			months.put(name, month.getValue());
			months.put(name.substring(0, 3), month.getValue());
		}
		months.put("sept", 9);
		return java.util.Map.copyOf(months);
	}

}
