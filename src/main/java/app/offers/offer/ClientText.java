package app.offers.offer;

import org.jspecify.annotations.Nullable;

/**
 * Text that came from a client, made safe to keep, answer and log: cut to a length, and
 * for logs with control characters escaped so a newline in an offer id or text cannot
 * forge a log line.
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

	/**
	 * At most {@value #LOG_LENGTH} characters, control characters escaped (a newline as
	 * backslash-n).
	 */
	public static String forLog(String text) {
		return escaped(cut(text, LOG_LENGTH));
	}

	/**
	 * The failure to log, with its message and its causes' escaped (a database's or a
	 * parser's message may quote what the client sent) and the same stack traces.
	 */
	public static Throwable forLog(Throwable failure) {
		return escapedCopy(failure, 0);
	}

	private static Throwable escapedCopy(Throwable failure, int depth) {
		String message = failure.getMessage();
		Throwable cause = failure.getCause();
		Escaped copy = new Escaped(
				failure.getClass().getName() + (message == null ? "" : ": " + escaped(cut(message, 4 * LOG_LENGTH))),
				cause != null && cause != failure && depth < 16 ? escapedCopy(cause, depth + 1) : null);
		copy.setStackTrace(failure.getStackTrace());
		return copy;
	}

	/** A logged failure: its message names the original class. */
	private static final class Escaped extends RuntimeException {

		Escaped(String message, @Nullable Throwable cause) {
			super(message, cause, false, true);
		}

		@Override
		public String toString() {
			return String.valueOf(getMessage());
		}

	}

	private static String escaped(String cut) {
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

	/** A value as it may be echoed back in an answer: printable and short. */
	public static String echo(String value) {
		String printable = value.replaceAll("\\p{Cntrl}", "?");
		return printable.length() > 40 ? printable.substring(0, 40) + "..." : printable;
	}

}
