package app.offers.ingest;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The answer to POST /offer: offers found in the payload, and how many of them were not
 * stored before.
 */
public record IngestResult(@Schema(
		description = "Distinct offers in the payload (one offer shown in several places is one)") int noOfOffersIdentified,
		@Schema(description = "Those not stored before; 0 when the same payload is posted again") int noOfNewOffersCreated) {
}
