package app.offers.offer;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * One canonical code per bank, reached from Flipkart's codes and from the names people
 * write ("HDFC Bank", "State Bank of India", "Kotak Bank", "BOBCARD"). Codes Flipkart
 * already uses stay as they are; unknown names are normalized (upper case, letters and
 * digits only) so that "Federal Bank" and "FEDERALBANK" still meet. Co-branded cards
 * (FLIPKARTAXISBANK, FLIPKARTSBI, FLIPKARTBAJAJFINSERV) are banks of their own: a plain
 * "AXIS" query does not reach them, because a regular Axis card does not get the Flipkart
 * Axis card's offers.
 */
public final class Banks {

	private static final Map<String, String> ALIASES = new HashMap<>();

	static {
		alias("HDFC", "HDFC BANK", "HDFCBANK", "HDFC_CD", "HDFC_DEBIT", "HDFC BANK LTD");
		alias("SBI", "STATE BANK OF INDIA", "STATE BANK", "SBI BANK", "SBICARD", "SBI CARD", "SBI CARDS");
		alias("ICICI", "ICICI BANK");
		alias("AXIS", "AXIS BANK");
		alias("KOTAK", "KOTAK BANK", "KOTAK MAHINDRA BANK", "KOTAK MAHINDRA", "KOTAKBANK");
		alias("IDFC", "IDFC FIRST", "IDFC FIRST BANK", "IDFC BANK", "IDFCFIRSTBANK");
		alias("BOBARODA", "BANK OF BARODA", "BOB", "BOBCARD", "BOB CARD", "BANKOFBARODA", "BOB FINANCIAL");
		alias("INDUSIND", "INDUSIND BANK", "INDUSINDBANK");
		alias("YESBANK", "YES BANK", "YES");
		alias("AUSMALLFINANCE", "AU SMALL FINANCE BANK", "AU BANK", "AU SMALL FINANCE", "AUSMALLFINBANK", "AU");
		alias("FEDERALBANK", "FEDERAL BANK", "FEDERAL");
		alias("RBL", "RBL BANK", "RATNAKAR", "RATNAKAR BANK");
		alias("AMEX", "AMERICAN EXPRESS", "AMERICANEXPRESS");
		alias("HSBC", "HSBC BANK");
		alias("STANC", "STANDARD CHARTERED", "STANDARD CHARTERED BANK", "SCB");
		alias("CITI", "CITIBANK", "CITI BANK");
		alias("PNB", "PUNJAB NATIONAL BANK");
		alias("CANARA", "CANARA BANK");
		alias("UNIONBANK", "UNION BANK", "UNION BANK OF INDIA");
		alias("BANKOFINDIA", "BANK OF INDIA", "BOI");
		alias("UCO", "UCO BANK", "UCOBANK");
		alias("BAJAJFINSERV", "BAJAJ FINSERV", "BAJAJ", "BFL", "BAJAJ FINANCE");
		alias("FLIPKARTAXISBANK", "FLIPKART AXIS BANK", "FLIPKART AXIS", "AXIS BANK FLIPKART", "FLIPKARTAXIS");
		alias("FLIPKARTSBI", "FLIPKART SBI", "FLIPKART SBI BANK", "SBI FLIPKART");
		alias("FLIPKARTBAJAJFINSERV", "FLIPKART BAJAJ FINSERV", "FK BAJAJ FINSERV", "FLIPKART BAJAJ");
		alias("DBS", "DBS BANK");
		alias("ONECARD", "ONE CARD");
	}

	/**
	 * Names too common as words to be read as a bank in running text unless written in
	 * capitals ("yes", "au").
	 */
	private static final Set<String> WORDS_TOO = Set.of("YES", "AU", "BOB", "BOI", "SCB", "BFL", "BAJAJ", "FEDERAL",
			"UNION", "CITI", "AMEX");

	/**
	 * The most words a bank's name takes: "Kotak Mahindra Bank", "AU Small Finance Bank".
	 */
	private static final int MAX_NAME_WORDS = 5;

	private Banks() {
	}

	/**
	 * The banks a text names, by the alias table: "Flat ₹500 on HDFC Bank Credit Card"
	 * names HDFC, "Flipkart Axis Bank Credit Card" FLIPKARTAXISBANK (the longest name
	 * wins), "State Bank of India" SBI. Only known names count: running text is full of
	 * capitalised words that are not banks.
	 */
	public static Set<String> inText(String text) {
		String[] words = text.split("[^\\p{L}\\p{Nd}]+");
		Set<String> found = new LinkedHashSet<>();
		int i = 0;
		while (i < words.length) {
			int matched = 0;
			for (int n = Math.min(MAX_NAME_WORDS, words.length - i); n >= 1 && matched == 0; n--) {
				String code = nameOf(words, i, n);
				if (code != null) {
					found.add(code);
					matched = n;
				}
			}
			i += Math.max(matched, 1);
		}
		return found;
	}

	/** The bank that words[from..from+n) name, if any. */
	private static @Nullable String nameOf(String[] words, int from, int n) {
		StringBuilder key = new StringBuilder();
		boolean written = false;
		for (int k = from; k < from + n; k++) {
			key.append(words[k].toUpperCase(Locale.ROOT));
			written |= !words[k].isEmpty() && !Character.isLowerCase(words[k].charAt(0));
		}
		String code = ALIASES.get(key.toString());
		// a name is written with a capital somewhere: "one card per user" is not OneCard
		if (code == null || !written) {
			return null;
		}
		// one word alone: a common word ("Yes") only when written as the code it is ("YES
		// Bank" has two words)
		if (n == 1 && WORDS_TOO.contains(key.toString()) && !words[from].equals(key.toString())) {
			return null;
		}
		return code;
	}

	private static void alias(String code, String... names) {
		ALIASES.put(code, code);
		for (String name : names) {
			ALIASES.put(NameKeys.lettersAndDigits(name), code);
		}
	}

	/**
	 * The canonical code for a bank code or name; an unknown one comes back normalized.
	 * Empty for no letters.
	 */
	public static String canonical(String name) {
		// most queries name a code as it is ("HDFC"): one lookup, no copy
		String exact = ALIASES.get(name);
		if (exact != null) {
			return exact;
		}
		String key = NameKeys.lettersAndDigits(name);
		String code = ALIASES.get(key);
		if (code != null) {
			return code;
		}
		if (key.endsWith("BANK") && key.length() > 4) {
			code = ALIASES.get(key.substring(0, key.length() - 4));
			if (code != null) {
				return code;
			}
		}
		return key.toUpperCase(Locale.ROOT);
	}

}
