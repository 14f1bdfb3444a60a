package app.offers.discount;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.offers.parsing.RupeeAmounts;

/** GET /highest-discount: the most a shopper saves on an amount with a bank and, optionally, an instrument. */
@RestController
class DiscountController {

	private final LiveOffers offers;

	private final Clock clock;

	DiscountController(LiveOffers offers, Clock clock) {
		this.offers = offers;
		this.clock = clock;
	}

	@GetMapping(path = "/highest-discount", produces = MediaType.APPLICATION_JSON_VALUE)
	HighestDiscount highestDiscount(@RequestParam String amountToPay, @RequestParam String bankName,
			@RequestParam(required = false) @Nullable String paymentInstrument,
			@RequestParam(required = false) @Nullable String emiMonths,
			@RequestParam(required = false) @Nullable String cardNetwork) {
		DiscountQuery q = DiscountQuery.of(amountToPay, bankName, paymentInstrument, emiMonths, cardNetwork);
		long paise = offers.current()
			.highestDiscountPaise(q.bank(), q.instrument(), q.amountPaise(), clock.instant(), q.emiMonths(),
					q.cardNetwork());
		return new HighestDiscount(RupeeAmounts.rupees(paise));
	}
}
