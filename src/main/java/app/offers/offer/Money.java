package app.offers.offer;

import java.math.BigDecimal;

/**
 * How the service writes paise and basis points for people: rupees and percent as exact
 * numbers without trailing zeros, and rupees in the words of an Indian price tag
 * ("₹1,00,000").
 */
public final class Money {

	private Money() {
	}

	/** Paise as rupees: 150000 is 1500, 150050 is 1500.5, 150055 is 1500.55. */
	public static BigDecimal rupees(long paise) {
		return hundredths(paise);
	}

	/** Basis points as a percent: 1000 is 10, 750 is 7.5, 1025 is 10.25. */
	public static BigDecimal percent(int bps) {
		return hundredths(bps);
	}

	/**
	 * Paise as rupees with Indian grouping (lakh and crore), paise shown only when there
	 * are some.
	 */
	public static String words(long paise) {
		if (paise < 0) {
			return "-" + words(-paise);
		}
		String whole = Long.toString(paise / 100);
		StringBuilder grouped = new StringBuilder();
		int n = whole.length();
		for (int i = 0; i < n; i++) {
			grouped.append(whole.charAt(i));
			int left = n - 1 - i;
			// the last three digits form one group, every two before them another
			if (left > 0 && (left == 3 || (left > 3 && (left - 3) % 2 == 0))) {
				grouped.append(',');
			}
		}
		long fraction = paise % 100;
		return "₹" + grouped + (fraction == 0 ? "" : (fraction < 10 ? ".0" : ".") + fraction);
	}

	private static BigDecimal hundredths(long value) {
		BigDecimal exact = BigDecimal.valueOf(value, 2);
		if (value % 100 == 0) {
			return exact.setScale(0);
		}
		return value % 10 == 0 ? exact.setScale(1) : exact;
	}

}
