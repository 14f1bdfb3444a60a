package app.offers.web.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import app.offers.testing.GeneratedPayloads;

/**
 * The key is compared exactly as sent, sent once, and a refusal says which endpoint
 * wanted it.
 */
@SpringBootTest(properties = "offers.api-key=s3cret-key")
@AutoConfigureMockMvc
class ApiKeyMatchingTests {

	@Autowired
	MockMvc mvc;

	static final String BODY = GeneratedPayloads.wrapped("FPO-MATCH-", 2, 1);

	@ParameterizedTest
	@ValueSource(strings = { " s3cret-key", "s3cret-key ", "\ts3cret-key", "S3CRET-KEY", "s3cret-key2" })
	void onlyTheExactKeyOpensTheDoor(String near) throws Exception {
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(BODY).header("X-API-Key", near))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.detail").value(startsWith("The X-API-Key header sent to POST /offer ")));
	}

	@Test
	void twoKeyHeadersAreRefusedEvenWhenOneIsRight() throws Exception {
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON)
			.content(BODY)
			.header("X-API-Key", "wrong", "s3cret-key"))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(startsWith("POST /offer got the header X-API-Key 2 times")));
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON)
			.content(BODY)
			.header("X-API-Key", "s3cret-key", "s3cret-key")).andExpect(status().isUnauthorized());
	}

	@Test
	void theRefusalNamesTheEndpointThatWasCalled() throws Exception {
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(BODY))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(startsWith("POST /offer needs the header X-API-Key")))
			.andExpect(jsonPath("$.instance").value("/offer"));
		mvc.perform(post("/offers").contentType(MediaType.APPLICATION_JSON).content(BODY))
			.andExpect(status().isUnauthorized())
			.andExpect(jsonPath("$.detail").value(startsWith("POST /offers needs the header X-API-Key")))
			.andExpect(jsonPath("$.instance").value("/offers"));
	}

	/**
	 * The rule is by method: every method but the reads ({@link ReadEndpoints#METHODS})
	 * needs the key whatever its path (a POST to a read endpoint's path too); the reads
	 * never do, not even on a path no read endpoint has.
	 */
	@ParameterizedTest(name = "{0} {1} needs the key: {2}")
	@CsvSource(textBlock = """
			POST,    /offer,              true
			POST,    /offers,             true
			POST,    /highest-discount,   true
			POST,    /actuator/health,    true
			POST,    /nowhere,            true
			DELETE,  /offers/FPO-X,       true
			DELETE,  /offer,              true
			DELETE,  /nowhere,            true
			GET,     /offers,             false
			GET,     /,                   false
			GET,     /actuator/health,    false
			GET,     /nowhere,            false
			HEAD,    /offers/FPO-X,       false
			OPTIONS, /offer,              false
			PUT,     /offer,              true
			PATCH,   /offers/FPO-X,       true
			""")
	void theKeyIsAskedOfEveryMethodButTheReads(String method, String path, boolean needsKey) throws Exception {
		int status = mvc.perform(request(HttpMethod.valueOf(method), path)).andReturn().getResponse().getStatus();
		if (needsKey) {
			assertThat(status).isEqualTo(401);
		}
		else {
			assertThat(status).isNotEqualTo(401);
		}
	}

	@Test
	void theExactKeyIsAccepted() throws Exception {
		mvc.perform(
				post("/offer").contentType(MediaType.APPLICATION_JSON).content(BODY).header("X-API-Key", "s3cret-key"))
			.andExpect(status().isOk());
	}

}
