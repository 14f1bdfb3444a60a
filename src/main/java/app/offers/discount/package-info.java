/**
 * Answering from memory: {@link app.offers.discount.LiveOffers} holds the offers as an
 * immutable {@link app.offers.discount.OfferIndex}, loaded at start-up and replaced after
 * each committed write; the endpoints {@code /highest-discount}, {@code /best-offers},
 * {@code /payment-options} and {@code /discount-curve} read it.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "offer", "web::pipeline", "web::problems", "web::openapi" })
package app.offers.discount;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
