package app.offers.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.file.Path;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import app.offers.OffersApplication;
import app.offers.discount.LiveOffers;
import app.offers.testing.Samples;
import app.offers.testing.TestDatabases;

/**
 * The service on the plainest H2 URL a user may give, {@code jdbc:h2:file:DIR/db}: no
 * compatibility mode, no case setting. It takes posts, updates changed offers and
 * answers, and a restart finds what was stored.
 *
 */
@SpringBootTest
@AutoConfigureMockMvc
@DirtiesContext
class AnyH2UrlTests {

	@TempDir
	static Path data;

	@DynamicPropertySource
	static void plainH2File(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", AnyH2UrlTests::url);
		registry.add("offers.data-dir", () -> data.toString());
	}

	static String url() {
		return TestDatabases.bareH2File(data.resolve("db"));
	}

	@Autowired
	MockMvc mvc;

	@Autowired
	DataSource dataSource;

	@Test
	void aPlainH2FileUrlIngestsUpdatesAndAnswers() throws Exception {
		try (var connection = dataSource.getConnection()) {
			assertThat(connection.getMetaData().getURL()).isEqualTo(url());
		}
		String sample = Samples.wrapped("real-01-offer-banners-and-sections.json");
		postBody(sample).andExpect(status().isOk())
			.andExpect(jsonPath("$.noOfOffersIdentified").value(28))
			.andExpect(jsonPath("$.noOfNewOffersCreated").value(28));
		postBody(sample).andExpect(status().isOk()).andExpect(jsonPath("$.noOfNewOffersCreated").value(0));
		mvc.perform(get("/highest-discount").param("amountToPay", "80000")
			.param("bankName", "HDFC")
			.param("paymentInstrument", "EMI_OPTIONS")).andExpect(jsonPath("$.highestDiscountAmount").value(4500));

		String offer = """
				{"flipkartOfferApiResponse": {"offers": {"offerList": [{"provider": ["AXIS"],
				  "offerDescription": {"id": "FPO-PLAIN-H2", "text": "Flat ₹%s off on Axis Bank Credit Card"}}]}}}""";
		postBody(offer.formatted("500")).andExpect(jsonPath("$.noOfNewOffersCreated").value(1));
		postBody(offer.formatted("750")).andExpect(status().isOk())
			.andExpect(jsonPath("$.noOfNewOffersCreated").value(0));
		mvc.perform(get("/highest-discount").param("amountToPay", "6000").param("bankName", "AXIS"))
			.andExpect(jsonPath("$.highestDiscountAmount").value(750));
		mvc.perform(get("/offers/FPO-PLAIN-H2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.offer.flatAmount").value(750))
			.andExpect(jsonPath("$.replacedVersions").value(1));
		mvc.perform(get("/offers").param("bankName", "AXIS").param("size", "100"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.offers[?(@.id == 'FPO-PLAIN-H2')].flatAmount").value(750));
		mvc.perform(get("/offers")).andExpect(jsonPath("$.totalOffers").value(29));

		// a second instance on the same file (in this process, where H2 shares the open
		// database) loads them all
		try (ConfigurableApplicationContext second = new SpringApplicationBuilder(OffersApplication.class)
			.web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + url(), "--offers.data-dir=" + data, "--logging.level.root=WARN")) {
			assertThat(second.getBean(LiveOffers.class).current().size()).isEqualTo(29);
		}
	}

	ResultActions postBody(String body) throws Exception {
		return mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(body));
	}

}
