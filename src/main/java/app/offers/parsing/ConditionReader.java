package app.offers.parsing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import app.offers.offer.Condition;
import app.offers.offer.DiscountTerms;

/**
 * Reads the conditions a discount query cannot check from an offer's texts and limits:
 * "upto ₹4,000 per statement quarter", "Valid once per Paytm account", "Offer Valid Once
 * Per User", "Max Discount per card ₹500", "on select cards", "on select Samsung
 * appliances", "on your first transaction". What it cannot read with confidence it leaves
 * out: a condition is shown to shoppers, so a wrong one misleads as much as a wrong
 * amount.
 */
public final class ConditionReader {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	/** "upto ₹4,000 per statement quarter", "max ₹1,500 cashback per month". */
	private static final Pattern PERIOD_CAP = Pattern.compile("(?:\\bup\\s*to|\\bmax(?:imum)?\\.?(?:\\s+of)?)\\s*"
			+ RupeeAmounts.AMOUNT + "\\s*(?:(?:cashback|discount|off)\\s+)?(?:per|a|in\\s+a|every)\\s+"
			+ "((?:statement\\s+|billing\\s+|calendar\\s+)?(?:quarter|month|cycle|year|week|day))\\b", FLAGS);

	/** "once per Paytm account", "Once Per User", "once per card". */
	private static final Pattern ONCE_PER = Pattern.compile("\\bonce\\s+per\\s+((?:[\\p{L}\\d]+\\s+){0,2}?"
			+ "(?:user|customer|account|card|credit\\s+card|debit\\s+card|mobile\\s+number|device|pan|person|"
			+ "household|order))\\b", FLAGS);

	/** "on select cards", "on selected Credit Cards", "(select cards)". */
	private static final Pattern SELECT_CARDS = Pattern
		.compile("\\bselect(?:ed)?\\s+((?:[\\p{L}]+\\s+){0,2}?cards?)\\b", FLAGS);

	/**
	 * "on select Samsung appliances": the words after "select", as
	 * {@link app.offers.offer.ProductScope} finds them.
	 */
	private static final Pattern SELECT_PRODUCTS = Pattern.compile("\\bon\\s+select(?:ed)?\\s+"
			+ "((?!(?:bank|credit|debit|cards?|trnx|txns?|transactions?)\\b)(?:[\\p{L}\\d&'.-]+\\s+){0,3}?"
			+ "(?:appliances?|models?|products?|brands?|phones?|mobiles?|smartphones?|laptops?|tvs?|televisions?"
			+ "|items?|categories|devices?|variants?|styles?|skus?))\\b", FLAGS);

	/** "on your first transaction", "first order", "new users only". */
	private static final Pattern FIRST_TRANSACTION = Pattern.compile("\\b(?:first\\s+(?:ever\\s+)?(?:transaction|txn|"
			+ "order|purchase|payment)|new\\s+(?:users?|customers?)\\s+only|for\\s+new\\s+(?:users?|customers?))\\b",
			FLAGS);

	private ConditionReader() {
	}

	/** The conditions stated in one text, in a stable order. */
	public static List<Condition> read(String text) {
		return read(text, Cues.of(text));
	}

	/**
	 * Which patterns a text can match at all, by the words each needs: most texts name
	 * none of them, and running every pattern over every text was a fifth of a first
	 * post's parsing time. A text with a character that case-insensitive matching folds
	 * onto ASCII (the long s, the Kelvin sign, the dotted and dotless i) gets every
	 * pattern: there a plain substring test could miss what the pattern finds.
	 */
	record Cues(boolean periodCap, boolean oncePer, boolean select, boolean first) {

		static final Cues ALL = new Cues(true, true, true, true);

		static Cues of(String text) {
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c == '\u017F' || c == '\u212A' || c == '\u0130' || c == '\u0131') {
					return ALL;
				}
			}
			String lower = text.toLowerCase(Locale.ROOT);
			return new Cues(lower.contains("up") || lower.contains("max"), lower.contains("once"),
					lower.contains("select"), lower.contains("first") || lower.contains("new"));
		}
	}

	static List<Condition> read(String text, Cues cues) {
		List<Condition> found = new ArrayList<>();
		if (text.isBlank()) {
			return found;
		}
		Matcher m = PERIOD_CAP.matcher(cues.periodCap() ? text : "");
		while (m.find()) {
			long paise = RupeeAmounts.paise(m, 1);
			if (paise >= 1 && paise <= DiscountTerms.MAX_MONEY_PAISE) {
				found.add(Condition.periodCap(paise, lower(m.group(3))));
			}
		}
		m = ONCE_PER.matcher(cues.oncePer() ? text : "");
		while (m.find()) {
			found.add(Condition.oncePer(who(m.group(1))));
		}
		m = SELECT_CARDS.matcher(cues.select() ? text : "");
		while (m.find()) {
			found.add(Condition.selectCards(lower("select " + m.group(1))));
		}
		m = SELECT_PRODUCTS.matcher(cues.select() ? text : "");
		while (m.find()) {
			found.add(Condition.selectProducts(m.group(1)));
		}
		if (cues.first() && FIRST_TRANSACTION.matcher(text).find()) {
			found.add(Condition.firstTransaction());
		}
		return distinct(found);
	}

	/**
	 * The conditions of Flipkart's {@code offer_aggregation_limits} (paise, 0 meaning no
	 * limit) and of a per-option box's "Max Discount per card" row.
	 */
	public static List<Condition> ofLimits(@Nullable Long maxDiscountPerCard, @Nullable Long maxTransactions) {
		List<Condition> found = new ArrayList<>();
		if (maxDiscountPerCard != null && maxDiscountPerCard >= 1
				&& maxDiscountPerCard <= DiscountTerms.MAX_MONEY_PAISE) {
			found.add(Condition.capPerCard(maxDiscountPerCard));
		}
		if (maxTransactions != null && maxTransactions >= 1 && maxTransactions <= 1_000) {
			found.add(Condition.maxTransactions(maxTransactions.intValue()));
		}
		return found;
	}

	/** Every condition once, in the order of {@link Condition.Kind}, then by code. */
	public static List<Condition> distinct(List<Condition> conditions) {
		return conditions.stream()
			.distinct()
			.sorted(Comparator.comparing(Condition::kind).thenComparing(Condition::code))
			.toList();
	}

	/**
	 * "Paytm account" keeps the brand's capital; "User" and "Card" are ordinary words.
	 */
	private static String who(String words) {
		StringBuilder out = new StringBuilder();
		for (String word : words.trim().split("\\s+")) {
			boolean common = word.matches(
					"(?i)user|customer|account|card|credit|debit|mobile|number|device|person" + "|household|order");
			out.append(out.isEmpty() ? "" : " ")
				.append(common ? lower(word) : word.equalsIgnoreCase("pan") ? "PAN" : word);
		}
		return out.toString();
	}

	private static String lower(String words) {
		return words.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
	}

}
