/**
 * Reading a payment-page response: finds the offers in it by their shape and reads their
 * terms. Plain Java, no Spring; it knows only the domain ({@code offer}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "offer" })
package app.offers.parsing;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
