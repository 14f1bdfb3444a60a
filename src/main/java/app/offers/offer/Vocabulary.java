package app.offers.offer;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The domain's words as a shopper's page or an integrator writes them: an amount in
 * rupees, a bank, a payment instrument, a card network, an EMI tenure and an offer
 * status, each read to its code or refused with an {@link InvalidValue} that names the
 * field, says what it takes and lists the accepted values where there is a fixed set.
 */
public final class Vocabulary {

	private Vocabulary() {
	}

	/**
	 * amountToPay in paise: a positive decimal with at most two places, at most
	 * 1,000,000,000. Read by hand, not by a regular expression: this runs on every
	 * discount query.
	 */
	public static long amountPaise(String name, String value) {
		int from = 0;
		int to = value.length();
		while (from < to && value.charAt(from) == ' ') {
			from++;
		}
		while (to > from && value.charAt(to - 1) == ' ') {
			to--;
		}
		long rupees = 0;
		int digits = 0;
		int i = from;
		for (; i < to && digits <= 10; i++) {
			char c = value.charAt(i);
			if (c < '0' || c > '9') {
				break;
			}
			rupees = rupees * 10 + (c - '0');
			digits++;
		}
		long paise = rupees * 100;
		boolean ok = digits >= 1 && digits <= 10;
		if (ok && i < to) {
			int decimals = to - i - 1;
			ok = value.charAt(i) == '.' && decimals >= 1 && decimals <= 2;
			for (int d = 0; ok && d < decimals; d++) {
				char c = value.charAt(i + 1 + d);
				ok = c >= '0' && c <= '9';
				paise += (c - '0') * (d == 0 ? 10 : 1);
			}
		}
		if (!ok) {
			throw new InvalidValue(name, name + " must be a positive amount in rupees with at most 2 decimal places, "
					+ "given once (e.g. 12999 or 925.50); got \"" + ClientText.echo(value) + "\".");
		}
		if (paise <= 0) {
			throw new InvalidValue(name, name + " must be greater than 0; got \"" + ClientText.echo(value) + "\".");
		}
		if (paise > DiscountTerms.MAX_AMOUNT_PAISE) {
			throw new InvalidValue(name,
					name + " must be at most 1000000000 rupees; got \"" + ClientText.echo(value) + "\".");
		}
		return paise;
	}

	/**
	 * The canonical code of a bank name such as "HDFC", "hdfc bank" or "State Bank of
	 * India".
	 */
	public static String bank(String name, String value) {
		String code = allowed(value, "&.-_()") ? Banks.canonical(value) : "";
		if (code.isEmpty()) {
			throw new InvalidValue(name, name + " must be a bank name or code such as HDFC or \"State Bank of India\": "
					+ "1 to 64 letters, digits, spaces or &.-_() given once; got \"" + ClientText.echo(value) + "\".");
		}
		return code;
	}

	/**
	 * The canonical code of an instrument such as CREDIT, EMI_OPTIONS, UPI or "credit
	 * card"; null when absent. An instrument this service does not know is refused rather
	 * than answered 0: a typo would look like "no offer".
	 */
	public static @Nullable String instrument(String name, @Nullable String value) {
		if (value == null) {
			return null;
		}
		String code = allowed(value, "_-/") ? Instruments.canonical(value) : "";
		if (!Instruments.known(code)) {
			throw new InvalidValue(name, Instruments.knownCodes(), name + " must be one of "
					+ String.join(", ", Instruments.knownCodes())
					+ ", or a name for one such as \"credit card\", \"debit card\", EMI or \"net banking\", given "
					+ "once; got \"" + ClientText.echo(value) + "\".");
		}
		return code;
	}

	/** An EMI tenure in months, 1 to 60; null when absent. */
	public static @Nullable Integer emiMonths(String name, @Nullable String value) {
		if (value == null) {
			return null;
		}
		String v = value.trim();
		if (!v.matches("\\d{1,2}") || Integer.parseInt(v) < 1 || Integer.parseInt(v) > 60) {
			throw new InvalidValue(name, name + " must be a whole number of months from 1 to 60, given once; got \""
					+ ClientText.echo(value) + "\".");
		}
		return Integer.valueOf(v);
	}

	/**
	 * A card network such as VISA, MASTERCARD, RUPAY, AMEX or DINERS, or a name for one;
	 * null when absent.
	 */
	public static @Nullable String cardNetwork(String name, @Nullable String value) {
		if (value == null) {
			return null;
		}
		String code = allowed(value, "_-") ? CardNetworks.canonical(value) : "";
		if (!CardNetworks.known(code)) {
			List<String> accepted = CardNetworks.knownCodes();
			throw new InvalidValue(name, accepted,
					name + " must be one of " + String.join(", ", accepted)
							+ " (any case; also \"American Express\", \"Diners Club\"), given once; got \""
							+ ClientText.echo(value) + "\".");
		}
		return code;
	}

	/**
	 * An offer status (ACTIVE, UPCOMING, EXPIRED, RETIRED, WITHDRAWN; any case); null
	 * when absent.
	 */
	public static @Nullable OfferStatus status(String name, @Nullable String value) {
		if (value == null) {
			return null;
		}
		String v = value.trim();
		for (OfferStatus s : OfferStatus.values()) {
			if (s.code().equalsIgnoreCase(v)) {
				return s;
			}
		}
		throw new InvalidValue(name, OfferStatus.codes(), name + " must be one of "
				+ String.join(", ", OfferStatus.codes()) + ", given once; got \"" + ClientText.echo(value) + "\".");
	}

	/**
	 * 1 to 64 characters (spaces around not counted): ASCII letters, digits, spaces and
	 * the given marks.
	 */
	private static boolean allowed(String value, String marks) {
		String v = value.strip();
		if (v.isEmpty() || v.length() > 64) {
			return false;
		}
		for (int i = 0; i < v.length(); i++) {
			char c = v.charAt(i);
			boolean ok = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ' '
					|| marks.indexOf(c) >= 0;
			if (!ok) {
				return false;
			}
		}
		return true;
	}

}
