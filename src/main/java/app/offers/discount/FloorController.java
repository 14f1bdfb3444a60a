package app.offers.discount;

import java.math.BigDecimal;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The framework's floor for the benchmark only (profile {@code bench}, never active in production): the same
 * request as GET /highest-discount, through the same server, answered with a constant.
 */
@RestController
@Profile("bench")
class FloorController {

	private static final HighestDiscount CONSTANT = new HighestDiscount(BigDecimal.valueOf(1500));

	@GetMapping(path = "/bench/constant", produces = MediaType.APPLICATION_JSON_VALUE)
	HighestDiscount constant(@RequestParam String amountToPay, @RequestParam String bankName,
			@RequestParam(required = false) @Nullable String paymentInstrument) {
		return CONSTANT;
	}
}
