package app.offers.ingest;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * POST /offer's body as the API description shows it. The controller reads the body as a
 * JSON tree instead, so that every wrong shape gets an answer saying what is wrong.
 */
@Schema(description = "A payment-page response to learn offers from")
record OfferPayload(@Schema(types = {
		"object", "array" }, additionalProperties = Schema.AdditionalPropertiesValue.TRUE,
		description = "The JSON Flipkart's payment page returned, as it was: any shape, or a list of offers; offers "
				+ "are found by what identifies them, not by path") Object flipkartOfferApiResponse){
}
