package app.offers.discount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

import tools.jackson.databind.json.JsonMapper;

import app.offers.testing.GeneratedPayloads;

/**
 * Hostile payloads through the whole service: a crafted offer cannot make any answer
 * exceed the amount, a payload cannot make answers or log lines huge, and what a payload
 * may hold is bounded.
 */
@SpringBootTest(properties = { "offers.max-offers-per-payload=300", "logging.level.app.offers.parsing=WARN" })
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class NeverPromiseMoreTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	void learn(String flipkartResponse) throws Exception {
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON)
			.content("{\"flipkartOfferApiResponse\": " + flipkartResponse + "}")).andExpect(status().isOk());
	}

	@Test
	void hugeCapsAndBanklessBoxesNeverMakeADiscountLargerThanTheAmount() throws Exception {
		learn("""
				{"offers": [
				  {"adjustment_id": "FPO-HUGE-CAP", "summary": "10% off on HDFC Bank Credit Card",
				   "contributors": {"banks": ["HDFC"], "payment_instrument": ["CREDIT"]},
				   "offer_txn_limits": {"max_discount_per_txn": 1000000000000000}},
				  {"offerHeader": {"title": "Flat ₹10,00,000 off"},
				   "offerDescription": [{"key": "Max. Discount", "value": "₹1e13"}],
				   "offerFooter": {"tncInfo": {"id": "FPO-HUGE-BOX"}}}]}""");
		for (String bank : new String[] { "HDFC", "SBI", "ICICI" }) {
			mvc.perform(get("/highest-discount").param("amountToPay", "100")
				.param("bankName", bank)
				.param("paymentInstrument", "CREDIT")).andExpect(jsonPath("$.highestDiscountAmount").value(0));
		}
		mvc.perform(get("/offers/FPO-HUGE-CAP")).andExpect(jsonPath("$.offer.readable").value(false));
		mvc.perform(get("/offers/FPO-HUGE-BOX")).andExpect(jsonPath("$.offer.readable").value(false));
	}

	@Test
	void aPayloadWithMoreOffersThanTheLimitIs422AndStoresNothing() throws Exception {
		int before = jdbc.queryForObject("select count(*) from offer", Integer.class);
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON)
			.content(GeneratedPayloads.wrapped("FPO-MANY-", 301, 5)))
			.andExpect(status().isUnprocessableContent())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(
					jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("offers.max-offers-per-payload")));
		assertThat(jdbc.queryForObject("select count(*) from offer", Integer.class)).isEqualTo(before);
	}

	@Test
	void rankedAnswersAreBoundedWhateverTheStoreHolds() throws Exception {
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON)
			.content(GeneratedPayloads.wrapped("FPO-RANK-", 250, 6))).andExpect(status().isOk());
		mvc.perform(get("/best-offers").param("amountToPay", "200000").param("bankName", "HDFC"))
			.andExpect(jsonPath("$.offers.length()").value(20))
			.andExpect(jsonPath("$.totalOffers").value(org.hamcrest.Matchers.greaterThan(20)));
		mvc.perform(get("/best-offers").param("amountToPay", "200000").param("bankName", "HDFC").param("limit", "5"))
			.andExpect(jsonPath("$.offers.length()").value(5));
		mvc.perform(get("/best-offers").param("amountToPay", "200000").param("bankName", "HDFC").param("limit", "101"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/payment-options").param("amountToPay", "200000").param("limit", "3"))
			.andExpect(jsonPath("$.options.length()").value(3))
			.andExpect(jsonPath("$.totalOptions").value(org.hamcrest.Matchers.greaterThan(3)));
		mvc.perform(get("/payment-options").param("amountToPay", "200000").param("limit", "201"))
			.andExpect(status().isBadRequest());
	}

	@Test
	void aHugeSummaryIsCutInMemoryInAnswersAndInLogs(CapturedOutput output) throws Exception {
		String huge = "Flat ₹500 off on HDFC Bank Credit Card\nINFO forged log line " + "x".repeat(1_000_000);
		learn("{\"offers\": [{\"adjustment_id\": \"FPO-HUGE-TEXT\", \"summary\": " + JSON.writeValueAsString(huge)
				+ ", \"contributors\": {\"banks\": [\"HDFC\"]}}, {\"adjustment_id\": \"FPO-NL\\nINFO forged id\", "
				+ "\"summary\": \"Up to ₹ off\\nINFO forged text\"}]}");
		String view = mvc.perform(get("/offers/FPO-HUGE-TEXT")).andReturn().getResponse().getContentAsString();
		String summary = JSON.readTree(view).path("offer").path("summary").asString();
		assertThat(summary).hasSizeLessThanOrEqualTo(500).startsWith("Flat ₹500 off");
		String options = mvc.perform(get("/payment-options").param("amountToPay", "100000"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(options.length()).isLessThan(200_000);
		assertThat(output.getAll()).contains("FPO-HUGE-TEXT stored but never applied");
		for (String line : output.getAll().split("\n")) {
			assertThat(line.length()).as("a log line").isLessThan(2_000);
			assertThat(line).doesNotStartWith("INFO forged");
		}
	}

}
