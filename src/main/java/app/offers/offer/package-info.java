@NullMarked
package app.offers.offer;

import org.jspecify.annotations.NullMarked;
