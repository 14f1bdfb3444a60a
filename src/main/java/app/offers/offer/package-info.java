/**
 * The domain and its store: offers, their terms in exact money, banks, instruments,
 * tenures, the vocabulary a query uses for them, and every write through
 * {@link app.offers.offer.OfferWrites}. It depends on no other module.
 */
@NullMarked
@ApplicationModule(allowedDependencies = {})
package app.offers.offer;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
