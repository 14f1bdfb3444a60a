package app.offers.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import app.offers.discount.LiveOffers;
import app.offers.testing.MutableClock;

/**
 * Offers that go stale: withdrawn by hand, retired when no payload shows them for
 * offers.retire-after, and shown by status in /offers. Last sightings cost one statement
 * per payload, however many offers it holds.
 */
@SpringBootTest(properties = { "offers.retire-after=30d", "offers.api-key=lifecycle-key",
		"spring.jpa.properties.hibernate.generate_statistics=true",
		// no refresh poll: its version reads would count among the statements measured
		"offers.refresh-interval=1h" })
@AutoConfigureMockMvc
@Import(OfferLifecycleTests.Time.class)
class OfferLifecycleTests {

	static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

	static final String KEY = "lifecycle-key";

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(NOW);
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LiveOffers live;

	@Autowired
	MutableClock clock;

	@Autowired
	EntityManagerFactory entities;

	@BeforeEach
	void emptyStore() {
		clock.set(NOW);
		jdbc.update("delete from offer");
		live.reloadAll();
	}

	static String offer(String id, int rupeesOff) {
		return """
				{"adjustment_id": "%s", "summary": "Flat ₹%d off on Axis Bank Credit Card. Min Txn Value: ₹5,000",
				 "contributors": {"banks": ["AXIS"], "payment_instrument": ["CREDIT"]}}""".formatted(id, rupeesOff);
	}

	static String payload(String... offers) {
		return "{\"flipkartOfferApiResponse\": {\"offer_sections\": {\"PBO\": {\"offers\": [" + String.join(",", offers)
				+ "]}}}}";
	}

	void postPayload(String body) throws Exception {
		mvc.perform(post("/offer").header("X-API-Key", KEY).contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isOk());
	}

	void expectAxisDiscount(String expected) throws Exception {
		mvc.perform(get("/highest-discount").param("amountToPay", "10000")
			.param("bankName", "AXIS")
			.param("paymentInstrument", "CREDIT"))
			.andExpect(content().json("{\"highestDiscountAmount\": " + expected + "}"));
	}

	MockHttpServletRequestBuilder withdraw(String id) {
		return delete("/offers/{id}", id).header("X-API-Key", KEY);
	}

	@Test
	void aWithdrawnOfferLeavesEveryAnswerAtOnce() throws Exception {
		postPayload(payload(offer("FPO-W-1", 500), offer("FPO-W-2", 300)));
		expectAxisDiscount("500");

		mvc.perform(withdraw("FPO-W-1")).andExpect(status().isNoContent());

		expectAxisDiscount("300");
		mvc.perform(get("/best-offers").param("amountToPay", "10000").param("bankName", "AXIS"))
			.andExpect(jsonPath("$.offers[*].offer.id").value(org.hamcrest.Matchers.not(hasItem("FPO-W-1"))))
			.andExpect(jsonPath("$.totalOffers").value(1));
		mvc.perform(get("/payment-options").param("amountToPay", "10000"))
			.andExpect(jsonPath("$.options[0].highestDiscountAmount").value(300));
		mvc.perform(get("/discount-curve").param("bankName", "AXIS").param("paymentInstrument", "CREDIT"))
			.andExpect(jsonPath("$.pieces[?(@.constantAmount == 500)]").isEmpty())
			.andExpect(jsonPath("$.pieces[?(@.constantAmount == 300)]").isNotEmpty());
		mvc.perform(get("/offers/FPO-W-1"))
			.andExpect(jsonPath("$.offer.status").value("WITHDRAWN"))
			.andExpect(jsonPath("$.offer.active").value(false));
	}

	@Test
	void withdrawingIsIdempotentAndAnUnknownIdIsNotFound() throws Exception {
		postPayload(payload(offer("FPO-W-1", 500)));
		mvc.perform(withdraw("FPO-W-1")).andExpect(status().isNoContent());
		mvc.perform(withdraw("FPO-W-1")).andExpect(status().isNoContent());
		mvc.perform(withdraw("FPO-NOPE"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"))
			.andExpect(jsonPath("$.detail").value(containsString("FPO-NOPE")));
	}

	@Test
	void withdrawingNeedsTheKey() throws Exception {
		postPayload(payload(offer("FPO-W-1", 500)));
		mvc.perform(delete("/offers/FPO-W-1"))
			.andExpect(status().isUnauthorized())
			.andExpect(content().contentTypeCompatibleWith("application/problem+json"));
		expectAxisDiscount("500");
	}

	@Test
	void aWithdrawalMovesTheStoreVersionForOtherInstances() throws Exception {
		postPayload(payload(offer("FPO-W-1", 500)));
		long before = live.current().version();
		mvc.perform(withdraw("FPO-W-1")).andExpect(status().isNoContent());
		assertThat(live.current().version()).isGreaterThan(before);
		// what another instance would load: the store holds the withdrawal
		live.reloadAll();
		expectAxisDiscount("0");
	}

	@Test
	void aRepostWithTheSameTermsStaysWithdrawn() throws Exception {
		postPayload(payload(offer("FPO-W-1", 500)));
		mvc.perform(withdraw("FPO-W-1")).andExpect(status().isNoContent());
		clock.set(NOW.plus(Duration.ofHours(1)));

		postPayload(payload(offer("FPO-W-1", 500)));

		expectAxisDiscount("0");
		live.reloadAll();
		expectAxisDiscount("0");
		mvc.perform(get("/offers").param("status", "withdrawn")).andExpect(jsonPath("$.offers[0].id").value("FPO-W-1"));
	}

	@Test
	void aRepostWithChangedTermsRevivesTheOffer() throws Exception {
		postPayload(payload(offer("FPO-W-1", 500)));
		mvc.perform(withdraw("FPO-W-1")).andExpect(status().isNoContent());

		postPayload(payload(offer("FPO-W-1", 600)));

		expectAxisDiscount("600");
		mvc.perform(get("/offers/FPO-W-1"))
			.andExpect(jsonPath("$.offer.status").value("ACTIVE"))
			.andExpect(jsonPath("$.replacedVersions").value(1));
		live.reloadAll();
		expectAxisDiscount("600");
	}

	@Test
	void anOfferNotSeenForTheRetirementPeriodStopsApplying() throws Exception {
		postPayload(payload(offer("FPO-R-1", 500), offer("FPO-R-2", 300)));
		clock.set(NOW.plus(Duration.ofDays(20)));
		// only the second offer is seen again
		postPayload(payload(offer("FPO-R-2", 300)));

		clock.set(NOW.plus(Duration.ofDays(30)).minusMillis(1));
		expectAxisDiscount("500");
		clock.set(NOW.plus(Duration.ofDays(30)));
		expectAxisDiscount("300");
		mvc.perform(get("/offers/FPO-R-1")).andExpect(jsonPath("$.offer.status").value("RETIRED"));

		clock.set(NOW.plus(Duration.ofDays(50)));
		expectAxisDiscount("0");

		// seen again: it applies again
		postPayload(payload(offer("FPO-R-1", 500)));
		expectAxisDiscount("500");
	}

	@Test
	void lastSightingsCostOneStatementPerPayloadWhateverItsSize() throws Exception {
		List<String> many = new ArrayList<>();
		for (int i = 0; i < 60; i++) {
			many.add(offer("FPO-S-" + i, 100 + i));
		}
		postPayload(payload(offer("FPO-ONE", 50)));
		postPayload(payload(many.toArray(String[]::new)));
		Statistics statistics = entities.unwrap(SessionFactory.class).getStatistics();

		clock.set(NOW.plus(Duration.ofMinutes(5)));
		statistics.clear();
		postPayload(payload(offer("FPO-ONE", 50)));
		long forOne = statistics.getPrepareStatementCount();

		statistics.clear();
		postPayload(payload(many.toArray(String[]::new)));
		long forSixty = statistics.getPrepareStatementCount();

		// the version row locked, the sightings updated, the version moved: whatever the
		// number of offers
		assertThat(forSixty).isEqualTo(forOne).isLessThanOrEqualTo(3);
		mvc.perform(get("/offers/FPO-S-7")).andExpect(jsonPath("$.offer.lastSeen").value("2026-03-01T10:05:00Z"));

		// seen again within the resolution: nothing to write
		clock.set(NOW.plus(Duration.ofMinutes(5)).plusSeconds(30));
		statistics.clear();
		postPayload(payload(many.toArray(String[]::new)));
		assertThat(statistics.getPrepareStatementCount()).isZero();
	}

	@Test
	void offersAreListedAndFilteredByStatus() throws Exception {
		postPayload(payload(offer("FPO-A", 500), offer("FPO-B", 300)));
		postPayload("""
				{"flipkartOfferApiResponse": {"offers": [
				  {"id": "FPO-UP", "title": "Flat ₹200 off with AXIS Credit Card", "bankName": "AXIS",
				   "discountType": "flat", "discountValue": 200, "paymentInstruments": ["CREDIT"],
				   "validFrom": "2026-04-01T00:00:00Z"},
				  {"id": "FPO-OLD", "title": "Flat ₹100 off with AXIS Credit Card", "bankName": "AXIS",
				   "discountType": "flat", "discountValue": 100, "paymentInstruments": ["CREDIT"],
				   "validTill": "2026-02-01T00:00:00Z"}]}}""");
		mvc.perform(withdraw("FPO-B")).andExpect(status().isNoContent());

		mvc.perform(get("/offers").param("status", "upcoming"))
			.andExpect(jsonPath("$.offers[*].id").value(org.hamcrest.Matchers.contains("FPO-UP")));
		mvc.perform(get("/offers").param("status", "expired"))
			.andExpect(jsonPath("$.offers[*].id").value(org.hamcrest.Matchers.contains("FPO-OLD")));

		mvc.perform(get("/offers").param("status", "withdrawn"))
			.andExpect(jsonPath("$.totalOffers").value(1))
			.andExpect(jsonPath("$.offers[0].id").value("FPO-B"))
			.andExpect(jsonPath("$.offers[0].status").value("WITHDRAWN"));
		mvc.perform(get("/offers").param("status", "ACTIVE"))
			.andExpect(jsonPath("$.offers[*].id").value(org.hamcrest.Matchers.contains("FPO-A")));
		mvc.perform(get("/offers").param("status", "retired")).andExpect(jsonPath("$.totalOffers").value(0));
		mvc.perform(get("/offers").param("status", "stale"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameters[0]").value("status"))
			.andExpect(jsonPath("$.acceptedValues")
				.value(org.hamcrest.Matchers.contains("ACTIVE", "UPCOMING", "EXPIRED", "RETIRED", "WITHDRAWN")));
	}

}
