package app.offers.offer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One canonical code per card network, reached from the codes and names payloads, offer
 * texts and queries use: "American Express", "Amex" and AMEX all become AMEX, so an offer
 * a payload limits to "American Express" meets a query for AMEX. Networks this service
 * does not list (DISCOVER, MAESTRO, JCB) come back normalized: an offer limited to one of
 * them still stays out of answers for the listed networks.
 */
public final class CardNetworks {

	public static final String VISA = "VISA";

	public static final String MASTERCARD = "MASTERCARD";

	public static final String RUPAY = "RUPAY";

	public static final String AMEX = "AMEX";

	public static final String DINERS = "DINERS";

	/** The networks a query may name, in the order the answers list them. */
	private static final List<String> KNOWN = List.of(VISA, MASTERCARD, RUPAY, AMEX, DINERS);

	/**
	 * Names compared by their letters and digits only ("Master Card" and MASTER_CARD
	 * meet) to codes.
	 */
	private static final Map<String, String> ALIASES = new HashMap<>();

	static {
		alias(VISA, "VISA");
		alias(MASTERCARD, "MASTERCARD", "MASTER CARD", "MASTER");
		alias(RUPAY, "RUPAY", "RU PAY");
		alias(AMEX, "AMEX", "AMERICAN EXPRESS");
		alias(DINERS, "DINERS", "DINERS CLUB", "DINERS CLUB INTERNATIONAL");
	}

	private CardNetworks() {
	}

	private static void alias(String code, String... names) {
		for (String name : names) {
			ALIASES.put(NameKeys.lettersAndDigits(name), code);
		}
	}

	/**
	 * The canonical code for a network code or name; an unknown one comes back
	 * normalized. Empty for none.
	 */
	public static String canonical(String name) {
		String key = NameKeys.lettersAndDigits(name);
		return ALIASES.getOrDefault(key, key);
	}

	/** The codes a query may name: VISA, MASTERCARD, RUPAY, AMEX, DINERS. */
	public static List<String> knownCodes() {
		return KNOWN;
	}

	/** True for the codes a query may name. */
	public static boolean known(String code) {
		return KNOWN.contains(code);
	}

}
