@NullMarked
package app.offers.parsing;

import org.jspecify.annotations.NullMarked;
