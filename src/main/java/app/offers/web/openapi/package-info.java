/**
 * The API's OpenAPI description, built from the controllers and completed with what
 * springdoc cannot see (examples, problem answers, parameters read by hand).
 */
@NullMarked
@NamedInterface("openapi")
package app.offers.web.openapi;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
