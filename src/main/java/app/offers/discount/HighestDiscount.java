package app.offers.discount;

import java.math.BigDecimal;

/** The answer to GET /highest-discount: rupees, as a JSON number (1750, 925.5, 0). */
public record HighestDiscount(BigDecimal highestDiscountAmount) {
}
