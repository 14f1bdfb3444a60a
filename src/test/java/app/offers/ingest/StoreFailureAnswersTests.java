package app.offers.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.MediaType;
import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import app.offers.offer.OfferStore;
import app.offers.offer.OffersWritten;
import app.offers.offer.StoreFailures;
import app.offers.web.problems.ProblemType;
import app.offers.offer.StoreWrites;

/**
 * Only a real outage is a 503 with Retry-After (and turns health DOWN until a probe write
 * succeeds); an error that retrying cannot fix is a 500, never a "retry shortly".
 */
@SpringBootTest(properties = "offers.write-probe-interval=50ms")
@AutoConfigureMockMvc
class StoreFailureAnswersTests {

	static final String BODY = "{\"flipkartOfferApiResponse\": {\"offers\": [{\"adjustment_id\": \"FPO-FAIL-1\","
			+ "\"summary\": \"Flat ₹500 off on HDFC Bank Credit Card\", \"contributors\": {\"banks\": [\"HDFC\"]}}]}}";

	@Autowired
	MockMvc mvc;

	@MockitoBean
	OfferStore store;

	@Autowired
	StoreWrites writes;

	/**
	 * Whether the mocked store is down: flipped, never re-stubbed, since the probe calls
	 * it from another thread.
	 */
	final AtomicBoolean down = new AtomicBoolean();

	@BeforeEach
	void probeWritesFollowTheSwitch() {
		willAnswer(invocation -> {
			if (down.get()) {
				throw new DataAccessResourceFailureException("still down");
			}
			return null;
		}).given(store).probeWrite();
	}

	@AfterEach
	void storeWorksAgain() {
		down.set(false);
		writes.probe();
	}

	@Test
	void anOutageIs503WithRetryAfterAndHealthDownUntilTheStoreTakesWritesAgain() throws Exception {
		down.set(true);
		given(store.write(any(), any())).willAnswer(invocation -> {
			if (down.get()) {
				throw new DataAccessResourceFailureException("connection refused");
			}
			return new OffersWritten(1, List.of(), List.of());
		});
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(BODY))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(ProblemType.STORE_UNAVAILABLE.type().toString()));
		mvc.perform(get("/actuator/health"))
			.andExpect(status().isServiceUnavailable())
			.andExpect(jsonPath("$.components.storeWrites.status").value("DOWN"));

		down.set(false);
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (writes.failing() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		assertThat(writes.failing()).as("recovered by the probe").isFalse();
		mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.components.storeWrites.status").value("UP"));
	}

	@Test
	void anErrorRetryingCannotFixIs500WithoutRetryAfterAndHealthStaysUp() throws Exception {
		given(store.write(any(), any())).willThrow(new BadSqlGrammarException("insert", "insert ... on conflict",
				new SQLException("Syntax error in SQL statement", "42001", 42001)));
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(BODY))
			.andExpect(status().isInternalServerError())
			.andExpect(header().doesNotExist("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(ProblemType.INTERNAL_ERROR.type().toString()))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("Retrying will not help")))
			.andExpect(jsonPath("$.trace").doesNotExist());
		mvc.perform(get("/actuator/health")).andExpect(jsonPath("$.components.storeWrites.status").value("UP"));
	}

	@Test
	void outagesAreToldFromPermanentErrors() {
		assertThat(StoreFailures.isOutage(new DataAccessResourceFailureException("x"))).isTrue();
		assertThat(StoreFailures.isOutage(new RuntimeException(new SQLException("refused", "08001")))).isTrue();
		assertThat(StoreFailures.isOutage(new RuntimeException(new SQLException("disk full", "53100")))).isTrue();
		assertThat(StoreFailures.isOutage(new RuntimeException(new SQLException("closed", "90098", 90098)))).isTrue();
		assertThat(StoreFailures.isOutage(new RuntimeException(new SQLException("no space", "90100", 90100)))).isTrue();
		assertThat(StoreFailures.isOutage(new RuntimeException(new SQLException("General error", "HY000", 50000,
				new org.h2.mvstore.MVStoreException(4, "Transaction 2 is closed")))))
			.as("H2's storage layer failed under its general error")
			.isTrue();
		assertThat(StoreFailures.isOutage(new DataIntegrityViolationException("NUL in text",
				new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"))))
			.isFalse();
		assertThat(StoreFailures.isOutage(new BadSqlGrammarException("x", "y", new SQLException("syntax", "42601"))))
			.isFalse();
		assertThat(StoreFailures.isOutage(new RuntimeException(new SQLException("date out of range", "22008"))))
			.isFalse();
	}

}
