/**
 * Validation, errors and the filters every request passes, registered in their order by
 * {@link RequestPipeline}. The filters are plain servlet filters rather than
 * {@code OncePerRequestFilter}s: registered for the request dispatch only, they run once
 * per request anyway and skip the request-attribute bookkeeping that, times every filter,
 * showed in profiles of the read path.
 */
@NullMarked
package app.offers.web;

import org.jspecify.annotations.NullMarked;
