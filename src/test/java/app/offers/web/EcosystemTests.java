package app.offers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import app.offers.testing.Samples;
import app.offers.web.pipeline.ReadEndpoints;

/**
 * OpenAPI, actuator, CORS and request ids: what the platform around the service relies
 * on.
 */
@SpringBootTest
@AutoConfigureMockMvc
class EcosystemTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	@Qualifier("offersHealthIndicator")
	HealthIndicator offersHealth;

	@Test
	void theOpenApiDescriptionDocumentsEveryEndpointWithExamples() throws Exception {
		mvc.perform(get("/v3/api-docs"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.paths['/offer'].post.requestBody.content['application/json'].examples").exists())
			.andExpect(jsonPath("$.paths['/offer'].post.responses['400']").exists())
			.andExpect(jsonPath("$.paths['/highest-discount'].get.parameters[?(@.name == 'amountToPay')].example")
				.value(org.hamcrest.Matchers.hasItem(80000)))
			.andExpect(jsonPath("$.paths['/highest-discount'].get.responses['400']").exists())
			.andExpect(jsonPath("$.paths['/best-offers']").exists())
			.andExpect(jsonPath("$.paths['/payment-options']").exists())
			.andExpect(jsonPath("$.paths['/offers']").exists())
			.andExpect(jsonPath("$.paths['/offers/{id}']").exists())
			// the benchmark's floor is an application of its own (bench/floor), never an
			// endpoint of the service
			.andExpect(jsonPath("$.paths['/bench/constant']").doesNotExist());
		mvc.perform(get("/swagger-ui/index.html")).andExpect(status().isOk());
	}

	@Test
	void healthShowsTheDatabaseAndTheInMemoryOffers() throws Exception {
		// ready once the stored offers are loaded, in the background after start-up: a
		// context started just now for this class may not be there yet
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk()));
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.components.db.status").value("UP"))
			.andExpect(jsonPath("$.components.offers.status").value("UP"))
			.andExpect(jsonPath("$.components.offers.details").doesNotExist())
			.andExpect(jsonPath("$.components.diskSpace.status").value("UP"))
			.andExpect(jsonPath("$.components.diskSpace.details").doesNotExist());
		// the details are there for whoever may see them (no one over HTTP: the service
		// has no login)
		assertThat(offersHealth.health().getDetails()).containsKeys("offers", "storeVersion", "lastRefresh");
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
		mvc.perform(get("/actuator/health/readiness")).andExpect(status().isOk());
	}

	@Test
	void infoTellsTheVersionAndTheCommitItWasBuiltFrom() throws Exception {
		ResultActions info = mvc.perform(get("/actuator/info"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.build.version").isString());
		// the git-commit-id plugin writes git.properties when the build runs in a git
		// checkout; elsewhere (a source archive) it writes none, and the build still
		// works
		ClassPathResource gitProperties = new ClassPathResource("git.properties");
		if (gitProperties.exists()) {
			Properties git = PropertiesLoaderUtils.loadProperties(gitProperties);
			assertThat(git.getProperty("git.commit.id.abbrev")).isNotBlank();
			info.andExpect(jsonPath("$.git.commit.id").value(git.getProperty("git.commit.id.abbrev")));
		}
		else {
			assertThat(Path.of(".git")).as("a build in a git checkout writes git.properties").doesNotExist();
			info.andExpect(jsonPath("$.git").doesNotExist());
		}
	}

	@Test
	void prometheusExposesRequestTimingsAndOfferCounters() throws Exception {
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON)
			.content(Samples.wrapped("real-08-fkpay-options-full-5offers.json"))).andExpect(status().isOk());
		mvc.perform(get("/highest-discount").param("amountToPay", "1000").param("bankName", "HDFC"));
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("offers_identified_total")))
			.andExpect(content().string(containsString("offers_new_total")))
			.andExpect(content().string(containsString("offers_unparsed_total")))
			.andExpect(content().string(containsString("http_server_requests_seconds_count{")));
	}

	@Test
	void aCheckoutPageOnAnotherOriginMayReadButNotAStrangerOne() throws Exception {
		mvc.perform(options("/highest-discount").header("Origin", "https://checkout.example.com")
			.header("Access-Control-Request-Method", "GET"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "https://checkout.example.com"));
		mvc.perform(options("/payment-options").header("Origin", "http://localhost:5173")
			.header("Access-Control-Request-Method", "GET"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "http://localhost:5173"));
		mvc.perform(get("/highest-discount").param("amountToPay", "100")
			.param("bankName", "HDFC")
			.header("Origin", "https://checkout.example.com"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "https://checkout.example.com"));
		mvc.perform(options("/highest-discount").header("Origin", "https://evil.example")
			.header("Access-Control-Request-Method", "GET")).andExpect(status().isForbidden());
		// a cache in front must keep answers apart by origin, also those to requests that
		// sent none
		for (String origin : new String[] { null, "https://checkout.example.com" }) {
			var request = get("/highest-discount").param("amountToPay", "100").param("bankName", "HDFC");
			if (origin != null) {
				request.header("Origin", origin);
			}
			String vary = String.join(", ", mvc.perform(request).andReturn().getResponse().getHeaders("Vary"));
			org.assertj.core.api.Assertions.assertThat(vary)
				.contains("Origin", "Access-Control-Request-Method", "Access-Control-Request-Headers");
		}
		// writes are not offered to browsers: no allowed origin, so the browser refuses
		// the POST
		mvc.perform(options("/offer").header("Origin", "http://localhost:5173")
			.header("Access-Control-Request-Method", "POST"))
			.andExpect(header().doesNotExist("Access-Control-Allow-Origin"));
	}

	@Test
	void everyGetMappingOfTheApiIsAReadEndpoint() {
		// what is no read endpoint of the API: the error page and the API description's
		// pages (springdoc)
		Set<String> pages = Set.of("/error", "/v3/api-docs", "/v3/api-docs.yaml", "/v3/api-docs/{group}",
				"/v3/api-docs.yaml/{group}", "/v3/api-docs/swagger-config", "/swagger-ui.html");
		Set<String> gets = new TreeSet<>();
		mappings.getHandlerMethods().keySet().forEach(info -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
				gets.addAll(info.getPatternValues());
			}
		});
		assertThat(gets).isNotEmpty().allSatisfy(path -> assertThat(path).isIn(union(ReadEndpoints.TEMPLATES, pages)));
		assertThat(gets).containsAll(ReadEndpoints.TEMPLATES);
	}

	static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new TreeSet<>(a);
		all.addAll(b);
		return all;
	}

	@Test
	void everyReadEndpointAnswersAPreflightAndASimpleGetFromAnAllowedOrigin() throws Exception {
		String origin = "https://checkout.example.com";
		for (String template : ReadEndpoints.TEMPLATES) {
			String path = template.replace("{id}", "FPO-CORS-1");
			mvc.perform(options(path).header("Origin", origin).header("Access-Control-Request-Method", "GET"))
				.andExpect(status().isOk())
				.andExpect(header().string("Access-Control-Allow-Origin", origin));
			mvc.perform(get(path).param("amountToPay", "1000").param("bankName", "HDFC").header("Origin", origin))
				.andExpect(header().string("Access-Control-Allow-Origin", origin))
				.andExpect(header().string("Access-Control-Expose-Headers", containsString("ETag")));
		}
		mvc.perform(get("/discount-curve").param("bankName", "HDFC").header("Origin", origin))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", origin));
	}

	/**
	 * The parameters each read endpoint takes, as its controller reads them: anything
	 * else is refused by name, so a misspelled filter never answers another question.
	 */
	static final Map<String, List<String>> ACCEPTED = Map.of("/highest-discount", List.of("amountToPay", "bankName",
			"paymentInstrument", "emiMonths", "cardNetwork", "includeProductOffers", "unconditionalOnly"),
			"/best-offers",
			List.of("amountToPay", "bankName", "paymentInstrument", "emiMonths", "cardNetwork", "includeProductOffers",
					"unconditionalOnly", "limit", "after"),
			"/payment-options", List.of("amountToPay", "limit", "includeProductOffers", "unconditionalOnly", "after"),
			"/discount-curve",
			List.of("bankName", "paymentInstrument", "emiMonths", "cardNetwork", "includeProductOffers",
					"unconditionalOnly"),
			"/offers", List.of("bankName", "paymentInstrument", "active", "status", "page", "size"), "/offers/{id}",
			List.of());

	/** A request each read endpoint answers 200 (the offer's id is one of real-08's). */
	static final Map<String, String> VALID = Map.of("/highest-discount", "amountToPay=1000&bankName=HDFC",
			"/best-offers", "amountToPay=1000&bankName=HDFC", "/payment-options", "amountToPay=1000", "/discount-curve",
			"bankName=HDFC", "/offers", "size=5", "/offers/{id}", "");

	@Test
	void everyReadEndpointRefusesAParameterItDoesNotReadAndNamesTheOnesItDoes() throws Exception {
		assertThat(ACCEPTED.keySet()).containsExactlyInAnyOrderElementsOf(ReadEndpoints.TEMPLATES);
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON)
			.content(Samples.wrapped("real-08-fkpay-options-full-5offers.json"))).andExpect(status().isOk());
		for (String template : ReadEndpoints.TEMPLATES) {
			String path = template.replace("{id}", "FPO250619134128USHPF");
			String valid = VALID.get(template);
			String and = valid.isEmpty() ? "" : valid + "&";
			mvc.perform(get(path + "?" + valid)).andExpect(status().isOk());
			// jQuery's cache buster is the one parameter every read takes and ignores
			mvc.perform(get(path + "?" + and + "_=1735689600000")).andExpect(status().isOk());
			List<String> accepted = ACCEPTED.get(template);
			mvc.perform(get(path + "?" + and + "paymentMethod=UPI"))

				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("urn:flipkart-offers:problem:invalid-parameter"))
				.andExpect(jsonPath("$.parameters", contains("paymentMethod")))
				.andExpect(accepted.isEmpty() ? jsonPath("$.acceptedParameters").isEmpty()
						: jsonPath("$.acceptedParameters", contains(accepted.toArray())))
				.andExpect(jsonPath("$.detail", containsString("Unknown parameter \"paymentMethod\"")))
				.andExpect(header().doesNotExist("ETag"));
		}
		// a parameter in the wrong case is unknown, and the problem says which was meant
		mvc.perform(get("/highest-discount?amounttopay=100&bankName=HDFC&amountToPay=100"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameters", contains("amounttopay")))
			.andExpect(jsonPath("$.detail", containsString("Did you mean amountToPay?")));
		// refused before revalidation: a cached answer is not confirmed for another
		// question
		mvc.perform(get("/payment-options?amountToPay=1000&paymentMethod=UPI").header("If-None-Match", "*"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void everyAnswerCarriesARequestId() throws Exception {
		mvc.perform(get("/highest-discount").param("amountToPay", "100").param("bankName", "HDFC"))
			.andExpect(header().exists("X-Request-Id"));
		mvc.perform(get("/highest-discount").param("amountToPay", "100")
			.param("bankName", "HDFC")
			.header("X-Request-Id", "checkout-42")).andExpect(header().string("X-Request-Id", "checkout-42"));
	}

	@Test
	void theDemoPageIsServedAtTheRoot() throws Exception {
		mvc.perform(get("/")).andExpect(status().isOk());
		mvc.perform(get("/index.html"))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("Checkout demo")));
	}

}
