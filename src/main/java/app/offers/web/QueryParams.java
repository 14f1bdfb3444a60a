package app.offers.web;

import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import app.offers.offer.Banks;
import app.offers.offer.Instruments;

/** Validates and canonicalizes the query parameters of the read endpoints, with messages a person can act on. */
public final class QueryParams {

	/** A billion rupees: far above any cart, and the products stay within a long. */
	public static final long MAX_AMOUNT_PAISE = 1_000_000_000_00L;

	private static final Pattern AMOUNT = Pattern.compile("\\d{1,10}(\\.\\d{1,2})?");

	private static final Pattern BANK = Pattern.compile("[A-Za-z0-9 &.\\-_()]{1,64}");

	private static final Pattern INSTRUMENT = Pattern.compile("[A-Za-z0-9 _\\-/]{1,64}");

	private QueryParams() {
	}

	/** amountToPay in paise: a positive decimal with at most two places, at most 1,000,000,000. */
	public static long amountPaise(String name, String value) {
		String v = value.trim();
		if (!AMOUNT.matcher(v).matches()) {
			throw new BadRequest(name + " must be a positive amount in rupees with at most 2 decimal places, "
					+ "given once (e.g. 12999 or 925.50); got \"" + shorten(value) + "\".");
		}
		int dot = v.indexOf('.');
		long rupees = Long.parseLong(dot < 0 ? v : v.substring(0, dot));
		String fraction = dot < 0 ? "" : v.substring(dot + 1);
		long paise = rupees * 100 + (fraction.isEmpty() ? 0 : Long.parseLong((fraction + "0").substring(0, 2)));
		if (paise <= 0) {
			throw new BadRequest(name + " must be greater than 0; got \"" + shorten(value) + "\".");
		}
		if (paise > MAX_AMOUNT_PAISE) {
			throw new BadRequest(name + " must be at most 1000000000 rupees; got \"" + shorten(value) + "\".");
		}
		return paise;
	}

	/** The canonical code of a bank name such as "HDFC", "hdfc bank" or "State Bank of India". */
	public static String bank(String value) {
		String v = value.trim();
		if (!BANK.matcher(v).matches() || Banks.canonical(v).isEmpty()) {
			throw new BadRequest("bankName must be a bank name or code such as HDFC or \"State Bank of India\": "
					+ "1 to 64 letters, digits, spaces or &.-_() given once; got \"" + shorten(value) + "\".");
		}
		return Banks.canonical(v);
	}

	/** The canonical code of an instrument such as CREDIT, EMI_OPTIONS, UPI or "credit card"; null when absent. */
	public static @Nullable String instrument(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String v = value.trim();
		if (!INSTRUMENT.matcher(v).matches() || Instruments.canonical(v).isEmpty()) {
			throw new BadRequest("paymentInstrument must be an instrument such as CREDIT, DEBIT, EMI_OPTIONS, "
					+ "NET_OPTIONS or UPI: 1 to 64 letters, digits, spaces or _-/ given once; got \"" + shorten(value)
					+ "\".");
		}
		return Instruments.canonical(v);
	}

	/** An EMI tenure in months, 1 to 60; null when absent. */
	public static @Nullable Integer emiMonths(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String v = value.trim();
		if (!v.matches("\\d{1,2}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > 60) {
			throw new BadRequest("emiMonths must be a whole number of months from 1 to 60, given once; got \""
					+ shorten(value) + "\".");
		}
		return Integer.valueOf(v);
	}

	/** A card network such as VISA, MASTERCARD, RUPAY, AMEX or DINERS; null when absent. */
	public static @Nullable String cardNetwork(@Nullable String value) {
		if (value == null) {
			return null;
		}
		String v = value.trim().toUpperCase(java.util.Locale.ROOT).replaceAll("[\\s_-]", "");
		if (!v.matches("[A-Z]{2,20}")) {
			throw new BadRequest("cardNetwork must be a card network such as VISA, MASTERCARD or RUPAY, given once; "
					+ "got \"" + shorten(value) + "\".");
		}
		return switch (v) {
			case "AMERICANEXPRESS" -> "AMEX";
			case "DINERSCLUB" -> "DINERS";
			case "MASTER" -> "MASTERCARD";
			default -> v;
		};
	}

	/** A whole number within bounds, for paging; the default when absent. */
	public static int bounded(String name, @Nullable String value, int min, int max, int absent) {
		if (value == null) {
			return absent;
		}
		String v = value.trim();
		if (!v.matches("\\d{1,6}") || Integer.parseInt(v) < min || Integer.parseInt(v) > max) {
			throw new BadRequest(name + " must be a whole number from " + min + " to " + max + ", given once; got \""
					+ shorten(value) + "\".");
		}
		return Integer.parseInt(v);
	}

	/** true or false; null when absent. */
	public static @Nullable Boolean flag(String name, @Nullable String value) {
		if (value == null) {
			return null;
		}
		return switch (value.trim().toLowerCase(java.util.Locale.ROOT)) {
			case "true" -> Boolean.TRUE;
			case "false" -> Boolean.FALSE;
			default -> throw new BadRequest(name + " must be true or false; got \"" + shorten(value) + "\".");
		};
	}

	/** A value as it may be echoed back: printable and short. */
	static String shorten(String value) {
		String printable = value.replaceAll("\\p{Cntrl}", "?");
		return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
	}
}
