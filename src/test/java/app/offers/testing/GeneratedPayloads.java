package app.offers.testing;

import java.util.Random;

/** Payment-page responses in the real fkpay shape with as many offers as a test needs. */
public final class GeneratedPayloads {

	static final String[] BANKS = { "HDFC", "SBI", "ICICI", "AXIS", "KOTAK", "IDFC", "BOBARODA", "INDUSIND" };

	private GeneratedPayloads() {
	}

	/**
	 * A wrapped payload with {@code n} distinct offers, ids prefixed so payloads do not
	 * collide.
	 */
	public static String wrapped(String idPrefix, int n, long seed) {
		Random r = new Random(seed);
		StringBuilder json = new StringBuilder(n * 400);
		json.append("{\"flipkartOfferApiResponse\":{\"offer_sections\":{\"PBO\":{\"offers\":[");
		for (int i = 0; i < n; i++) {
			String bank = BANKS[r.nextInt(BANKS.length)];
			int min = 1000 * (1 + r.nextInt(50));
			String text = r.nextBoolean()
					? (5 + r.nextInt(3) * 5) + "% off up to ₹" + (250 * (1 + r.nextInt(8))) + " on " + bank
							+ " Bank Credit Card Txns, Min Txn Value: ₹" + min
					: "Flat ₹" + (50 * (1 + r.nextInt(40))) + " off on " + bank
							+ " Bank Credit Card EMI. Min Txn Value: ₹" + min;
			json.append(i == 0 ? "" : ",")
				.append("{\"adjustment_type\":\"INSTANT_DISCOUNT\",\"adjustment_id\":\"")
				.append(idPrefix)
				.append(i)
				.append("\",\"summary\":\"")
				.append(text)
				.append("\",\"contributors\":{\"payment_instrument\":[\"CREDIT\",\"EMI_OPTIONS\"],\"banks\":[\"")
				.append(bank)
				.append("\"],\"emi_months\":[\"0\",\"3\",\"6\"],\"card_networks\":[]}}");
		}
		return json.append("]}}}}").toString();
	}

}
