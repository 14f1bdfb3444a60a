package app.offers.discount;

import java.math.BigDecimal;

import app.offers.web.pipeline.DirectJson;
import io.swagger.v3.oas.annotations.media.Schema;

/** The answer to GET /highest-discount: rupees, as a JSON number (1750, 925.5, 0). */
public record HighestDiscount(@Schema(description = "Rupees; 0 when no offer applies, never more than amountToPay",
		example = "4500") BigDecimal highestDiscountAmount) implements DirectJson {

	/**
	 * As Jackson writes it: BigDecimal.toString, which for rupees from paise is never in
	 * exponent form.
	 */
	@Override
	public String json() {
		return "{\"highestDiscountAmount\":" + highestDiscountAmount + "}";
	}
}
