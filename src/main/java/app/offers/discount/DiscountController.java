package app.offers.discount;

import java.time.Clock;

import org.jspecify.annotations.Nullable;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import app.offers.parsing.RupeeAmounts;
import app.offers.web.QueryParams;

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
			@RequestParam(required = false) @Nullable String paymentInstrument) {
		long amount = QueryParams.amountPaise("amountToPay", amountToPay);
		String bank = QueryParams.bank(bankName);
		String instrument = QueryParams.instrument(paymentInstrument);
		long paise = offers.current().highestDiscountPaise(bank, instrument, amount, clock.instant(), null, null);
		return new HighestDiscount(RupeeAmounts.rupees(paise));
	}
}
