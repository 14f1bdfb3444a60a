/**
 * HTTP caching of the read endpoints for a checkout frontend and a CDN: ETags from the
 * store version and the query, 304 on a match, a configurable Cache-Control.
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "discount", "web::pipeline" })
package app.offers.caching;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
