package app.offers.discount;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.offers.offer.Vocabulary;
import app.offers.discount.OfferIndex.Applicable;
import app.offers.offer.Condition;
import app.offers.offer.Money;
import app.offers.offer.Offer;
import app.offers.offer.OfferKind;
import app.offers.offer.ProductScope;
import app.offers.web.problems.PageCursor;
import app.offers.web.problems.QueryParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * GET /best-offers and GET /payment-options: the applicable offers ranked, and which way
 * to pay.
 */
@RestController
@Tag(name = "discounts")
class RankingController {

	/** One applicable offer, what it gives and why it applies. */
	record RankedOffer(@Schema(description = "The offer's id") String offerId,
			@Schema(implementation = OfferKind.class) String kind,
			@Schema(description = "The offer's text as the payment page shows it, cut to 500 characters") String summary,
			@Schema(description = "What this offer gives on the amount, in rupees") BigDecimal discountAmount,
			@Schema(description = "Why it applies and how the amount was reached, for a person") String why,
			@Schema(description = "What the offer asks that the query cannot check (once per user, a cap per "
					+ "quarter, select cards or products), in a shopper's words; empty when it asks nothing") List<String> conditions) {
	}

	/** One page of the {@code totalOffers} that apply, and where the next one starts. */
	record BestOffers(@Schema(description = "The amount asked about, in rupees") BigDecimal amountToPay,
			@Schema(description = "The bank's canonical code") String bankName,
			@Schema(description = "The instrument's canonical code; null when the query named none (every way "
					+ "to pay)") @Nullable String paymentInstrument,
			@Schema(description = "This page of the applicable offers, best first (ties by offerId): at most "
					+ "limit, from the first after the cursor given in after") List<RankedOffer> offers,
			@Schema(description = "How many offers apply in all, on every page") int totalOffers,
			@Schema(description = "Pass as after for the next page, with the same parameters; null on the last "
					+ "page") @Nullable String nextCursor) {
	}

	/**
	 * The best discount for paying with one bank and instrument; bankName null for offers
	 * tied to no bank.
	 */
	record PaymentOption(
			@Schema(description = "The bank's canonical code; null for offers tied to no bank (UPI "
					+ "apps' cashback), which any bank account gets") @Nullable String bankName,
			@Schema(description = "The instrument's canonical code") String paymentInstrument,
			@Schema(description = "The best discount paying so, in rupees") BigDecimal highestDiscountAmount,
			@Schema(description = "The offer that gives it") String offerId,
			@Schema(description = "That offer's text, cut to 500 characters") String summary,
			@Schema(description = "What that offer asks that the query cannot check, in a shopper's words; empty "
					+ "when it asks nothing") List<String> conditions) {
	}

	/** One page of the {@code totalOptions}, and where the next one starts. */
	record PaymentOptions(@Schema(description = "The amount asked about, in rupees") BigDecimal amountToPay,
			@Schema(description = "This page of the bank and instrument pairs, best first (ties by bankName, "
					+ "null first, then paymentInstrument): at most limit, from the first after the cursor given "
					+ "in after") List<PaymentOption> options,
			@Schema(description = "How many pairs have an offer in all, on every page") int totalOptions,
			@Schema(description = "Pass as after for the next page, with the same parameters; null on the last "
					+ "page") @Nullable String nextCursor) {
	}

	/**
	 * Answers stay small whatever the store holds: at most this many rows, by default and
	 * at most.
	 */
	static final int DEFAULT_OFFERS = 20;

	static final int MAX_OFFERS = 100;

	static final int DEFAULT_OPTIONS = 50;

	static final int MAX_OPTIONS = 200;

	private final LiveOffers offers;

	private final Clock clock;

	RankingController(LiveOffers offers, Clock clock) {
		this.offers = offers;
		this.clock = clock;
	}

	@Operation(operationId = "getBestOffers",
			summary = "The applicable offers ranked, each with its discount and why it applies",
			description = "For example, Axis Bank's card offers on ₹26,000: amountToPay=26000&bankName=AXIS"
					+ "&paymentInstrument=CREDIT.")
	@Parameter(name = "amountToPay", in = ParameterIn.QUERY, required = true, example = "26000")
	@Parameter(name = "bankName", in = ParameterIn.QUERY, required = true, example = "AXIS")
	@Parameter(name = "limit", in = ParameterIn.QUERY, description = "At most this many offers on a page",
			schema = @Schema(types = "integer", minimum = "1", maximum = "" + MAX_OFFERS,
					defaultValue = "" + DEFAULT_OFFERS))
	@ApiResponse(responseCode = "200",
			description = "A page of the ranked offers, best first, how many apply in all, and where the next page "
					+ "starts",
			content = @Content(schema = @Schema(implementation = BestOffers.class),
					examples = @ExampleObject("""
							{"amountToPay": 80000, "bankName": "HDFC", "paymentInstrument": "EMI_OPTIONS", "offers": [
							  {"offerId": "FPO250704204930KZYV3", "kind": "INSTANT_DISCOUNT",
							   "summary": "Flat ₹4500 on HDFC Bank Credit Card EMI on 12 months and above tenure. Min Txn Value: ₹75000",
							   "discountAmount": 4500,
							   "why": "flat ₹4500; amount at least ₹75000; bank HDFC; instruments EMI_OPTIONS; EMI tenure [12, 18, 24, 36] months, at least 12 months",
							   "conditions": []},
							  {"offerId": "FPO250704203653BLDZA", "kind": "INSTANT_DISCOUNT",
							   "summary": "Flat ₹4000 on HDFC Bank Credit Card EMI on 12 months and above tenure. Min Txn Value: ₹50000",
							   "discountAmount": 4000,
							   "why": "flat ₹4000; amount at least ₹50000; bank HDFC; instruments EMI_OPTIONS; EMI tenure [12, 18, 24, 36] months, at least 12 months",
							   "conditions": []}],
							 "totalOffers": 15,
							 "nextCursor": "WyJjMSIsImJlc3Qtb2ZmZXJzOjM4OTJiNjQwMDY3ZDc0MTRlZDViYjdiYiIsIjQwMDAwMCIsIkZQTzI1MDcwNDIwMzY1M0JMRFpBIl0"}""")))
	@ApiResponse(responseCode = "400", description = "A parameter is missing, repeated or malformed")
	@GetMapping(path = "/best-offers", produces = MediaType.APPLICATION_JSON_VALUE)
	BestOffers bestOffers(@Parameter(hidden = true) DiscountQuery q,
			@Parameter(hidden = true) @RequestParam(required = false) @Nullable String limit,
			@Parameter(hidden = true) @RequestParam(required = false) @Nullable String after) {
		int max = QueryParams.bounded("limit", limit, 1, MAX_OFFERS, DEFAULT_OFFERS);
		String scope = PageCursor.scope("best-offers", q.toString());
		List<String> position = PageCursor.read("after", after, scope, 2);
		Instant now = clock.instant();
		List<Applicable> applicable = offers.current().applicable(q.criteria(), q.amountPaise(), now);
		int from = 0;
		if (position != null) {
			long discount = paise(position.get(0));
			String key = position.get(1);
			from = firstAfter(applicable.size(), i -> compareRanked(applicable.get(i).discountPaise(),
					applicable.get(i).offer().key(), discount, key));
		}
		int to = Math.min(applicable.size(), from + max);
		List<RankedOffer> ranked = applicable.subList(from, to)
			.stream()
			.map(a -> new RankedOffer(a.offer().key(), a.offer().kind().name(), a.offer().summary(),
					Money.rupees(a.discountPaise()), why(a, q), Condition.describe(a.offer().conditions())))
			.toList();
		String next = null;
		if (to < applicable.size()) {
			Applicable last = applicable.get(to - 1);
			next = PageCursor.write(scope, Long.toString(last.discountPaise()), last.offer().key());
		}
		return new BestOffers(Money.rupees(q.amountPaise()), q.criteria().bank(), q.criteria().instrument(), ranked,
				applicable.size(), next);
	}

	@Operation(operationId = "getPaymentOptions",
			summary = "For one amount, the best discount per bank and instrument, best first",
			parameters = { @Parameter(name = "amountToPay", example = "80000"),
					@Parameter(name = "limit", description = "At most this many options on a page",
							schema = @Schema(types = "integer", minimum = "1", maximum = "" + MAX_OPTIONS,
									defaultValue = "" + DEFAULT_OPTIONS)) })
	@ApiResponse(responseCode = "200",
			description = "A page of the bank and instrument pairs, best first, how many there are, and where the "
					+ "next page starts",
			content = @Content(schema = @Schema(implementation = PaymentOptions.class),
					examples = @ExampleObject("""
							{"amountToPay": 600, "options": [
							  {"bankName": "FLIPKARTAXISBANK", "paymentInstrument": "CREDIT_CARD", "highestDiscountAmount": 30,
							   "offerId": "FPO250619134128USHPF",
							   "summary": "5% cashback on Flipkart Axis Bank Credit Card upto ₹4,000 per statement quarter",
							   "conditions": ["At most ₹4,000 per statement quarter"]},
							  {"bankName": "FLIPKARTAXISBANK", "paymentInstrument": "DEBIT", "highestDiscountAmount": 30,
							   "offerId": "FPO250619135528ZQIZW",
							   "summary": "5% cashback on Axis Bank Flipkart Debit Card up to ₹750", "conditions": []}],
							 "totalOptions": 4,
							 "nextCursor": "WyJjMSIsInBheW1lbnQtb3B0aW9uczplNzM5OWQ5MjJhOTdlOWFiMTlkMGQ4NDQiLCIzMDAwIiwiRkxJUEtBUlRBWElTQkFOSyIsIkRFQklUIl0"}""")))
	@ApiResponse(responseCode = "400", description = "amountToPay missing or malformed, or a bad limit")
	@GetMapping(path = "/payment-options", produces = MediaType.APPLICATION_JSON_VALUE)
	PaymentOptions paymentOptions(@RequestParam String amountToPay,
			@RequestParam(required = false) @Nullable String limit,
			@RequestParam(required = false) @Nullable String includeProductOffers,
			@RequestParam(required = false) @Nullable String unconditionalOnly,
			@Parameter(hidden = true) @RequestParam(required = false) @Nullable String after) {
		long amount = Vocabulary.amountPaise("amountToPay", amountToPay);
		int max = QueryParams.bounded("limit", limit, 1, MAX_OPTIONS, DEFAULT_OPTIONS);
		boolean products = Boolean.TRUE.equals(QueryParams.flag("includeProductOffers", includeProductOffers));
		boolean unconditional = Boolean.TRUE.equals(QueryParams.flag("unconditionalOnly", unconditionalOnly));
		String scope = PageCursor.scope("payment-options", amount + "," + products + "," + unconditional);
		List<String> position = PageCursor.read("after", after, scope, 3);
		List<OfferIndex.Option> all = offers.current().paymentOptions(amount, clock.instant(), products, unconditional);
		int from = 0;
		if (position != null) {
			long discount = paise(position.get(0));
			String bank = position.get(1);
			String instrument = position.get(2);
			from = firstAfter(all.size(), i -> compareOption(all.get(i), discount, bank, instrument));
		}
		int to = Math.min(all.size(), from + max);
		List<PaymentOption> options = all.subList(from, to)
			.stream()
			.map(o -> new PaymentOption(o.bank(), o.instrument(), Money.rupees(o.best().discountPaise()),
					o.best().offer().key(), o.best().offer().summary(),
					Condition.describe(o.best().offer().conditions())))
			.toList();
		String next = null;
		if (to < all.size()) {
			OfferIndex.Option last = all.get(to - 1);
			next = PageCursor.write(scope, Long.toString(last.best().discountPaise()), bankKey(last.bank()),
					last.instrument());
		}
		return new PaymentOptions(Money.rupees(amount), options, all.size(), next);
	}

	/**
	 * Where a row stands against a cursor's sort key in a ranked list (discount down,
	 * then offer id up): below 0 before it, above 0 after it.
	 */
	static int compareRanked(long discount, String key, long cursorDiscount, String cursorKey) {
		if (discount != cursorDiscount) {
			return discount > cursorDiscount ? -1 : 1;
		}
		return key.compareTo(cursorKey);
	}

	/**
	 * Where an option stands against a cursor's sort key, in OfferIndex.paymentOptions'
	 * order: discount down, bank up (no bank first), instrument up.
	 */
	static int compareOption(OfferIndex.Option option, long cursorDiscount, String cursorBank,
			String cursorInstrument) {
		long discount = option.best().discountPaise();
		if (discount != cursorDiscount) {
			return discount > cursorDiscount ? -1 : 1;
		}
		int bank = bankKey(option.bank()).compareTo(cursorBank);
		return bank != 0 ? bank : option.instrument().compareTo(cursorInstrument);
	}

	/** Offers tied to no bank sort as the empty bank: first among equal discounts. */
	private static String bankKey(@Nullable String bank) {
		return bank == null ? "" : bank;
	}

	/**
	 * The first index of a sorted list whose row comes after the cursor: every row of a
	 * page after the cursor's, even when the store changed since and the cursor's own row
	 * is gone.
	 */
	static int firstAfter(int size, IntUnaryOperator compareToCursor) {
		int low = 0;
		int high = size;
		while (low < high) {
			int mid = (low + high) >>> 1;
			if (compareToCursor.applyAsInt(mid) <= 0) {
				low = mid + 1;
			}
			else {
				high = mid;
			}
		}
		return low;
	}

	/** A cursor's discount: paise as this service wrote them. */
	private static long paise(String written) {
		if (!written.matches("\\d{1,15}")) {
			throw PageCursor.malformed("after");
		}
		return Long.parseLong(written);
	}

	/**
	 * "10% of ₹20000 is ₹2000, capped at ₹1500; needs at least ₹7500; for EMI_OPTIONS, 6
	 * to 9 months".
	 */
	static String why(Applicable applicable, DiscountQuery q) {
		Offer offer = applicable.offer();
		var t = offer.terms();
		StringBuilder why = new StringBuilder();
		if (t.percentBps() != null) {
			long raw = q.amountPaise() * t.percentBps() / 10_000;
			why.append(Money.percent(t.percentBps()).toPlainString())
				.append("% of ₹")
				.append(Money.rupees(q.amountPaise()).toPlainString())
				.append(" is ₹")
				.append(Money.rupees(raw).toPlainString());
			if (t.capPaise() != null && raw > t.capPaise()) {
				why.append(", capped at ₹").append(Money.rupees(t.capPaise()).toPlainString());
			}
		}
		else if (t.flatPaise() != null) {
			why.append("flat ₹").append(Money.rupees(t.flatPaise()).toPlainString());
			if (t.capPaise() != null && t.capPaise() < t.flatPaise()) {
				why.append(", capped at ₹").append(Money.rupees(t.capPaise()).toPlainString());
			}
		}
		if (t.minTxnPaise() != null) {
			why.append("; amount at least ₹").append(Money.rupees(t.minTxnPaise()).toPlainString());
		}
		if (t.maxTxnPaise() != null) {
			why.append("; amount at most ₹").append(Money.rupees(t.maxTxnPaise()).toPlainString());
		}
		why.append(offer.banks().isEmpty() ? "; any bank" : "; bank " + q.criteria().bank());
		why.append(offer.instruments().isEmpty() ? "; any instrument"
				: "; instruments " + String.join(", ", new TreeSet<>(offer.instruments())));
		if (!offer.tenure().isAny()) {
			why.append("; EMI tenure ").append(tenure(offer));
		}
		if (offer.validUntil() != null) {
			why.append("; valid until ").append(offer.validUntil());
		}
		if (ProductScope.limitsProducts(offer.summary())) {
			why.append("; only on select products");
		}
		return why.toString();
	}

	private static String tenure(Offer offer) {
		var tenure = offer.tenure();
		StringBuilder out = new StringBuilder();
		if (!tenure.months().isEmpty()) {
			out.append(new TreeSet<>(tenure.months())).append(" months");
		}
		if (tenure.minMonths() != null) {
			out.append(out.isEmpty() ? "" : ", ").append("at least ").append(tenure.minMonths()).append(" months");
		}
		if (tenure.maxMonths() != null) {
			out.append(out.isEmpty() ? "" : ", ").append("at most ").append(tenure.maxMonths()).append(" months");
		}
		return out.toString();
	}

}
