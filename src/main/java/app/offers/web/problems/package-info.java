/**
 * The problem model: every error is an RFC 9457 answer of one of the
 * {@link app.offers.web.problems.ProblemType}s, from a controller, a filter, Spring MVC
 * or Tomcat alike; the domain's own refusals ({@link app.offers.offer.InvalidValue}) are
 * mapped to 400 here.
 */
@NullMarked
@NamedInterface("problems")
package app.offers.web.problems;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
