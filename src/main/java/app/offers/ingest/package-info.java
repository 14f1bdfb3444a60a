/**
 * Learning offers: {@code POST /offer} and withdrawals. It writes through the domain's
 * {@code OfferWrites} and compares with the offers held through the {@code KnownOffers}
 * port, so it does not depend on how offers are answered from ({@code discount}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "offer", "parsing", "web::problems", "web::openapi" })
package app.offers.ingest;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
