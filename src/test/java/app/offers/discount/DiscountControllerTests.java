package app.offers.discount;

import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import app.offers.offer.DiscountTerms;
import app.offers.offer.Offer;
import app.offers.offer.OfferKind;
import app.offers.offer.Tenure;
import app.offers.web.pipeline.RequestPipeline;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

@WebMvcTest(DiscountController.class)
// behind the application's filters, as in production; the request timer wants a registry
@Import({ RequestPipeline.class, SimpleMeterRegistry.class, DiscountControllerTests.FixedClock.class })
class DiscountControllerTests {

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

	static Offer offer(String key, String bank, Set<String> instruments, DiscountTerms terms) {
		return new Offer(key, key, OfferKind.INSTANT_DISCOUNT, key, Set.of(bank), instruments, Set.of(), terms,
				Tenure.ANY, null, null, true, "");
	}

	@BeforeEach
	void offers() {
		given(live.current()).willReturn(OfferIndex.of(1,
				List.of(offer("HDFC-EMI", "HDFC", Set.of("EMI_OPTIONS"),
						new DiscountTerms(1000, null, 150000L, 500000L, null)),
						offer("HDFC-CC", "HDFC", Set.of("CREDIT"), new DiscountTerms(null, 75000L, null, null, null)),
						offer("AXIS-7.5", "AXIS", Set.of("CREDIT"), new DiscountTerms(750, null, null, null, null)))));
	}

	@Test
	void beforeTheStoredOffersAreLoadedAReadIsAnswered503NotReady() throws Exception {
		given(live.current()).willThrow(new OffersLoading());
		mvc.perform(get("/highest-discount").param("amountToPay", "20000").param("bankName", "HDFC"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().string("Retry-After", OffersLoading.RETRY_AFTER))
			.andExpect(jsonPath("$.type").value("urn:flipkart-offers:problem:not-ready"))
			.andExpect(jsonPath("$.title").value("Not ready"))
			.andExpect(jsonPath("$.status").value(503));
	}

	@ParameterizedTest(name = "{0} {1} {2} -> {3}")
	@CsvSource(nullValues = "-", textBlock = """
			20000,     HDFC,        EMI_OPTIONS, 1500
			12000,     hdfc,        EMI_OPTIONS, 1200
			12000,     HDFC Bank,   -,           1200
			4999.99,   HDFC,        EMI_OPTIONS, 0
			4999.99,   HDFC,        -,           750
			12340.50,  AXIS,        CREDIT,      925.53
			12340.50,  AXIS,        UPI,         0
			12340.50,  KOTAK,       CREDIT,      0
			""")
	void answersTheHighestDiscountInRupees(String amount, String bank, String instrument, String expected)
			throws Exception {
		var request = get("/highest-discount").param("amountToPay", amount).param("bankName", bank);
		if (instrument != null) {
			request.param("paymentInstrument", instrument);
		}
		mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(content().json("{\"highestDiscountAmount\": " + expected + "}",
					org.springframework.test.json.JsonCompareMode.STRICT));
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			amountToPay=-5&bankName=HDFC
			amountToPay=0&bankName=HDFC
			amountToPay=0.00&bankName=HDFC
			amountToPay=abc&bankName=HDFC
			amountToPay=NaN&bankName=HDFC
			amountToPay=Infinity&bankName=HDFC
			amountToPay=1e9&bankName=HDFC
			amountToPay=10.123&bankName=HDFC
			amountToPay=1000000000.01&bankName=HDFC
			amountToPay=&bankName=HDFC
			amountToPay=100&amountToPay=200&bankName=HDFC
			amountToPay=100&bankName=
			amountToPay=100&bankName=%20%20
			amountToPay=100&bankName=HDFC%3Bdrop
			amountToPay=100&bankName=HDFC%0A
			amountToPay=100&bankName=HDFC&paymentInstrument=%3Cscript%3E
			bankName=HDFC
			amountToPay=100
			amountToPay=100&bankName=HDFC&paymentMethod=UPI
			amountToPay=100&bankName=HDFC&instrument=UPI
			amountToPay=100&bank=HDFC
			""")
	void rejectsMissingOrMalformedParametersAsProblems(String query) throws Exception {
		mvc.perform(get("/highest-discount?" + query))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	@Test
	void aLongBankNameIsRejected() throws Exception {
		mvc.perform(get("/highest-discount").param("amountToPay", "100").param("bankName", "A".repeat(65)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("bankName")));
	}

	@Test
	void theLargestAllowedAmountIsAccepted() throws Exception {
		mvc.perform(get("/highest-discount").param("amountToPay", "1000000000").param("bankName", "AXIS"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.highestDiscountAmount").value(75000000));
	}

	/**
	 * The answer is written without Spring's converters: the exact bytes, type and length
	 * still hold.
	 */
	@Test
	void theAnswerIsCompactJsonWithItsLength() throws Exception {
		mvc.perform(get("/highest-discount").param("amountToPay", "12340.50").param("bankName", "AXIS"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON))
			.andExpect(content().string("{\"highestDiscountAmount\":925.53}"))
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.longValue("Content-Length", 32));
	}

	@Test
	void aClientThatTakesNoJsonIsAnswered406() throws Exception {
		mvc.perform(get("/highest-discount").param("amountToPay", "100")
			.param("bankName", "AXIS")
			.accept(MediaType.TEXT_HTML))
			.andExpect(status().isNotAcceptable())
			.andExpect(jsonPath("$.type").value("urn:flipkart-offers:problem:not-acceptable"));
	}

	@Test
	void headAnswersTheHeadersWithoutTheBody() throws Exception {
		mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head("/highest-discount")
			.param("amountToPay", "12340.50")
			.param("bankName", "AXIS"))
			.andExpect(status().isOk())
			.andExpect(content().contentType(MediaType.APPLICATION_JSON));
	}

}
