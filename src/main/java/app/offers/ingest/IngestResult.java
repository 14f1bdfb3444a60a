package app.offers.ingest;

/** The answer to POST /offer: offers found in the payload, and how many of them were not stored before. */
public record IngestResult(int noOfOffersIdentified, int noOfNewOffersCreated) {
}
