package app.offers.offer;

import java.math.BigDecimal;

/** How the service writes paise and basis points for people: rupees and percent, exact, without trailing zeros. */
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

	private static BigDecimal hundredths(long value) {
		BigDecimal exact = BigDecimal.valueOf(value, 2);
		if (value % 100 == 0) {
			return exact.setScale(0);
		}
		return value % 10 == 0 ? exact.setScale(1) : exact;
	}
}
