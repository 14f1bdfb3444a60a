/**
 * The web layer every feature shares, in three parts: {@code pipeline} (what every
 * request passes), {@code problems} (every error as problem+json) and {@code openapi}
 * (the API's description).
 */
@NullMarked
@ApplicationModule(allowedDependencies = "offer")
package app.offers.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
