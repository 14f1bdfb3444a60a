@NullMarked
package app.offers.ingest;

import org.jspecify.annotations.NullMarked;
