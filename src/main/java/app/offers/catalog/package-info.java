@NullMarked
package app.offers.catalog;

import org.jspecify.annotations.NullMarked;
