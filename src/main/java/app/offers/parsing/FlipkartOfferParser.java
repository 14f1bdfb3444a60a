package app.offers.parsing;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import app.offers.offer.Banks;
import app.offers.offer.ClientText;
import app.offers.offer.Digests;
import app.offers.offer.DiscountTerms;
import app.offers.offer.Instruments;
import app.offers.offer.Offer;
import app.offers.offer.OfferKind;
import app.offers.offer.Tenure;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;

/**
 * Finds every offer in a payment-page response, wherever it sits, by what identifies an offer rather than by a
 * fixed path:
 * <ul>
 * <li>an object with an {@code adjustment_id} (the fkpay payment-options response: banners, sections,
 * {@code available_offers}, {@code adjustment_list[].offer_details}, {@code eligible_list});</li>
 * <li>an object with an {@code offerDescription.id} (the revamped page's {@code offerList});</li>
 * <li>a per-instrument offer box with {@code offerFooter.tncInfo.id} (its limits in rupees);</li>
 * <li>failing all of those, objects with offer text beside bank or discount fields (shapes seen in hand-made
 * payloads), so a new shape degrades to fewer offers rather than to an error.</li>
 * </ul>
 * Appearances of one id are merged into one {@link Offer}. Pure: a JSON tree in, offers out.
 */
public final class FlipkartOfferParser {

	private static final Logger log = LoggerFactory.getLogger(FlipkartOfferParser.class);

	/** Deeper than any real payload; guards the recursion against hostile nesting. */
	private static final int MAX_DEPTH = 200;

	private static final int MAX_ID_LENGTH = 64;

	/** Ids are kept as Flipkart writes them (printable ASCII); anything else is keyed by a fingerprint. */
	private static final java.util.regex.Pattern SANE_ID = java.util.regex.Pattern.compile("[\\x21-\\x7E]{1,64}");

	/** Distinct texts kept per offer: enough for every real shape, and merging stays linear. */
	private static final int MAX_TEXTS = 16;

	/** Validity dates outside these years are not dates a real offer carries. */
	private static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");

	private static final Instant LATEST = Instant.parse("2100-01-01T00:00:00Z");

	private static final ZoneId INDIA = ZoneId.of("Asia/Kolkata");

	private final JsonMapper json = JsonMapper.builder().build();

	/** Every distinct offer in the payload, in order of first appearance. */
	public List<Offer> parse(JsonNode payload) {
		Map<String, Appearances> byId = new LinkedHashMap<>();
		walk(payload, 0, node -> collectIdentified(node, byId));
		List<Appearances> found = new ArrayList<>(byId.values());
		if (found.isEmpty()) {
			walk(payload, 0, node -> collectLoose(node, found));
		}
		Map<String, Offer> offers = new LinkedHashMap<>();
		for (Appearances appearances : found) {
			Offer offer = appearances.toOffer();
			offers.putIfAbsent(offer.key(), offer);
			if (!offer.readable()) {
				log.warn("Offer {} stored but never applied: {} in \"{}\"", offer.key(), appearances.why(),
						ClientText.forLog(offer.summary()));
			}
		}
		return List.copyOf(offers.values());
	}

	private static void walk(JsonNode node, int depth, Consumer<JsonNode> visitor) {
		if (depth > MAX_DEPTH) {
			return;
		}
		if (node.isObject()) {
			visitor.accept(node);
		}
		if (node.isContainer()) {
			for (JsonNode child : node.values()) {
				walk(child, depth + 1, visitor);
			}
		}
	}

	private void collectIdentified(JsonNode node, Map<String, Appearances> byId) {
		String id = text(node.get("adjustment_id"));
		if (id != null) {
			appearances(byId, id).addFkpay(node);
			return;
		}
		JsonNode description = node.get("offerDescription");
		if (description != null && description.isObject() && (id = text(description.get("id"))) != null) {
			appearances(byId, id).addRevamped(node, description);
			return;
		}
		JsonNode footer = node.path("offerFooter").path("tncInfo");
		if ((id = text(footer.get("id"))) != null) {
			appearances(byId, id).addOfferBox(node);
		}
	}

	private Appearances appearances(Map<String, Appearances> byId, String id) {
		return byId.computeIfAbsent(id, Appearances::new);
	}

	private void collectLoose(JsonNode node, List<Appearances> found) {
		String text = firstText(node, "description", "summary", "offerDetailText", "display_text", "title",
				"offerTitle", "text");
		if (text == null) {
			return;
		}
		Appearances a = new Appearances(firstText(node, "id", "offerId", "offer_id", "offerCode"));
		a.addLoose(node);
		if (!a.banks.isEmpty() || a.structured.readable()) {
			found.add(a);
		}
	}

	/** A non-blank string (or number) value, trimmed; null otherwise. */
	static @Nullable String text(@Nullable JsonNode node) {
		if (node == null || !(node.isString() || node.isNumber())) {
			return null;
		}
		String value = node.asString().trim();
		return value.isEmpty() ? null : value;
	}

	private static @Nullable String firstText(JsonNode node, String... fields) {
		for (String field : fields) {
			String value = text(node.get(field));
			if (value != null) {
				return value;
			}
		}
		return null;
	}

	/** Strings of a field that may hold one string or an array of them. */
	private static List<String> strings(@Nullable JsonNode node) {
		List<String> out = new ArrayList<>();
		if (node == null) {
			return out;
		}
		if (node.isArray()) {
			for (JsonNode element : node.values()) {
				String value = text(element);
				if (value != null) {
					out.add(value);
				}
			}
		}
		else {
			String value = text(node);
			if (value != null) {
				out.add(value);
			}
		}
		return out;
	}

	/** Everything the payload says about one offer, from all the places it appears. */
	private final class Appearances {

		final @Nullable String id;

		final ArrayNode raw = json.createArrayNode();

		final Set<String> banks = new LinkedHashSet<>();

		final Set<String> instruments = new LinkedHashSet<>();

		final Set<String> networks = new LinkedHashSet<>();

		final Set<Integer> emiMonths = new TreeSet<>();

		/** Display texts, best first. */
		final Set<String> texts = new LinkedHashSet<>();

		/** Internal campaign names ({@code title} beside {@code adjustment_id}): a text of last resort. */
		final Set<String> titles = new LinkedHashSet<>();

		/** Why a value the payload gives cannot be trusted (a cap of 10^15 paise, a date in year 999999999). */
		@Nullable String doubt;

		@Nullable String type;

		@Nullable String subType;

		DiscountTerms structured = DiscountTerms.NONE;

		@Nullable Instant validFrom;

		@Nullable Instant validUntil;

		Appearances(@Nullable String id) {
			this.id = id == null || !SANE_ID.matcher(id).matches() ? null : id;
		}

		void addFkpay(JsonNode node) {
			raw.add(node);
			JsonNode contributors = node.path("contributors");
			addBanks(contributors.get("banks"));
			addBanks(node.get("banks"));
			if (node.path("provider").isArray()) {
				addBanks(node.get("provider"));
			}
			for (String field : List.of("payment_instrument", "payment_instruments", "payment_modes")) {
				addInstruments(contributors.get(field));
				addInstruments(node.get(field));
			}
			addMonths(contributors.get("emi_months"));
			addMonths(node.get("emi_months"));
			addNetworks(contributors.get("card_networks"));
			addNetworks(node.get("card_networks"));
			addText(node.get("summary"));
			addText(node.get("display_text"));
			addTitle(text(node.get("title")));
			if (type == null) {
				type = text(node.get("adjustment_type"));
			}
			if (subType == null) {
				subType = text(node.get("adjustment_sub_type"));
			}
			JsonNode limits = node.get("offer_txn_limits");
			if (limits != null && limits.isObject()) {
				merge(null, null, paise(limits, "max_discount_per_txn", Limit.CAP),
						paise(limits, "min_txn_value", Limit.MINIMUM), paise(limits, "max_txn_value", Limit.MAXIMUM));
			}
		}

		void addRevamped(JsonNode node, JsonNode description) {
			raw.add(node);
			addBanks(node.get("provider"));
			addText(description.get("text"));
			addTitle(text(node.path("offerText").get("text")));
		}

		void addOfferBox(JsonNode node) {
			raw.add(node);
			addText(node.path("offerHeader").get("title"));
			Long min = null;
			Long max = null;
			Long cap = null;
			for (JsonNode row : node.path("offerDescription").values()) {
				String key = text(row.get("key"));
				if (key == null || row.get("value") == null) {
					continue;
				}
				String k = key.toLowerCase(Locale.ROOT);
				if (k.contains("discount")) {
					// "Max Discount per order" / "Max. discount" cap one payment; per card or user they aggregate
					if (!k.contains("card") && !k.contains("user") && !k.contains("account")) {
						cap = rupees(row, Limit.CAP, "value");
					}
				}
				else if (k.startsWith("min")) {
					min = rupees(row, Limit.MINIMUM, "value");
				}
				else if (k.startsWith("max")) {
					max = rupees(row, Limit.MAXIMUM, "value");
				}
			}
			merge(null, null, cap, min, max);
		}

		void addLoose(JsonNode node) {
			raw.add(node);
			addText(node.get("description"));
			addText(node.get("summary"));
			addText(node.get("offerDetailText"));
			addText(node.get("display_text"));
			addText(node.get("title"));
			addText(node.get("offerTitle"));
			addText(node.get("text"));
			for (String field : List.of("bankName", "bank", "bank_name", "banks", "bankCode", "provider", "issuer")) {
				addBanks(node.get(field));
			}
			for (String field : List.of("paymentInstruments", "paymentInstrument", "payment_instruments",
					"payment_instrument", "paymentModes", "payment_modes", "paymentOptions", "instrument")) {
				JsonNode value = node.get(field);
				if (value != null && value.isArray()) {
					for (JsonNode element : value.values()) {
						if (element.isObject()) {
							addInstruments(element.get("paymentInstrument"));
							addBanks(element.get("banks"));
						}
					}
				}
				addInstruments(value);
			}
			looseTerms(node);
			validFrom = instant(node, false, "validFrom", "startDate", "valid_from", "start_date");
			validUntil = instant(node, true, "validTill", "validTo", "validUntil", "endDate", "expiryDate",
					"valid_till", "end_date");
		}

		private void looseTerms(JsonNode node) {
			String type = firstText(node, "discountType", "discount_type", "type");
			boolean percentType = type != null && type.toLowerCase(Locale.ROOT).startsWith("percent");
			Integer percent = null;
			Long flat = null;
			JsonNode value = node.get("discountValue");
			JsonNode percentNode = node.has("discountPercent") ? node.get("discountPercent")
					: node.get("discountPercentage");
			if (percentNode == null && percentType) {
				percentNode = value;
			}
			if (percentNode != null && !percentNode.isNull()) {
				percent = percent(percentNode);
			}
			if (percent == null) {
				flat = rupees(node, Limit.AMOUNT, percentType ? "discountAmount" : "discountValue", "discountAmount",
						"flatDiscount");
			}
			merge(percent, flat, rupees(node, Limit.CAP, "maxDiscount", "maxDiscountAmount", "max_discount",
					"maxDiscountValue"),
					rupees(node, Limit.MINIMUM, "minAmount", "minTxnAmount", "minOrderValue", "minTransactionAmount",
							"min_txn_value", "minimumAmount", "minPurchase"),
					rupees(node, Limit.MAXIMUM, "maxAmount", "maxTxnAmount", "maxOrderValue"));
		}

		/** A percent in (0, 100] with at most 2 decimals; anything else is a doubt. */
		private @Nullable Integer percent(JsonNode node) {
			BigDecimal value = decimal(node);
			if (value == null && node.isString()) {
				value = decimal(node.asString().strip().replaceFirst("\\s*%$", ""));
			}
			try {
				if (value != null) {
					int bps = value.movePointRight(2).intValueExact();
					if (DiscountTerms.isPercent(bps)) {
						return bps;
					}
				}
			}
			catch (ArithmeticException e) {
				// fractions of a basis point or beyond an int: not a percent we can trust
			}
			doubt("a percent that is not in (0, 100]: " + ClientText.cut(node.toString(), 40));
			return null;
		}

		/** Paise from a field that holds paise (the fkpay limits); null when absent; a doubt when unusable. */
		private @Nullable Long paise(JsonNode node, String field, Limit limit) {
			JsonNode value = node.get(field);
			if (value == null || value.isNull()) {
				return null;
			}
			BigDecimal paise = decimal(value);
			return checked(field, paise, limit);
		}

		/** Paise from a rupee field (a number, or a string such as "₹10,00,000"); null when absent. */
		private @Nullable Long rupees(JsonNode node, Limit limit, String... fields) {
			for (String field : fields) {
				JsonNode value = node.get(field);
				if (value == null || value.isNull()) {
					continue;
				}
				BigDecimal rupees = null;
				if (value.isNumber()) {
					rupees = decimal(value);
				}
				else if (value.isString()) {
					Long paise = RupeeAmounts.parse(OfferTextReader.normalize(value.asString()));
					rupees = paise == null ? null : BigDecimal.valueOf(paise, 2);
				}
				return checked(field, rupees == null ? null : rupees.movePointRight(2), limit);
			}
			return null;
		}

		/**
		 * A limit the service can apply, or null: zero means "none" for a minimum or maximum; a maximum beyond
		 * any query means none; anything else out of range, fractional or unreadable makes the offer doubtful.
		 */
		private @Nullable Long checked(String field, @Nullable BigDecimal paise, Limit limit) {
			try {
				if (paise != null) {
					long value = paise.longValueExact();
					if (value == 0 && (limit == Limit.MINIMUM || limit == Limit.MAXIMUM)) {
						return null;
					}
					if (limit == Limit.MAXIMUM && value >= DiscountTerms.MAX_AMOUNT_PAISE) {
						return null;
					}
					if (limit == Limit.MAXIMUM ? value > 0 : DiscountTerms.isMoney(value)) {
						return value;
					}
				}
			}
			catch (ArithmeticException e) {
				// fractions of a paisa or beyond a long
			}
			doubt(field + " is not an amount the service can apply");
			return null;
		}

		private void merge(@Nullable Integer percent, @Nullable Long flat, @Nullable Long cap, @Nullable Long min,
				@Nullable Long max) {
			DiscountTerms s = structured;
			structured = new DiscountTerms(first(s.percentBps(), percent), first(s.flatPaise(), flat),
					first(s.capPaise(), cap), first(s.minTxnPaise(), min), first(s.maxTxnPaise(), max));
		}

		/** A validity bound between 2000 and 2100; a date that is there but unreadable or out of range is a doubt. */
		private @Nullable Instant instant(JsonNode node, boolean end, String... fields) {
			String value = firstText(node, fields);
			if (value == null) {
				return null;
			}
			Instant at = value.length() > 40 ? null : FlipkartOfferParser.instant(value, end);
			if (at == null || at.isBefore(EARLIEST) || at.isAfter(LATEST)) {
				doubt("a validity date that cannot be read: " + ClientText.cut(value, 40));
				return null;
			}
			return at;
		}

		private void addText(@Nullable JsonNode node) {
			String value = text(node);
			if (value != null && texts.size() < MAX_TEXTS) {
				texts.add(OfferTextReader.normalize(value));
			}
		}

		private void addTitle(@Nullable String title) {
			if (title != null && titles.size() < MAX_TEXTS) {
				titles.add(title);
			}
		}

		private void doubt(String why) {
			if (doubt == null) {
				doubt = why;
			}
		}

		String why() {
			return doubt != null ? doubt : "no amount off in its text";
		}

		private void addBanks(@Nullable JsonNode node) {
			for (String bank : strings(node)) {
				String code = Banks.canonical(bank);
				if (!code.isEmpty() && code.length() <= 64) {
					banks.add(code);
				}
			}
		}

		private void addInstruments(@Nullable JsonNode node) {
			for (String instrument : strings(node)) {
				String code = Instruments.canonical(instrument);
				if (!code.isEmpty() && code.length() <= 40) {
					instruments.add(code);
				}
			}
		}

		private void addNetworks(@Nullable JsonNode node) {
			for (String network : strings(node)) {
				String code = network.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
				if (!code.isEmpty() && code.length() <= 40) {
					networks.add(code);
				}
			}
		}

		private void addMonths(@Nullable JsonNode node) {
			for (String months : strings(node)) {
				try {
					int m = Integer.parseInt(months);
					if (m >= 0 && m <= 120) {
						emiMonths.add(m);
					}
				}
				catch (NumberFormatException e) {
					// not a tenure
				}
			}
		}

		Offer toOffer() {
			List<String> candidates = new ArrayList<>(texts);
			candidates.addAll(titles);
			String text = candidates.isEmpty() ? "" : candidates.get(0);
			TextTerms read = OfferTextReader.read(text);
			for (String other : candidates) {
				if (read.doubt() != null || read.percentBps() != null || read.flatPaise() != null
						|| read.noCostEmi()) {
					break;
				}
				read = OfferTextReader.read(other);
			}
			if (read.doubt() != null) {
				doubt(read.doubt());
			}
			String summary = ClientText.cut(text, Offer.MAX_SUMMARY_LENGTH);

			OfferKind kind = kind(read);
			DiscountTerms s = structured;
			// structured fields win over text: the amount off comes from structured fields when they have one
			// (hand-made shapes), else from the text; limits from structured fields, else from the text
			boolean structuredAmount = s.percentBps() != null || s.flatPaise() != null;
			DiscountTerms terms = new DiscountTerms(structuredAmount ? s.percentBps() : read.percentBps(),
					structuredAmount ? s.flatPaise() : read.flatPaise(), first(s.capPaise(), read.capPaise()),
					first(s.minTxnPaise(), read.minTxnPaise()), s.maxTxnPaise());

			Set<String> offerInstruments = Instruments.refined(instruments, read.instruments());
			Set<String> offerNetworks = new LinkedHashSet<>(networks);
			offerNetworks.addAll(read.cardNetworks());

			Tenure tenure = new Tenure(emiMonths.contains(0) && emiMonths.size() == 1 ? Set.of() : emiMonths,
					read.minMonths(), read.maxMonths());
			Instant until = validUntil != null ? validUntil : read.validUntil();
			boolean readable = doubt == null && (kind == OfferKind.NO_COST_EMI || terms.readable());
			String rawJson = json.writeValueAsString(raw);
			String key = id != null ? id : fingerprint(kind, terms, tenure, summary);
			return new Offer(key, id, kind, summary, banks, offerInstruments, offerNetworks, terms, tenure, validFrom,
					until, readable, rawJson);
		}

		private OfferKind kind(TextTerms read) {
			String sub = subType == null ? "" : subType.toUpperCase(Locale.ROOT);
			String t = type == null ? "" : type.toUpperCase(Locale.ROOT);
			if (sub.contains("INTEREST") || sub.contains("NO_COST") || read.noCostEmi()) {
				return OfferKind.NO_COST_EMI;
			}
			if (t.contains("CASHBACK") || read.cashback()) {
				return OfferKind.CASHBACK;
			}
			return OfferKind.INSTANT_DISCOUNT;
		}

		/** A stable key for an offer without an id: the same content always gives the same key. */
		private String fingerprint(OfferKind kind, DiscountTerms terms, Tenure tenure, String summary) {
			String content = String.join("|", kind.name(), String.join(",", new TreeSet<>(banks)),
					String.join(",", new TreeSet<>(instruments)), terms.toString(), tenure.toString(),
					summary.toLowerCase(Locale.ROOT), String.valueOf(validFrom), String.valueOf(validUntil));
			return "fp-" + Digests.sha256Hex(content).substring(0, 32);
		}
	}

	private static <T> @Nullable T first(@Nullable T a, @Nullable T b) {
		return a != null ? a : b;
	}

	/** An ISO instant or date; a bare date that ends validity means the end of that day in India. */
	private static @Nullable Instant instant(String value, boolean end) {
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException e) {
			try {
				LocalDate day = LocalDate.parse(value);
				return (end ? day.plusDays(1) : day).atStartOfDay(INDIA).toInstant();
			}
			catch (DateTimeException ignored) {
				return null;
			}
		}
		catch (DateTimeException e) {
			return null;
		}
	}

	/** A finite number as a BigDecimal; null for anything else (Jackson reads 1e999999 as infinity). */
	static @Nullable BigDecimal decimal(JsonNode node) {
		if (!node.isNumber() || ((node.isDouble() || node.isFloat()) && !Double.isFinite(node.doubleValue()))) {
			return null;
		}
		try {
			return node.decimalValue();
		}
		catch (RuntimeException e) {
			// a number Jackson cannot give as a BigDecimal is no amount to trust
			return null;
		}
	}

	private static @Nullable BigDecimal decimal(String text) {
		if (text.length() > 40) {
			return null;
		}
		try {
			return new BigDecimal(text);
		}
		catch (NumberFormatException e) {
			return null;
		}
	}

	/** What a limit means, for how far it may range. */
	private enum Limit {
		AMOUNT, CAP, MINIMUM, MAXIMUM
	}
}
