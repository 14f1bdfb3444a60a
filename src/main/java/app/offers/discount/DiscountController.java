package app.offers.discount;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import org.springframework.http.ProblemDetail;

import app.offers.parsing.RupeeAmounts;
import app.offers.web.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;

/** GET /highest-discount: the most a shopper saves on an amount with a bank and, optionally, an instrument. */
@RestController
class DiscountController {

	private final LiveOffers offers;

	private final Clock clock;

	DiscountController(LiveOffers offers, Clock clock) {
		this.offers = offers;
		this.clock = clock;
	}

	@Operation(summary = "The highest discount for an amount, a bank and optionally an instrument",
			description = "Answered from memory. Cashback counts as a discount; No Cost EMI never gives an amount.")
	@ApiResponse(responseCode = "200", description = "Rupees as a JSON number; 0 when no offer applies",
			content = @Content(schema = @Schema(implementation = HighestDiscount.class),
					examples = @ExampleObject("{\"highestDiscountAmount\": 4500}")))
	@ApiResponse(responseCode = "400", description = "A parameter is missing, repeated or malformed",
			content = @Content(mediaType = "application/problem+json",
					schema = @Schema(implementation = ProblemDetail.class),
					examples = @ExampleObject(ApiDocs.PROBLEM_EXAMPLE)))
	@GetMapping(path = "/highest-discount", produces = MediaType.APPLICATION_JSON_VALUE)
	HighestDiscount highestDiscount(
			@Parameter(description = "Rupees, positive, at most 2 decimals, at most 1000000000",
					example = "80000") @RequestParam String amountToPay,
			@Parameter(description = "Bank code or name: HDFC, hdfc bank, State Bank of India, BOBCARD, ...",
					example = "HDFC") @RequestParam String bankName,
			@Parameter(description = "CREDIT (Flipkart's card option: credit or debit cards), CREDIT_CARD "
					+ "(\"credit card\", \"credit\", CC: credit cards only), DEBIT (\"debit card\", DC), EMI_OPTIONS, "
					+ "DEBIT_EMI, NET_OPTIONS, UPI, UPI_INTENT, ...; when absent, the best over every way to pay, "
					+ "offers tied to no bank (UPI apps) included",
					example = "EMI_OPTIONS") @RequestParam(required = false) @Nullable String paymentInstrument,
			@Parameter(description = "EMI tenure in months (1-60); the best tenure when absent",
					example = "9") @RequestParam(required = false) @Nullable String emiMonths,
			@Parameter(description = "VISA, MASTERCARD, RUPAY, AMEX, DINERS; any network when absent",
					example = "VISA") @RequestParam(required = false) @Nullable String cardNetwork,
			@Parameter(description = "true to count offers limited to select products (\"on select Samsung "
					+ "appliances\"), which say nothing about a cart the query does not describe; default false")
			@RequestParam(required = false) @Nullable String includeProductOffers) {
		DiscountQuery q = DiscountQuery.of(amountToPay, bankName, paymentInstrument, emiMonths, cardNetwork,
				includeProductOffers);
		long paise = offers.current()
			.highestDiscountPaise(q.bank(), q.instrument(), q.amountPaise(), clock.instant(), q.emiMonths(),
					q.cardNetwork(), q.includeProductOffers());
		return new HighestDiscount(RupeeAmounts.rupees(paise));
	}
}
