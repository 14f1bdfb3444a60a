package app.offers.offer;

/** Amounts in the words of an Indian price tag: "₹4,000", "₹1,00,000", "₹1,499.50". */
public final class Rupees {

	private Rupees() {
	}

	/** Paise as rupees with Indian grouping (lakh and crore), paise shown only when there are some. */
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
}
