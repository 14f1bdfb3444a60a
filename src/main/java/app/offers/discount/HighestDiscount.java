package app.offers.discount;

import java.math.BigDecimal;

import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to GET /highest-discount: rupees, as a JSON number (1750, 925.5, 0). */
public record HighestDiscount(@Schema(description = "Rupees; 0 when no offer applies, never more than amountToPay",
		example = "4500") BigDecimal highestDiscountAmount) {
}
