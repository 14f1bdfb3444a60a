package app.offers.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.offers.offer.Vocabulary;
import app.offers.discount.LiveOffers;
import app.offers.discount.OfferIndex;
import app.offers.offer.ClientText;
import app.offers.offer.Instruments;
import app.offers.offer.Offer;
import app.offers.offer.OfferStatus;
import app.offers.offer.OfferStore;
import app.offers.web.problems.ProblemType;
import app.offers.web.problems.Problems;
import app.offers.web.problems.QueryParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET /offers and GET /offers/{id}: the stored offers as the service understood them. The
 * list is filtered from the in-memory offers (every stored offer) by the domain's own
 * rules; one offer, with its raw JSON and history, is read from the store.
 */
@RestController
@Tag(name = "offers")
class CatalogController {

	record OfferPage(List<OfferView> offers, int page, int size, long totalOffers, int totalPages) {
	}

	/**
	 * One offer with every appearance the payload had of it, and how many earlier
	 * versions were replaced.
	 */
	record OfferDetail(OfferView offer,
			@ArraySchema(
					arraySchema = @Schema(description = "Every appearance of the offer in the payload that "
							+ "carried its current version, as the payment page sent it"),
					schema = @Schema(types = "object",
							additionalProperties = Schema.AdditionalPropertiesValue.TRUE)) List<JsonNode> rawJson,
			long replacedVersions) {
	}

	static final int MAX_PAGE = 100_000;

	static final int MAX_SIZE = 100;

	static final int DEFAULT_SIZE = 20;

	private final LiveOffers live;

	private final OfferStore store;

	private final Clock clock;

	private final JsonMapper json = JsonMapper.builder().build();

	/**
	 * The parser stores an offer's appearances as an array of the objects it was found
	 * in.
	 */
	private static final TypeReference<List<JsonNode>> APPEARANCES = new TypeReference<>() {
	};

	CatalogController(LiveOffers live, OfferStore store, Clock clock) {
		this.live = live;
		this.store = store;
		this.clock = clock;
	}

	@Operation(operationId = "listOffers",
			summary = "The stored offers as the service understood them, paged and filtered",
			description = "Every stored offer, ordered by id. For example, HDFC's card-EMI offers applied now: "
					+ "bankName=HDFC&paymentInstrument=EMI_OPTIONS&status=ACTIVE.",
			parameters = {
					@Parameter(name = "page", description = "The page, from 0",
							schema = @Schema(types = "integer", minimum = "0", maximum = "" + MAX_PAGE,
									defaultValue = "0")),
					@Parameter(name = "size", description = "Offers per page",
							schema = @Schema(types = "integer", minimum = "1", maximum = "" + MAX_SIZE,
									defaultValue = "" + DEFAULT_SIZE)) })
	@ApiResponse(responseCode = "200", description = "One page of offers and how many there are in all",
			content = @Content(schema = @Schema(implementation = OfferPage.class),
					examples = @ExampleObject("""
							{"offers": [
							  {"id": "FPO250626182451RYQC7", "flipkartId": "FPO250626182451RYQC7", "kind": "INSTANT_DISCOUNT",
							   "summary": "5% off up to ₹750 on IDFC FIRST Power Women Platinum and Signature DebitCards. Min Txn Value: ₹5,000",
							   "banks": ["IDFC"], "instruments": ["DEBIT"], "cardNetworks": [], "percent": 5, "flatAmount": null,
							   "maxDiscount": 750, "minAmount": 5000, "maxAmount": null, "emiMonths": [], "minEmiMonths": null,
							   "maxEmiMonths": null, "validFrom": null, "validUntil": null, "active": true, "status": "ACTIVE",
							   "readable": true, "givesAmountOff": true, "productScoped": false, "conditions": [],
							   "firstSeen": "2025-06-26T18:30:12.5Z", "lastChanged": "2025-06-26T18:30:12.5Z",
							   "lastSeen": "2025-07-04T09:15:00Z"}],
							 "page": 0, "size": 1, "totalOffers": 1, "totalPages": 1}""")))
	@ApiResponse(responseCode = "400", description = "A filter or paging parameter is malformed")
	@ApiResponse(responseCode = "503", description = "The offer store is unavailable; retry after Retry-After seconds")
	@GetMapping(path = "/offers", produces = MediaType.APPLICATION_JSON_VALUE)
	OfferPage list(@RequestParam(required = false) @Nullable String bankName,
			@RequestParam(required = false) @Nullable String paymentInstrument,
			@RequestParam(required = false) @Nullable String active,
			@RequestParam(required = false) @Nullable String status,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		Instant now = clock.instant();
		Predicate<Offer> filter = o -> true;
		if (bankName != null) {
			String bank = Vocabulary.bank("bankName", bankName);
			filter = filter.and(o -> o.banks().contains(bank));
		}
		String instrument = Vocabulary.instrument("paymentInstrument", paymentInstrument);
		if (instrument != null) {
			filter = filter.and(o -> Instruments.reachesAny(instrument, o.instruments()));
		}
		OfferIndex index = live.current();
		Boolean activeOnly = QueryParams.flag("active", active);
		if (activeOnly != null) {
			filter = filter.and(o -> (index.status(o, now) == OfferStatus.ACTIVE) == activeOnly);
		}
		OfferStatus wanted = Vocabulary.status("status", status);
		if (wanted != null) {
			filter = filter.and(o -> index.status(o, now) == wanted);
		}
		int p = QueryParams.bounded("page", page, 0, MAX_PAGE, 0);
		int s = QueryParams.bounded("size", size, 1, MAX_SIZE, DEFAULT_SIZE);
		List<Offer> found = index.offersByKey().stream().filter(filter).toList();
		List<Offer> shown = found.subList(Math.min(found.size(), p * s), Math.min(found.size(), p * s + s));
		Map<String, OfferStore.Seen> seen = store.seen(shown.stream().map(Offer::key).toList());
		List<OfferView> views = shown.stream()
			// an offer the store no longer holds (removed by hand) until the snapshot is
			// reloaded
			.filter(o -> seen.containsKey(o.key()))
			.map(o -> OfferView.of(o, index.status(o, now), seen.get(o.key()).firstSeen(),
					seen.get(o.key()).lastChanged(), index.lifecycle(o.key())))
			.toList();
		return new OfferPage(views, p, s, found.size(), (found.size() + s - 1) / s);
	}

	@Operation(operationId = "getOffer", summary = "One stored offer with the raw JSON of every appearance",
			parameters = @Parameter(name = "id",
					description = "The offer's id: Flipkart's, or a fingerprint for " + "offers without one",
					example = "FPO250619134128USHPF"))
	@ApiResponse(responseCode = "200", description = "The offer, its appearances and how many versions it replaced",
			content = @Content(schema = @Schema(implementation = OfferDetail.class),
					examples = @ExampleObject("""
							{"offer": {"id": "FPO250626172916JI4VZ", "flipkartId": "FPO250626172916JI4VZ", "kind": "CASHBACK",
							   "summary": "Flat ₹10 Cashback on Paytm UPI Trxns. Min Order Value ₹500. Valid once per Paytm account",
							   "banks": [], "instruments": ["UPI_COLLECT", "UPI_INTENT"], "cardNetworks": [], "percent": null,
							   "flatAmount": 10, "maxDiscount": null, "minAmount": 500, "maxAmount": null, "emiMonths": [],
							   "minEmiMonths": null, "maxEmiMonths": null, "validFrom": null, "validUntil": null, "active": true,
							   "status": "ACTIVE", "readable": true, "givesAmountOff": true, "productScoped": false,
							   "conditions": ["Once per Paytm account"], "firstSeen": "2025-06-26T17:30:00Z",
							   "lastChanged": "2025-06-26T17:30:00Z", "lastSeen": "2025-07-04T09:15:00Z"},
							 "rawJson": [
							  {"adjustment_type": "CASHBACK_ON_CARD", "adjustment_id": "FPO250626172916JI4VZ",
							   "summary": "Flat ₹10 Cashback on Paytm UPI Trxns. Min Order Value ₹500. Valid once per Paytm account",
							   "contributors": {"payment_instrument": ["UPI_COLLECT", "UPI_INTENT"], "banks": [], "emi_months": ["0"],
							                    "card_networks": []},
							   "display_tags": ["PAYMENT_OPTIONS"]}],
							 "replacedVersions": 0}""")))
	@ApiResponse(responseCode = "404", description = "No offer with that id is stored")
	@ApiResponse(responseCode = "503", description = "The offer store is unavailable; retry after Retry-After seconds")
	@GetMapping(path = "/offers/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	OfferDetail one(@PathVariable String id) {
		OfferStore.Recorded stored = store.find(id).orElseThrow(() -> notFound(id));
		OfferIndex index = live.current();
		return new OfferDetail(
				OfferView.of(stored.offer(), index.status(stored.offer(), clock.instant()), stored.firstSeen(),
						stored.lastChanged(), index.lifecycle(id)),
				json.readValue(stored.offer().rawJson(), APPEARANCES), stored.replacedVersions());
	}

	private static ErrorResponseException notFound(String id) {
		return new ErrorResponseException(HttpStatus.NOT_FOUND,
				Problems.detail(ProblemType.NOT_FOUND, 404, "No offer with id \""
						+ ClientText.forLog(ClientText.cut(id, 80)) + "\" is stored; GET /offers lists them."),
				null);
	}

}
