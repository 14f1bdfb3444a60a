/**
 * Listing what is stored: {@code /offers} filters the in-memory offers by the domain's
 * own rules; {@code /offers/{id}} reads one offer's raw JSON and history from the store.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "offer", "discount", "web::problems" })
package app.offers.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
