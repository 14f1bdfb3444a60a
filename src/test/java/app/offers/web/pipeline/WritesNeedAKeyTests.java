package app.offers.web.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
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
