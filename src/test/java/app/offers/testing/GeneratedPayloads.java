package app.offers.testing;

import java.util.Random;

/** Payment-page responses in the real fkpay shape with as many offers as a test needs. */
public final class GeneratedPayloads {

	static final String[] BANKS = { "HDFC", "SBI", "ICICI", "AXIS", "KOTAK", "IDFC", "BOBARODA", "INDUSIND" };

	/**
	 * The instruments an offer of {@link #manyBanks} covers: cards, card EMI, net
	 * banking.
	 */
	static final String[] MANY_INSTRUMENTS = { "CREDIT", "CREDIT_CARD", "DEBIT", "EMI_OPTIONS", "DEBIT_EMI",
			"NET_OPTIONS" };

	private GeneratedPayloads() {
	}

	/**
	 * A wrapped payload with {@code n} distinct offers, ids prefixed so payloads do not
	 * collide.
	 */
	public static String wrapped(String idPrefix, int n, long seed) {
		Random r = new Random(seed);
		StringBuilder json = start(n);
		for (int i = 0; i < n; i++) {
			offer(json, i, idPrefix + i, BANKS[r.nextInt(BANKS.length)], r, "CREDIT", "EMI_OPTIONS");
		}
		return end(json);
	}

	/**
	 * A wrapped payload with one offer for each of {@code banks} made-up banks (codes
	 * {@code MADEUP0}, {@code MADEUP1}, ...), each covering every instrument of
	 * {@link #MANY_INSTRUMENTS}: more payment options than one page of /payment-options
	 * holds.
	 */
	public static String manyBanks(String idPrefix, int banks, long seed) {
		Random r = new Random(seed);
		StringBuilder json = start(banks);
		for (int i = 0; i < banks; i++) {
			offer(json, i, idPrefix + i, "MADEUP" + i, r, MANY_INSTRUMENTS);
		}
		return end(json);
	}

	private static StringBuilder start(int offers) {
		return new StringBuilder(offers * 400)
			.append("{\"flipkartOfferApiResponse\":{\"offer_sections\":{\"PBO\":{\"offers\":[");
	}

	private static String end(StringBuilder json) {
		return json.append("]}}}}").toString();
	}

	/**
	 * The i-th offer of a payload: a percentage or a flat amount off, at least ₹1,000.
	 */
	private static void offer(StringBuilder json, int i, String id, String bank, Random r, String... instruments) {
		int min = 1000 * (1 + r.nextInt(50));
		String text = r.nextBoolean()
				? (5 + r.nextInt(3) * 5) + "% off up to ₹" + (250 * (1 + r.nextInt(8))) + " on " + bank
						+ " Bank Credit Card Txns, Min Txn Value: ₹" + min
				: "Flat ₹" + (50 * (1 + r.nextInt(40))) + " off on " + bank + " Bank Credit Card EMI. Min Txn Value: ₹"
						+ min;
		json.append(i == 0 ? "" : ",")
			.append("{\"adjustment_type\":\"INSTANT_DISCOUNT\",\"adjustment_id\":\"")
			.append(id)
			.append("\",\"summary\":\"")
			.append(text)
			.append("\",\"contributors\":{\"payment_instrument\":[\"")
			.append(String.join("\",\"", instruments))
			.append("\"],\"banks\":[\"")
			.append(bank)
			.append("\"],\"emi_months\":[\"0\",\"3\",\"6\"],\"card_networks\":[]}}");
	}

}
