package app.offers.catalog;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.offers.offer.ClientText;
import app.offers.web.ProblemType;
import app.offers.web.Problems;
import app.offers.web.QueryParams;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** GET /offers and GET /offers/{id}: the stored offers as the service understood them, from the database. */
@RestController
@Tag(name = "offers")
class CatalogController {

	record OfferPage(List<OfferView> offers, int page, int size, long totalOffers, int totalPages) {
	}

	/** One offer with every appearance the payload had of it, and how many earlier versions were replaced. */
	record OfferDetail(OfferView offer,
			@ArraySchema(arraySchema = @Schema(description = "Every appearance of the offer in the payload that "
					+ "carried its current version, as the payment page sent it"),
					schema = @Schema(types = "object", additionalProperties = Schema.AdditionalPropertiesValue.TRUE))
			List<JsonNode> rawJson,
			long replacedVersions) {
	}

	static final int MAX_PAGE = 100_000;

	static final int MAX_SIZE = 100;

	static final int DEFAULT_SIZE = 20;

	private final Offers offers;

	private final Clock clock;

	private final JdbcTemplate jdbc;

	private final JsonMapper json = JsonMapper.builder().build();

	/** The parser stores an offer's appearances as an array of the objects it was found in. */
	private static final TypeReference<List<JsonNode>> APPEARANCES = new TypeReference<>() {
	};

	CatalogController(Offers offers, Clock clock, JdbcTemplate jdbc) {
		this.offers = offers;
		this.clock = clock;
		this.jdbc = jdbc;
	}

	@Operation(operationId = "listOffers",
			summary = "The stored offers as the service understood them, paged and filtered",
			description = "Read from the database, ordered by id.",
			parameters = { @Parameter(name = "bankName", example = "HDFC"),
					@Parameter(name = "paymentInstrument", example = "EMI_OPTIONS"),
					@Parameter(name = "page", description = "The page, from 0",
							schema = @Schema(types = "integer", minimum = "0", maximum = "" + MAX_PAGE,
									defaultValue = "0")),
					@Parameter(name = "size", description = "Offers per page",
							schema = @Schema(types = "integer", minimum = "1", maximum = "" + MAX_SIZE,
									defaultValue = "" + DEFAULT_SIZE)) })
	@ApiResponse(responseCode = "200", description = "One page of offers and how many there are in all")
	@ApiResponse(responseCode = "400", description = "A filter or paging parameter is malformed")
	@ApiResponse(responseCode = "503", description = "The offer store is unavailable; retry after Retry-After seconds",
			headers = @Header(name = "Retry-After", description = "Seconds to wait",
					schema = @Schema(types = "integer")))
	@GetMapping(path = "/offers", produces = MediaType.APPLICATION_JSON_VALUE)
	@Transactional(readOnly = true)
	OfferPage list(@RequestParam(required = false) @Nullable String bankName,
			@RequestParam(required = false) @Nullable String paymentInstrument,
			@RequestParam(required = false) @Nullable String active,
			@RequestParam(required = false) @Nullable String page,
			@RequestParam(required = false) @Nullable String size) {
		Instant now = clock.instant();
		Specification<StoredOffer> filter = Specification.unrestricted();
		if (bankName != null) {
			filter = filter.and(OfferSpecifications.bank(QueryParams.bank(bankName)));
		}
		String instrument = QueryParams.instrument(paymentInstrument);
		if (instrument != null) {
			filter = filter.and(OfferSpecifications.instrument(instrument));
		}
		Boolean activeOnly = QueryParams.flag("active", active);
		if (activeOnly != null) {
			filter = filter.and(OfferSpecifications.active(now, activeOnly));
		}
		int p = QueryParams.bounded("page", page, 0, MAX_PAGE, 0);
		int s = QueryParams.bounded("size", size, 1, MAX_SIZE, DEFAULT_SIZE);
		Page<StoredOffer> found = offers.findAll(filter, PageRequest.of(p, s, Sort.by("key")));
		return new OfferPage(found.map(o -> OfferView.of(o, now)).getContent(), p, s, found.getTotalElements(),
				found.getTotalPages());
	}

	@Operation(operationId = "getOffer", summary = "One stored offer with the raw JSON of every appearance",
			parameters = @Parameter(name = "id", description = "The offer's id: Flipkart's, or a fingerprint for "
					+ "offers without one", example = "FPO250619134128USHPF"))
	@ApiResponse(responseCode = "200", description = "The offer, its appearances and how many versions it replaced")
	@ApiResponse(responseCode = "404", description = "No offer with that id is stored")
	@ApiResponse(responseCode = "503", description = "The offer store is unavailable; retry after Retry-After seconds",
			headers = @Header(name = "Retry-After", description = "Seconds to wait",
					schema = @Schema(types = "integer")))
	@GetMapping(path = "/offers/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
	@Transactional(readOnly = true)
	OfferDetail one(@PathVariable String id) {
		StoredOffer offer = offers.findById(id).orElseThrow(() -> notFound(id));
		Long replaced = jdbc.queryForObject("select count(*) from offer_revision where offer_key = ?", Long.class, id);
		return new OfferDetail(OfferView.of(offer, clock.instant()), json.readValue(offer.getRawJson(), APPEARANCES),
				replaced == null ? 0 : replaced);
	}

	private static ErrorResponseException notFound(String id) {
		return new ErrorResponseException(HttpStatus.NOT_FOUND, Problems.detail(ProblemType.NOT_FOUND, 404,
				"No offer with id \"" + ClientText.forLog(ClientText.cut(id, 80)) + "\" is stored; GET /offers lists them."),
				null);
	}
}
