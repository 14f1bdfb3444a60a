package app.offers.offer;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Canonical payment-instrument codes (Flipkart's own: CREDIT, EMI_OPTIONS, NET_OPTIONS,
 * UPI_INTENT, ...) and which offers a query for one of them reaches.
 * <ul>
 * <li>CREDIT, written exactly so, is Flipkart's own code for its "Credit / Debit / ATM
 * card" option: a CREDIT query reaches credit-card, debit-card and card offers
 * alike.</li>
 * <li>CREDIT_CARD is what a person means by "credit card", "credit" or "CC": credit cards
 * only. It reaches offers for credit cards and offers for Flipkart's card option that
 * name no kind of card, never debit-card offers.</li>
 * <li>DEBIT ("debit card", "DC") reaches only offers that name debit cards.</li>
 * <li>EMI_OPTIONS reaches credit- and debit-card EMI offers; DEBIT_EMI only debit-card
 * EMI ones.</li>
 * <li>UPI reaches every member of the UPI family; a member (UPI_INTENT, PHONEPE, ...)
 * reaches its own offers and offers for UPI in general.</li>
 * </ul>
 */
public final class Instruments {

	/** Flipkart's card option: credit or debit. */
	public static final String CREDIT = "CREDIT";

	/** Credit cards only. */
	public static final String CREDIT_CARD = "CREDIT_CARD";

	public static final String DEBIT = "DEBIT";

	public static final String EMI = "EMI_OPTIONS";

	public static final String DEBIT_EMI = "DEBIT_EMI";

	public static final String NET_BANKING = "NET_OPTIONS";

	public static final String UPI = "UPI";

	private static final Set<String> UPI_FAMILY = Set.of(UPI, "UPI_INTENT", "UPI_COLLECT", "FK_UPI", "PHONEPE",
			"GOOGLEPAY", "PAYTM", "BHIM", "MOBIKWIK", "CRED", "AMAZONPAY");

	/**
	 * Names to codes, codes in the order a person would list them (cards, EMI, net
	 * banking, UPI).
	 */
	private static final Map<String, String> ALIASES = new LinkedHashMap<>();

	static {
		alias(CREDIT, "CARD", "CARDS", "CREDIT_DEBIT_CARD", "CREDIT_DEBIT_ATM_CARD", "SAVED_CARD");
		alias(CREDIT_CARD, "CREDIT_CARDS", "CC", "CREDIT_NON_EMI");
		alias(DEBIT, "DEBIT_CARD", "DEBIT_CARDS", "DC", "ATM_CARD");
		alias(EMI, "EMI", "CREDIT_CARD_EMI", "CREDIT_EMI", "CC_EMI", "CARD_EMI", "EMI_OPTION");
		alias(DEBIT_EMI, "DEBIT_CARD_EMI", "DC_EMI");
		alias(NET_BANKING, "NET_BANKING", "NETBANKING", "NB", "NET_BANKING_OPTIONS", "INTERNET_BANKING");
		alias(UPI, "UPI_OPTIONS", "UPI_APPS");
		alias("UPI_INTENT");
		alias("UPI_COLLECT");
		alias("FK_UPI", "FLIPKART_UPI", "SUPER_MONEY");
		alias("PHONEPE", "PHONE_PE");
		alias("GOOGLEPAY", "GOOGLE_PAY", "GPAY");
		alias("PAYTM");
		alias("BHIM");
		alias("MOBIKWIK");
		// UPI family members too, so a query may name them like the others
		alias("CRED");
		alias("AMAZONPAY");
	}

	private static final Set<String> KNOWN = Collections.unmodifiableSet(new LinkedHashSet<>(ALIASES.values()));

	private Instruments() {
	}

	private static void alias(String code, String... names) {
		ALIASES.put(code, code);
		for (String name : names) {
			ALIASES.put(name, code);
		}
	}

	/**
	 * Upper case with runs of other characters as one underscore: "credit card" becomes
	 * CREDIT_CARD.
	 */
	private static String key(String name) {
		StringBuilder out = new StringBuilder(name.length());
		boolean gap = false;
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				if (gap && !out.isEmpty()) {
					out.append('_');
				}
				out.append(Character.toUpperCase(c));
				gap = false;
			}
			else {
				gap = true;
			}
		}
		return out.toString();
	}

	/**
	 * The canonical code for an instrument name; unknown ones come back normalized. Only
	 * the exact code {@code CREDIT} is Flipkart's card option: "credit", "Credit" or
	 * "credit card" mean credit cards only.
	 */
	public static String canonical(String name) {
		String exact = ALIASES.get(name);
		if (exact != null) {
			return exact;
		}
		String key = key(name);
		return key.equals(CREDIT) ? CREDIT_CARD : ALIASES.getOrDefault(key, key);
	}

	/**
	 * An offer's instruments from what its fields say (Flipkart's options) and what its
	 * text names: a text that names credit or debit cards says which cards Flipkart's
	 * card option (CREDIT) really means, and a text that names only debit-card EMI
	 * narrows EMI_OPTIONS to DEBIT_EMI. Fields that name nothing leave the text's word.
	 */
	public static Set<String> refined(Set<String> fields, Set<String> text) {
		if (fields.isEmpty()) {
			return Set.copyOf(text);
		}
		Set<String> out = new LinkedHashSet<>(fields);
		boolean credit = text.contains(CREDIT_CARD);
		boolean debit = text.contains(DEBIT);
		if (out.contains(CREDIT) && (credit || debit)) {
			out.remove(CREDIT);
			if (credit) {
				out.add(CREDIT_CARD);
			}
			if (debit) {
				out.add(DEBIT);
			}
		}
		if (text.contains(DEBIT_EMI)) {
			if (out.contains(EMI) && !text.contains(EMI)) {
				out.remove(EMI);
			}
			out.add(DEBIT_EMI);
		}
		return out;
	}

	/**
	 * Every canonical code this service knows the meaning of, in a stable order (cards
	 * first, UPI last).
	 */
	public static Set<String> knownCodes() {
		return KNOWN;
	}

	/** True for codes this service knows the meaning of. */
	public static boolean known(String code) {
		return KNOWN.contains(code);
	}

	public static boolean isUpi(String code) {
		return UPI_FAMILY.contains(code);
	}

	/**
	 * Does a query for {@code queried} reach an offer made for {@code offered}? Both
	 * canonical.
	 */
	public static boolean reaches(String queried, String offered) {
		if (queried.equals(offered)) {
			return true;
		}
		return switch (queried) {
			case CREDIT -> offered.equals(DEBIT) || offered.equals(CREDIT_CARD);
			case CREDIT_CARD -> offered.equals(CREDIT);
			case EMI -> offered.equals(DEBIT_EMI);
			case UPI -> isUpi(offered);
			default -> isUpi(queried) && offered.equals(UPI);
		};
	}

	/**
	 * The instrument codes a query for {@code queried} reaches: itself and its family
	 * members.
	 */
	public static Set<String> reachedBy(String queried) {
		Set<String> reached = new TreeSet<>();
		reached.add(queried);
		for (String code : ALIASES.values()) {
			if (reaches(queried, code)) {
				reached.add(code);
			}
		}
		return reached;
	}

	/**
	 * Does a query for {@code queried} reach an offer limited to {@code offered} (empty:
	 * any instrument)?
	 */
	public static boolean reachesAny(String queried, Set<String> offered) {
		if (offered.isEmpty()) {
			// an offer open to every instrument: every instrument we know, but not a name
			// we cannot place
			return known(queried);
		}
		for (String o : offered) {
			if (reaches(queried, o)) {
				return true;
			}
		}
		return false;
	}

}
