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

	/** A value as it may be echoed back: printable and short. */
	static String shorten(String value) {
		String printable = value.replaceAll("\\p{Cntrl}", "?");
		return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
	}
}
