package app.offers.ingest;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import app.offers.web.problems.ProblemType;

/**
 * A key twice in one object would otherwise be read as its last value: a second "summary"
 * with a bigger percent would widen the offer unseen. Such a body is refused, naming the
 * key and where it is, and nothing is stored.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DuplicateKeysTests {

	@Autowired
	MockMvc mvc;

	void refused(String body, String id, String key, String pointer) throws Exception {
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(ProblemType.MALFORMED_BODY.type().toString()))
			.andExpect(jsonPath("$.detail").value(containsString("\"" + key + "\"")))
			.andExpect(jsonPath("$.detail").value(containsString(" " + pointer + ":")));
		mvc.perform(get("/offers/" + id)).andExpect(status().isNotFound());
		mvc.perform(get("/highest-discount").param("amountToPay", "10000").param("bankName", "HDFC"))
			.andExpect(status().isOk());
	}

	@Test
	void aSecondSummaryInOneOfferIsRefusedNamingItsPath() throws Exception {
		refused("{\"flipkartOfferApiResponse\": {\"offers\": [{\"adjustment_id\": \"FPO-DUP-SUMMARY\","
				+ "\"summary\": \"5% off on HDFC Bank Credit Card\", \"contributors\": {\"banks\": [\"HDFC\"]},"
				+ "\"summary\": \"90% off on HDFC Bank Credit Card\"}]}}", "FPO-DUP-SUMMARY", "summary",
				"/flipkartOfferApiResponse/offers/0/summary");
	}

	@Test
	void aDuplicateDeepInThePayloadIsRefusedNamingItsPath() throws Exception {
		refused("{\"flipkartOfferApiResponse\": {\"sections\": [{\"title\": \"x\"}, {\"offers\": ["
				+ "{\"adjustment_id\": \"FPO-DUP-OTHER\", \"summary\": \"Flat ₹50 off on ICICI Bank Credit Card\"},"
				+ "{\"adjustment_id\": \"FPO-DUP-DEEP\", \"summary\": \"Flat ₹500 off on HDFC Bank Credit Card\","
				+ "\"offer_txn_limits\": {\"min_txn_value\": 500000, \"min_txn_value\": 100}}]}]}}", "FPO-DUP-DEEP",
				"min_txn_value", "/flipkartOfferApiResponse/sections/1/offers/1/offer_txn_limits/min_txn_value");
		refused("{\"flipkartOfferApiResponse\": {\"offers\": [{\"adjustment_id\": \"FPO-DUP-WRAPPER\","
				+ "\"summary\": \"Flat ₹500 off on HDFC Bank Credit Card\"}]}, \"flipkartOfferApiResponse\": {}}",
				"FPO-DUP-WRAPPER", "flipkartOfferApiResponse", "/flipkartOfferApiResponse");
	}

	@Test
	void theSameKeyInDifferentObjectsIsFine() throws Exception {
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON)
			.content("{\"flipkartOfferApiResponse\": {\"offers\": [{\"adjustment_id\": \"FPO-DUP-NONE-1\","
					+ "\"summary\": \"Flat ₹500 off on HDFC Bank Credit Card\"}, {\"adjustment_id\": \"FPO-DUP-NONE-2\","
					+ "\"summary\": \"Flat ₹400 off on HDFC Bank Credit Card\"}]}}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.noOfOffersIdentified").value(2));
	}

}
