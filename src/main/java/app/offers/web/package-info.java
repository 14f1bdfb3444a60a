@NullMarked
package app.offers.web;

import org.jspecify.annotations.NullMarked;
