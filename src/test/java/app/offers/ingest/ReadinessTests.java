package app.offers.ingest;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import app.offers.discount.LiveOffers;
import app.offers.offer.OfferStore;
import app.offers.testing.MutableClock;
import app.offers.offer.StoreWrites;

/**
 * An instance cut off from the store leaves the load balancer once its offers are older
 * than offers.max-snapshot-age while writes fail, and comes back when the store does;
 * liveness stays UP throughout. Polls are driven by hand (the scheduled ones wait an
 * hour) and time by a clock the test moves.
 */
@SpringBootTest(
		properties = { "offers.refresh-interval=1h", "offers.write-probe-interval=1h", "offers.max-snapshot-age=30s" })
@AutoConfigureMockMvc
@Import(ReadinessTests.Time.class)
class ReadinessTests {

	static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

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
	MutableClock clock;

	@Autowired
	LiveOffers live;

	@Autowired
	StoreWrites writes;

	@MockitoBean
	OfferStore store;

	/** Whether the store is unreachable, for reads and writes alike. */
	final AtomicBoolean down = new AtomicBoolean();

	@BeforeEach
	void storeFollowsTheSwitch() {
		willAnswer(invocation -> {
			if (down.get()) {
				throw new DataAccessResourceFailureException("connection refused");
			}
			return 0L;
		}).given(store).version();
		given(store.write(any(), any())).willAnswer(invocation -> {
			throw new DataAccessResourceFailureException("connection refused");
		});
		clock.set(NOW);
		live.poll();
	}

	@AfterEach
	void storeBack() {
		down.set(false);
		writes.probe();
	}

	void postFails() throws Exception {
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(StoreFailureAnswersTests.BODY))
			.andExpect(status().isServiceUnavailable());
	}

	void expectReady(boolean ready) throws Exception {
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(ready ? status().isOk() : status().isServiceUnavailable())
			.andExpect(jsonPath("$.components.snapshotFreshness.status").value(ready ? "UP" : "DOWN"));
		mvc.perform(get("/actuator/health/liveness")).andExpect(status().isOk());
	}

	@Test
	void notReadyWhileTheSnapshotIsTooOldAndWritesFailThenReadyAgain() throws Exception {
		down.set(true);
		postFails();
		live.poll();
		clock.set(NOW.plusSeconds(29));
		expectReady(true);

		clock.set(NOW.plusSeconds(31));
		live.poll();
		expectReady(false);
		mvc.perform(get("/actuator/prometheus"))
			.andExpect(content().string(containsString("offers_snapshot_age_seconds 31")));
		// reads still answer from memory
		mvc.perform(get("/highest-discount").param("amountToPay", "1000").param("bankName", "HDFC"))
			.andExpect(status().isOk());

		down.set(false);
		live.poll();
		expectReady(true);
	}

	@Test
	void anOldSnapshotAloneOrFailingWritesAloneKeepTheInstanceReady() throws Exception {
		down.set(true);
		live.poll();
		clock.set(NOW.plusSeconds(120));
		expectReady(true);

		down.set(false);
		live.poll();
		postFails();
		expectReady(true);
	}

	@Test
	void theReadinessGroupIsTheApplicationsStateAndTheSnapshot() throws Exception {
		mvc.perform(get("/actuator/health/readiness"))
			.andExpect(jsonPath("$.components.readinessState.status").value("UP"))
			.andExpect(jsonPath("$.components.snapshotFreshness.status").value("UP"))
			.andExpect(jsonPath("$.components.length()").value(2));
	}

}
