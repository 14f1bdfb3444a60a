package app.offers.offer;

/** The key names are compared by, so that the ways people write one name meet. */
final class NameKeys {

	private NameKeys() {
	}

	/**
	 * Upper case, letters and digits only: "Kotak Mahindra Bank" and
	 * "KOTAK_MAHINDRA-BANK" meet.
	 */
	static String lettersAndDigits(String name) {
		StringBuilder out = new StringBuilder(name.length());
		for (int i = 0; i < name.length(); i++) {
			char c = name.charAt(i);
			if (Character.isLetterOrDigit(c)) {
				out.append(Character.toUpperCase(c));
			}
		}
		return out.toString();
	}

}
