package app.offers.web.problems;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.offers.OffersProperties;
import app.offers.testing.GeneratedPayloads;

/**
 * Errors a client can branch on: each kind of problem has its own type URI and one fixed
 * title whatever layer answers it, and parameter problems name the parameters.
 */
// the same settings as the other API key tests: one Spring context for them all
@SpringBootTest(properties = "offers.api-key=s3cret-key")
@AutoConfigureMockMvc
class ProblemTypesTests {

	@Autowired
	OffersProperties properties;

	@Autowired
	MockMvc mvc;

	ResultActions expect(MockHttpServletRequestBuilder request, ProblemType kind) throws Exception {
		return mvc.perform(request)
			.andExpect(status().is(kind.status()))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(kind.type().toString()))
			.andExpect(jsonPath("$.title").value(kind.title()))
			.andExpect(jsonPath("$.status").value(kind.status()))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	@Test
	void parameterProblemsNameTheirParameter() throws Exception {
		expect(get("/highest-discount").param("amountToPay", "-5").param("bankName", "HDFC"),
				ProblemType.INVALID_PARAMETER)
			.andExpect(jsonPath("$.parameters", contains("amountToPay")));
		expect(get("/highest-discount").param("amountToPay", "100"), ProblemType.INVALID_PARAMETER)
			.andExpect(jsonPath("$.parameters", contains("bankName")));
		expect(get("/best-offers").param("amountToPay", "100").param("bankName", "HDFC").param("emiMonths", "99"),
				ProblemType.INVALID_PARAMETER)
			.andExpect(jsonPath("$.parameters", contains("emiMonths")));
		expect(get("/offers").param("size", "1000"), ProblemType.INVALID_PARAMETER)
			.andExpect(jsonPath("$.parameters", contains("size")));
		expect(get("/highest-discount").param("amountToPay", "100")
			.param("bankName", "HDFC")
			.param("paymentInstrument", "BITCOIN"), ProblemType.INVALID_PARAMETER)
			.andExpect(jsonPath("$.parameters", contains("paymentInstrument")))
			.andExpect(jsonPath("$.acceptedValues", hasItems("CREDIT", "CREDIT_CARD", "DEBIT", "UPI")));
		expect(get("/highest-discount").param("amountToPay", "100")
			.param("bankName", "HDFC")
			.param("cardNetwork", "DISCOVER"), ProblemType.INVALID_PARAMETER)
			.andExpect(jsonPath("$.acceptedValues", contains("VISA", "MASTERCARD", "RUPAY", "AMEX", "DINERS")));
	}

	@Test
	void everyLayerAnswersWithTheSameShape() throws Exception {
		String ok = GeneratedPayloads.wrapped("FPO-TYPED-", 1, 1);
		expect(post("/offer").contentType(MediaType.APPLICATION_JSON).content(ok), ProblemType.UNAUTHORIZED);
		expect(post("/offer").contentType(MediaType.APPLICATION_JSON).header("X-API-Key", "s3cret-key").content("{"),
				ProblemType.MALFORMED_BODY);
		expect(post("/offer").contentType(MediaType.APPLICATION_JSON).header("X-API-Key", "s3cret-key").content("[]"),
				ProblemType.MALFORMED_BODY);
		expect(post("/offer").contentType(MediaType.TEXT_PLAIN).header("X-API-Key", "s3cret-key").content(ok),
				ProblemType.UNSUPPORTED_MEDIA_TYPE);
		expect(post("/offer").contentType(MediaType.APPLICATION_JSON)
			.header("X-API-Key", "s3cret-key")
			.content(GeneratedPayloads.wrapped("FPO-TYPED-", properties.maxOffersPerPayload() + 1, 1)),
				ProblemType.TOO_MANY_OFFERS);
		expect(put("/highest-discount").header("X-API-Key", "s3cret-key"), ProblemType.METHOD_NOT_ALLOWED);
		expect(get("/nowhere"), ProblemType.NOT_FOUND);
		expect(get("/offers/NO-SUCH-OFFER"), ProblemType.NOT_FOUND);
		expect(get("/highest-discount").param("amountToPay", "100")
			.param("bankName", "HDFC")
			.header("Accept", "application/json;q=x"), ProblemType.INVALID_REQUEST);
	}

}
