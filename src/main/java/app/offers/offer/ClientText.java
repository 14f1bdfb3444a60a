package app.offers.offer;

/**
 * Text that came from a client, made safe to keep, answer and log: cut to a length, and for logs with control
 * characters escaped so a newline in an offer id or text cannot forge a log line.
 */
public final class ClientText {

	/** The most characters of client text a log line quotes. */
	public static final int LOG_LENGTH = 200;

	private ClientText() {
	}

	/** At most {@code max} characters, with "…" marking a cut. */
	public static String cut(String text, int max) {
		if (text.length() <= max) {
			return text;
		}
		int end = max - 1;
		if (Character.isHighSurrogate(text.charAt(end - 1))) {
			end--;
		}
		return text.substring(0, end) + "…";
	}

	/** At most {@value #LOG_LENGTH} characters, control characters escaped (a newline as backslash-n). */
	public static String forLog(String text) {
		String cut = cut(text, LOG_LENGTH);
		StringBuilder out = new StringBuilder(cut.length() + 8);
		for (int i = 0; i < cut.length(); i++) {
			char c = cut.charAt(i);
			switch (c) {
				case '\n' -> out.append("\\n");
				case '\r' -> out.append("\\r");
				case '\t' -> out.append("\\t");
				case '\\' -> out.append("\\\\");
				default -> {
					if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
						out.append(String.format("\\u%04x", (int) c));
					}
					else {
						out.append(c);
					}
				}
			}
		}
		return out.toString();
	}
}
