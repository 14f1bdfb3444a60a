package app.offers.discount;

import java.time.Clock;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import app.offers.offer.Money;
import app.offers.web.openapi.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * GET /highest-discount: the most a shopper saves on an amount with a bank and,
 * optionally, an instrument.
 */
@RestController
@Tag(name = "discounts")
class DiscountController {

	private final LiveOffers offers;

	private final Clock clock;

	DiscountController(LiveOffers offers, Clock clock) {
		this.offers = offers;
		this.clock = clock;
	}

	@Operation(operationId = "getHighestDiscount",
			summary = "The highest discount for an amount, a bank and optionally an instrument",
			description = "Answered from memory. Cashback counts as a discount; No Cost EMI never gives an amount. "
					+ "0 when no offer applies, also for a bank the service does not know. For example, HDFC credit-card "
					+ "EMI over 9 months on a Visa card: amountToPay=80000&bankName=HDFC&paymentInstrument=EMI_OPTIONS"
					+ "&emiMonths=9&cardNetwork=VISA.")
	@ApiResponse(responseCode = "200", description = "Rupees as a JSON number; 0 when no offer applies",
			content = @Content(schema = @Schema(implementation = HighestDiscount.class),
					examples = @ExampleObject("{\"highestDiscountAmount\": 4500}")))
	@ApiResponse(responseCode = "400", description = "A parameter is missing, repeated or malformed",
			content = @Content(examples = @ExampleObject(ApiDocs.PROBLEM_EXAMPLE)))
	@Parameter(name = "amountToPay", in = ParameterIn.QUERY, required = true, example = "80000")
	@Parameter(name = "bankName", in = ParameterIn.QUERY, required = true, example = "HDFC")
	@GetMapping(path = "/highest-discount", produces = MediaType.APPLICATION_JSON_VALUE)
	HighestDiscount highestDiscount(@Parameter(hidden = true) DiscountQuery q) {
		long paise = offers.current().highestDiscountPaise(q.criteria(), q.amountPaise(), clock.instant());
		return new HighestDiscount(Money.rupees(paise));
	}

}
