package app.offers.offer;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A condition of an offer that a discount query cannot check: how often a shopper may use
 * it, or which cards and products it covers. The discount an answer shows assumes the
 * condition is met; {@code unconditionalOnly} leaves such offers out.
 *
 * @param kind what sort of condition
 * @param amount a limit in paise ({@link Kind#PERIOD_CAP}, {@link Kind#CAP_PER_CARD}),
 * else null
 * @param count a number of transactions ({@link Kind#MAX_TRANSACTIONS}), else null
 * @param scope what the condition counts or covers, in the offer's words: "statement
 * quarter", "Paytm account", "Samsung appliances"; empty when the offer does not say
 */
public record Condition(Kind kind, @Nullable Long amount, @Nullable Integer count, String scope) {

	/** The sorts of condition the service reads. */
	public enum Kind {

		/** At most an amount over a period: "upto ₹4,000 per statement quarter". */
		PERIOD_CAP,
		/**
		 * Once per user, account or card: "Valid once per Paytm account", "Offer Valid
		 * Once Per User".
		 */
		ONCE_PER,
		/** At most an amount over the life of one card: "Max Discount per card ₹500". */
		CAP_PER_CARD,
		/**
		 * A number of transactions the offer may be used for
		 * ({@code offer_aggregation_limits.max_txns_for_offer}).
		 */
		MAX_TRANSACTIONS,
		/**
		 * Only some cards of the bank: "on select cards", the card variants named in the
		 * text.
		 */
		SELECT_CARDS,
		/** Only some products: "on select Samsung appliances". */
		SELECT_PRODUCTS,
		/** Only a shopper's first transaction or purchase. */
		FIRST_TRANSACTION

	}

	/**
	 * Scopes are the offer's own words, cut to a phrase: they are shown to shoppers and
	 * stored.
	 */
	static final int MAX_SCOPE_LENGTH = 60;

	public Condition {
		if ((kind == Kind.PERIOD_CAP || kind == Kind.CAP_PER_CARD) != (amount != null)) {
			throw new IllegalArgumentException(kind + " takes an amount exactly when it is a cap: " + amount);
		}
		if (amount != null && (amount < 1 || amount > DiscountTerms.MAX_MONEY_PAISE)) {
			throw new IllegalArgumentException("amount out of range: " + amount);
		}
		if ((kind == Kind.MAX_TRANSACTIONS) != (count != null) || (count != null && count < 1)) {
			throw new IllegalArgumentException(kind + " takes a positive count exactly when it counts: " + count);
		}
		scope = ClientText.cut(scope.strip().replaceAll("\\s+", " "), MAX_SCOPE_LENGTH);
	}

	public static Condition periodCap(long amount, String period) {
		return new Condition(Kind.PERIOD_CAP, amount, null, period);
	}

	public static Condition oncePer(String who) {
		return new Condition(Kind.ONCE_PER, null, null, who);
	}

	public static Condition capPerCard(long amount) {
		return new Condition(Kind.CAP_PER_CARD, amount, null, "");
	}

	public static Condition maxTransactions(int count) {
		return new Condition(Kind.MAX_TRANSACTIONS, null, count, "");
	}

	public static Condition selectCards(String which) {
		return new Condition(Kind.SELECT_CARDS, null, null, which);
	}

	public static Condition selectProducts(String which) {
		return new Condition(Kind.SELECT_PRODUCTS, null, null, which);
	}

	public static Condition firstTransaction() {
		return new Condition(Kind.FIRST_TRANSACTION, null, null, "");
	}

	/** The condition in words a shopper understands. */
	public String describe() {
		return switch (kind) {
			case PERIOD_CAP -> "At most " + Money.words(nonNull(amount)) + " per " + or(scope, "period");
			case ONCE_PER -> "Once per " + or(scope, "customer");
			case CAP_PER_CARD -> "At most " + Money.words(nonNull(amount)) + " per card";
			case MAX_TRANSACTIONS ->
				count != null && count == 1 ? "Only one transaction" : "Up to " + count + " transactions";
			case SELECT_CARDS -> scope.isEmpty() ? "Only on select cards" : "Only on " + scope;
			case SELECT_PRODUCTS -> scope.isEmpty() ? "Only on select products" : "Only on select " + scope;
			case FIRST_TRANSACTION -> "Only on your first transaction";
		};
	}

	/** Words for every condition, in a stable order. */
	public static List<String> describe(List<Condition> conditions) {
		return conditions.stream().map(Condition::describe).toList();
	}

	/**
	 * A compact, stable text of the condition, for storage and content hashes:
	 * {@code PERIOD_CAP|400000||statement quarter}.
	 */
	public String code() {
		return kind + "|" + (amount == null ? "" : amount) + "|" + (count == null ? "" : count) + "|" + scope;
	}

	/**
	 * The condition of a {@link #code()}; null for one this version does not know
	 * (written by a newer one).
	 */
	public static @Nullable Condition ofCode(String code) {
		String[] parts = code.split("\\|", 4);
		if (parts.length != 4) {
			return null;
		}
		try {
			return new Condition(Kind.valueOf(parts[0]), parts[1].isEmpty() ? null : Long.valueOf(parts[1]),
					parts[2].isEmpty() ? null : Integer.valueOf(parts[2]), parts[3]);
		}
		catch (IllegalArgumentException unknown) {
			return null;
		}
	}

	/** Conditions as stored: one code per line, null for none. */
	public static @Nullable String encode(List<Condition> conditions) {
		return conditions.isEmpty() ? null : String.join("\n", conditions.stream().map(Condition::code).toList());
	}

	/**
	 * Stored conditions; a code this version does not know (written by a newer one) is
	 * left out.
	 */
	public static List<Condition> decode(@Nullable String stored) {
		if (stored == null || stored.isBlank()) {
			return List.of();
		}
		return stored.lines().map(Condition::ofCode).filter(java.util.Objects::nonNull).toList();
	}

	private static String or(String scope, String otherwise) {
		return scope.isEmpty() ? otherwise : scope;
	}

	private static long nonNull(@Nullable Long amount) {
		if (amount == null) {
			throw new IllegalStateException("a cap without an amount");
		}
		return amount;
	}
}
