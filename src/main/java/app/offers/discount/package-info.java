@NullMarked
package app.offers.discount;

import org.jspecify.annotations.NullMarked;
