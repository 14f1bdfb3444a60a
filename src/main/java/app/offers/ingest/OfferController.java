package app.offers.ingest;

import java.util.Locale;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.offers.web.openapi.ApiDocs;
import app.offers.web.problems.BadRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import tools.jackson.databind.JsonNode;

/** POST /offer: learns the offers in a payment-page response. */
@RestController
@Tag(name = "offers")
class OfferController {

	static final String WRAPPER = "flipkartOfferApiResponse";

	private final OfferIngestion ingestion;

	OfferController(OfferIngestion ingestion) {
		this.ingestion = ingestion;
	}

	@Operation(operationId = "postOffer", summary = "Learn the offers of a payment-page response",
			description = "Finds every offer in the JSON Flipkart's payment page returned (banners, sections, "
					+ "adjustment lists, offer lists, per-option boxes), stores the new ones and updates changed ones. "
					+ "Posting the same payload again answers the same count and 0 new. Not offered to browsers "
					+ "(no CORS): offers are learned server to server.",
			security = @SecurityRequirement(name = ApiDocs.API_KEY),
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = "application/json",
							schema = @Schema(implementation = OfferPayload.class),
							examples = @ExampleObject(name = "real-08", summary = "Two offers of a real capture",
									value = ApiDocs.POST_EXAMPLE))))
	@ApiResponse(responseCode = "200", description = "Offers found in the payload and how many were new",
			content = @Content(schema = @Schema(implementation = IngestResult.class),
					examples = @ExampleObject("{\"noOfOffersIdentified\": 2, \"noOfNewOffersCreated\": 2}")))
	@ApiResponse(responseCode = "400",
			description = "Not JSON, not an object, a key twice in one object, or no flipkartOfferApiResponse object or list")
	@ApiResponse(responseCode = "401", description = "The service has a key; X-API-Key is missing, wrong or repeated")
	@ApiResponse(responseCode = "408", description = "The body did not arrive within offers.body-read-timeout")
	@ApiResponse(responseCode = "413", description = "The body is larger than offers.max-body-size")
	@ApiResponse(responseCode = "415", description = "Content-Type is not application/json")
	@ApiResponse(responseCode = "422",
			description = "More distinct offers than offers.max-offers-per-payload; nothing stored")
	@ApiResponse(responseCode = "429", description = "Too many uploads at once; retry after Retry-After seconds")
	@ApiResponse(responseCode = "507",
			description = "The payload's new offers would take the store beyond offers.max-stored-offers; nothing "
					+ "stored")
	@ApiResponse(responseCode = "503",
			description = "The offer store is unavailable "
					+ "(store-unavailable: nothing stored) or failed while committing (outcome-unknown: it may be "
					+ "stored; posting the same payload again is safe), or the service is starting and has not loaded "
					+ "the stored offers yet (not-ready: nothing stored); retry after Retry-After seconds")
	@PostMapping(path = "/offer", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	IngestResult learn(@RequestBody JsonNode body) {
		if (!body.isObject()) {
			throw BadRequest.body("The request body must be a JSON object like {\"" + WRAPPER + "\": {...}}, not "
					+ describe(body) + ".");
		}
		JsonNode response = body.get(WRAPPER);
		if (response == null || response.isNull()) {
			throw BadRequest.body(
					"The request body needs the field \"" + WRAPPER + "\" holding the JSON the payment page returned.");
		}
		// a list of offers is read as if it stood under an "offers" key: some integrators
		// post just the list
		if (!response.isObject() && !response.isArray()) {
			throw BadRequest.body("\"" + WRAPPER + "\" must be a JSON object (the payment page's response) or a "
					+ "list of offers, not " + describe(response) + ".");
		}
		return ingestion.ingest(response);
	}

	private static String describe(JsonNode node) {
		return switch (node.getNodeType()) {
			case ARRAY -> "an array";
			case STRING -> "a string";
			case NUMBER -> "a number";
			case BOOLEAN -> "a boolean";
			case NULL, MISSING -> "null";
			default -> "a " + node.getNodeType().name().toLowerCase(Locale.ROOT);
		};
	}

}
