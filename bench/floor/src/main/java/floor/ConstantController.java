package floor;

import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** GET /highest-discount answered with a constant, serialized by Jackson like the service's answer. */
@RestController
class ConstantController {

	record HighestDiscount(int highestDiscountAmount) {
	}

	private static final HighestDiscount CONSTANT = new HighestDiscount(1500);

	@GetMapping(path = "/highest-discount", produces = MediaType.APPLICATION_JSON_VALUE)
	HighestDiscount highestDiscount() {
		return CONSTANT;
	}
}
