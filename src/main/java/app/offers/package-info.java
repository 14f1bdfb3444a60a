@NullMarked
package app.offers;

import org.jspecify.annotations.NullMarked;
