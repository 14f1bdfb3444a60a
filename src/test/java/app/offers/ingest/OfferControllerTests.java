package app.offers.ingest;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import app.offers.web.pipeline.RequestPipeline;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import tools.jackson.databind.JsonNode;

@WebMvcTest(OfferController.class)
// behind the application's filters, as in production; the request timer wants a registry
@Import({ RequestPipeline.class, SimpleMeterRegistry.class })
class OfferControllerTests {

	@Autowired
	MockMvc mvc;

	@MockitoBean
	OfferIngestion ingestion;

	@Test
	void answersTheCountsOfIdentifiedAndNewOffers() throws Exception {
		given(ingestion.ingest(any(JsonNode.class))).willReturn(new IngestResult(28, 3));
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON)
			.content("{\"flipkartOfferApiResponse\": {\"offer_banners\": []}}"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.noOfOffersIdentified").value(28))
			.andExpect(jsonPath("$.noOfNewOffersCreated").value(3));
	}

	/**
	 * The slice imports the application's filters: a request id, and a body on a GET
	 * refused before any mapping.
	 */
	@Test
	void runsBehindTheApplicationsFilters() throws Exception {
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content("{bad json"))
			.andExpect(status().isBadRequest())
			.andExpect(header().exists("X-Request-Id"));
		mvc.perform(get("/offer").contentType(MediaType.APPLICATION_JSON).content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.type").value("urn:flipkart-offers:problem:invalid-request"));
		verifyNoInteractions(ingestion);
	}

	@ParameterizedTest
	@ValueSource(strings = { "{bad json", "[1, 2]", "\"text\"", "42", "{}", "{\"flipkartOfferApiResponse\": null}",
			"{\"flipkartOfferApiResponse\": 7}", "{\"flipkartOfferApiResponse\": \"x\"}",
			"{\"flipkartOfferApiResponse\": {}", "{\"other\": {}}" })
	void rejectsABodyThatIsNotAWrappedResponseObject(String body) throws Exception {
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").isNotEmpty());
		verifyNoInteractions(ingestion);
	}

	/**
	 * Some integrators post the list of offers itself: read as if it stood under an
	 * "offers" key.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "[{\"offerId\": \"X1\", \"offerTitle\": \"Flat ₹750 off\", \"provider\": [\"SBICARD\"]}]",
			"[]", "[1, \"x\", null]" })
	void aListUnderTheWrapperIsReadAsOffers(String list) throws Exception {
		given(ingestion.ingest(any(JsonNode.class))).willReturn(new IngestResult(1, 1));
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON)
			.content("{\"flipkartOfferApiResponse\": " + list + "}")).andExpect(status().isOk());
		org.mockito.Mockito.verify(ingestion).ingest(org.mockito.ArgumentMatchers.argThat(JsonNode::isArray));
	}

	@Test
	void anEmptyBodyIsABadRequest() throws Exception {
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("empty")));
	}

	@Test
	void absurdNestingIsABadRequestNotAStackOverflow() throws Exception {
		String deep = "{\"flipkartOfferApiResponse\": " + "[".repeat(5000) + "]".repeat(5000) + "}";
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(deep))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

	@Test
	void otherContentTypesAndMethodsAreRefusedAsProblems() throws Exception {
		mvc.perform(post("/offer").contentType(MediaType.TEXT_PLAIN).content("{}"))
			.andExpect(status().isUnsupportedMediaType())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
		mvc.perform(get("/offer"))
			.andExpect(status().isMethodNotAllowed())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
	}

}
