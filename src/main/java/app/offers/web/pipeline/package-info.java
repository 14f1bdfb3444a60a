/**
 * What every request passes before a controller: the servlet filters, registered in their
 * order by {@link app.offers.web.pipeline.RequestPipeline}, Tomcat's settings, CORS for
 * the read endpoints ({@link app.offers.web.pipeline.ReadEndpoints}), request ids,
 * timings and the access log. The filters are plain servlet filters rather than
 * {@code OncePerRequestFilter}s: registered for the request dispatch only, they run once
 * per request anyway and skip the request-attribute bookkeeping that, times every filter,
 * showed in profiles of the read path.
 */
@NullMarked
@NamedInterface("pipeline")
package app.offers.web.pipeline;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
