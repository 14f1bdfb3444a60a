package app.offers.ingest;

import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * POST /offer's body as the API description shows it. The controller reads the body as a JSON tree instead, so
 * that every wrong shape gets an answer saying what is wrong.
 */
@Schema(description = "A payment-page response to learn offers from")
record OfferPayload(@Schema(description = "The JSON Flipkart's payment page returned, as it was: any shape; offers "
		+ "are found by what identifies them, not by path") Map<String, Object> flipkartOfferApiResponse) {
}
