package app.offers.ingest;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import app.offers.web.BadRequest;
import tools.jackson.databind.JsonNode;

/** POST /offer: learns the offers in a payment-page response. */
@RestController
class OfferController {

	static final String WRAPPER = "flipkartOfferApiResponse";

	private final OfferIngestion ingestion;

	OfferController(OfferIngestion ingestion) {
		this.ingestion = ingestion;
	}

	@PostMapping(path = "/offer", consumes = MediaType.APPLICATION_JSON_VALUE,
			produces = MediaType.APPLICATION_JSON_VALUE)
	IngestResult learn(@RequestBody JsonNode body) {
		if (!body.isObject()) {
			throw new BadRequest("The request body must be a JSON object like {\"" + WRAPPER + "\": {...}}, not "
					+ describe(body) + ".");
		}
		JsonNode response = body.get(WRAPPER);
		if (response == null || response.isNull()) {
			throw new BadRequest("The request body needs the field \"" + WRAPPER
					+ "\" holding the JSON the payment page returned.");
		}
		if (!response.isObject()) {
			throw new BadRequest("\"" + WRAPPER + "\" must be a JSON object (the payment page's response), not "
					+ describe(response) + ".");
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
			default -> "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
		};
	}
}
