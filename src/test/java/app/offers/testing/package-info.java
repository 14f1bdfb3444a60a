/**
 * What tests across the features share: the service in a process of its own, raw HTTP,
 * payloads and samples, the H2 URLs and the optional PostgreSQL test database, a clock a
 * test can move.
 */
@NullMarked
package app.offers.testing;

import org.jspecify.annotations.NullMarked;
