package app.offers.discount;

import static org.hamcrest.Matchers.startsWith;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import app.offers.offer.DiscountTerms;
import app.offers.web.pipeline.RequestPipeline;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * GET /best-offers and /payment-options alone: the live offers mocked with a real index,
 * the clock fixed.
 */
@WebMvcTest(RankingController.class)
// behind the application's filters, as in production; the request timer wants a registry
@Import({ RequestPipeline.class, SimpleMeterRegistry.class, RankingControllerTests.FixedClock.class })
class RankingControllerTests {

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
		}

	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	LiveOffers live;

	@BeforeEach
	void offers() {
		given(live.current()).willReturn(OfferIndex.of(1,
				List.of(DiscountControllerTests.offer("HDFC-EMI", "HDFC", Set.of("EMI_OPTIONS"),
						new DiscountTerms(1000, null, 150000L, 500000L, null)),
						DiscountControllerTests.offer("HDFC-CC", "HDFC", Set.of("CREDIT"),
								new DiscountTerms(null, 75000L, null, null, null)),
						DiscountControllerTests.offer("AXIS-5", "AXIS", Set.of("CREDIT"),
								new DiscountTerms(500, null, null, null, null)),
						// a payload's made-up codes: never a payment option
						DiscountControllerTests.offer("ICICI-MADE-UP", "ICICI", Set.of("ZZ_MADE_UP"),
								new DiscountTerms(null, 99_900L, null, null, null)),
						DiscountControllerTests.offer("AXIS-MADE-UP", "AXIS", Set.of("CREDIT", "YY_MADE_UP"),
								new DiscountTerms(100, null, null, null, null)))));
	}

	@Test
	void ranksABanksApplicableOffersBestFirstSayingWhy() throws Exception {
		mvc.perform(get("/best-offers").param("amountToPay", "20000").param("bankName", "hdfc"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.amountToPay").value(20000))
			.andExpect(jsonPath("$.bankName").value("HDFC"))
			.andExpect(jsonPath("$.totalOffers").value(2))
			.andExpect(jsonPath("$.offers[0].offerId").value("HDFC-EMI"))
			.andExpect(jsonPath("$.offers[0].discountAmount").value(1500))
			.andExpect(jsonPath("$.offers[0].why", startsWith("10% of ₹20000 is ₹2000, capped at ₹1500")))
			.andExpect(jsonPath("$.offers[1].offerId").value("HDFC-CC"))
			.andExpect(jsonPath("$.offers[1].discountAmount").value(750));
	}

	@Test
	void theLimitCutsTheListButNotTheCount() throws Exception {
		mvc.perform(get("/best-offers").param("amountToPay", "20000").param("bankName", "HDFC").param("limit", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.offers.length()").value(1))
			.andExpect(jsonPath("$.totalOffers").value(2));
	}

	@Test
	void anOfferBelowItsMinimumIsNotRanked() throws Exception {
		mvc.perform(get("/best-offers").param("amountToPay", "4999.99")
			.param("bankName", "HDFC")
			.param("paymentInstrument", "EMI_OPTIONS"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalOffers").value(0))
			.andExpect(jsonPath("$.offers.length()").value(0));
	}

	@Test
	void paymentOptionsAnswerTheBestDiscountPerBankAndInstrumentBestFirst() throws Exception {
		mvc.perform(get("/payment-options").param("amountToPay", "20000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amountToPay").value(20000))
			.andExpect(jsonPath("$.totalOptions").value(3))
			.andExpect(jsonPath("$.options[0].bankName").value("HDFC"))
			.andExpect(jsonPath("$.options[0].paymentInstrument").value("EMI_OPTIONS"))
			.andExpect(jsonPath("$.options[0].highestDiscountAmount").value(1500))
			.andExpect(jsonPath("$.options[0].offerId").value("HDFC-EMI"))
			.andExpect(jsonPath("$.options[1].bankName").value("AXIS"))
			.andExpect(jsonPath("$.options[1].highestDiscountAmount").value(1000))
			.andExpect(jsonPath("$.options[2].offerId").value("HDFC-CC"));
	}

	@Test
	void madeUpInstrumentCodesAreNeverPaymentOptions() throws Exception {
		mvc.perform(get("/payment-options").param("amountToPay", "20000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalOptions").value(3))
			.andExpect(jsonPath("$.options[*].paymentInstrument", org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.is(org.hamcrest.Matchers.in(app.offers.offer.Instruments.knownCodes())))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/best-offers?amountToPay=100&bankName=HDFC&limit=0",
			"/best-offers?amountToPay=100&bankName=HDFC&limit=101", "/best-offers?amountToPay=-1&bankName=HDFC",
			"/best-offers?amountToPay=100", "/best-offers?amountToPay=100&bankName=HDFC&emiMonths=abc",
			"/payment-options?amountToPay=abc", "/payment-options?amountToPay=100&limit=201",
			"/payment-options?amountToPay=100&includeProductOffers=perhaps",
			"/best-offers?amountToPay=100&bankName=HDFC&paymentMethod=UPI",
			"/payment-options?amountToPay=100&bankName=HDFC", "/payment-options?amountToPay=100&size=5" })
	void aBadParameterIsAProblem(String target) throws Exception {
		mvc.perform(get(target))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

}
