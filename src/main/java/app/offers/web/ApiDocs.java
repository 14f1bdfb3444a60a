package app.offers.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;

/** The OpenAPI description's front page; the operations document themselves where they are declared. */
@Configuration(proxyBeanMethods = false)
public class ApiDocs {

	/** Real offers from a captured payment page (real-08), as a client posts them. */
	public static final String POST_EXAMPLE = """
			{"flipkartOfferApiResponse": {"offer_sections": {"PBO": {"title": "Partner offers", "offers": [
			  {"adjustment_type": "INSTANT_DISCOUNT", "adjustment_id": "FPO250626182451RYQC7",
			   "summary": "5% off up to ₹750 on IDFC FIRST Power Women Platinum and Signature DebitCards. Min Txn Value: ₹5,000",
			   "contributors": {"payment_instrument": ["CREDIT"], "banks": ["IDFC"], "emi_months": ["0"], "card_networks": []}},
			  {"adjustment_type": "CASHBACK_ON_CARD", "adjustment_id": "FPO250619134128USHPF",
			   "summary": "5% cashback on Flipkart Axis Bank Credit Card upto ₹4,000 per statement quarter",
			   "contributors": {"payment_instrument": ["CREDIT"], "banks": ["FLIPKARTAXISBANK"], "emi_months": ["0"], "card_networks": []}}
			]}}}}""";

	public static final String PROBLEM_EXAMPLE = """
			{"type": "about:blank", "title": "Bad request", "status": 400,
			 "detail": "amountToPay must be a positive amount in rupees with at most 2 decimal places, given once (e.g. 12999 or 925.50); got \\"-5\\".",
			 "instance": "/highest-discount"}""";

	@Bean
	OpenAPI offersApi() {
		return new OpenAPI().info(new Info().title("flipkart-offers")
			.version("1")
			.description("Learns the bank offers of Flipkart's payment page and answers the highest discount for "
					+ "an amount, a bank and a payment instrument. Money is in rupees; errors are RFC 9457 "
					+ "problem+json."));
	}
}
