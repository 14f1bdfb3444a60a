package app.offers.web.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import app.offers.OffersApplication;
import app.offers.testing.GeneratedPayloads;
import app.offers.testing.TestDatabases;

@SpringBootTest(properties = "offers.api-key=s3cret-key")
@AutoConfigureMockMvc
class WritesNeedAKeyTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	static final String BODY = GeneratedPayloads.wrapped("FPO-KEY-", 3, 1);

	@Test
	void aPostWithoutTheKeyIsUnauthorizedAndStoresNothing() throws Exception {
		int before = jdbc.queryForObject("select count(*) from offer", Integer.class);
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(BODY))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(header().exists("WWW-Authenticate"))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("X-API-Key")));
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(BODY).header("X-API-Key", "s3cret"))
			.andExpect(status().isUnauthorized());
		assertThat(jdbc.queryForObject("select count(*) from offer", Integer.class)).isEqualTo(before);
	}

	/**
	 * The rule is the read declaration's complement: any method but a read needs the key,
	 * on any path, read endpoints' paths included.
	 */
	@ParameterizedTest
	@ValueSource(strings = { "POST", "DELETE", "PUT", "PATCH" })
	void everyMethodButAReadNeedsTheKey(String method) throws Exception {
		for (String path : List.of("/offer", "/offers/FPO-KEY-1", "/highest-discount")) {
			mvc.perform(request(HttpMethod.valueOf(method), path)).andExpect(status().isUnauthorized());
		}
		for (String read : ReadEndpoints.METHODS) {
			mvc.perform(request(HttpMethod.valueOf(read), "/offers")).andExpect(status().is2xxSuccessful());
		}
	}

	@Test
	void aPostWithTheKeyIsLearnedAndReadsStayPublic() throws Exception {
		mvc.perform(
				post("/offer").contentType(MediaType.APPLICATION_JSON).content(BODY).header("X-API-Key", "s3cret-key"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.noOfOffersIdentified").value(3));
		mvc.perform(get("/highest-discount").param("amountToPay", "100000").param("bankName", "HDFC"))
			.andExpect(status().isOk());
		mvc.perform(get("/offers")).andExpect(status().isOk());
	}

	@Test
	void theProductionProfileRefusesToStartWithoutAKey() {
		assertThatThrownBy(() -> new SpringApplicationBuilder(OffersApplication.class).web(WebApplicationType.SERVLET)
			.profiles("postgres")
			.properties("spring.datasource.url=" + TestDatabases.h2Mem("no-key"), "spring.datasource.username=sa",
					"spring.datasource.password=", "server.port=0", "offers.api-key=")
			.run()
			.close()).hasStackTraceContaining("OFFERS_API_KEY");
	}

}
