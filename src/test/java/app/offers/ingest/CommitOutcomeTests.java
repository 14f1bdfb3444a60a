package app.offers.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.web.servlet.MockMvc;

import app.offers.web.problems.ProblemType;
import app.offers.offer.StoreWrites;

/**
 * A post whose commit the database made durable, but whose connection died before
 * acknowledging it, is not answered "nothing was stored": its outcome is unknown, and
 * said so. A failure before the commit still is.
 */
@SpringBootTest(properties = "offers.write-probe-interval=50ms")
@AutoConfigureMockMvc
@Import(CommitOutcomeTests.FlakyConnections.class)
class CommitOutcomeTests {

	/** What the next connection call of one thread does wrong. */
	enum Fault {

		/**
		 * commit() commits, then the connection is lost before the answer (SQL state
		 * 08006).
		 */
		LOST_AFTER_COMMIT,
		/**
		 * The first statement prepared fails with a lost connection: nothing reached the
		 * database.
		 */
		LOST_BEFORE_COMMIT

	}

	record Armed(Thread thread, Fault fault) {
	}

	static final AtomicReference<@Nullable Armed> armed = new AtomicReference<>();

	@Autowired
	MockMvc mvc;

	@Autowired
	StoreWrites writes;

	@AfterEach
	void disarm() throws InterruptedException {
		armed.set(null);
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (writes.failing() && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
	}

	static String payload(String id) {
		return "{\"flipkartOfferApiResponse\": {\"offers\": [{\"adjustment_id\": \"" + id + "\","
				+ "\"summary\": \"Flat ₹700 off on Kotak Bank Credit Card\", \"contributors\": {\"banks\": [\"KOTAK\"]}}]}}";
	}

	@Test
	void aCommitLostBeforeItsAcknowledgementIsAnUnknownOutcomeAndTheOffersAreStored() throws Exception {
		armed.set(new Armed(Thread.currentThread(), Fault.LOST_AFTER_COMMIT));
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(payload("FPO-COMMIT-LOST")))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().exists("Retry-After"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.type").value(ProblemType.OUTCOME_UNKNOWN.type().toString()))
			.andExpect(jsonPath("$.detail").value(containsString("may have stored")))
			.andExpect(jsonPath("$.detail").value(containsString("Re-posting the same payload is safe")))
			.andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.not(containsString("nothing was stored"))));
		assertThat(armed.get()).as("the fault was used").isNull();

		// the store holds it, and the refresh poll brings it into the answers
		mvc.perform(get("/offers/FPO-COMMIT-LOST")).andExpect(status().isOk());
		long deadline = System.nanoTime() + 5_000_000_000L;
		String listed = "";
		while (!listed.contains("FPO-COMMIT-LOST") && System.nanoTime() < deadline) {
			Thread.sleep(50);
			listed = mvc.perform(get("/offers").param("bankName", "KOTAK").param("size", "100"))
				.andReturn()
				.getResponse()
				.getContentAsString();
		}
		assertThat(listed).contains("FPO-COMMIT-LOST");
		// and posting it again is safe: known, not stored twice
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(payload("FPO-COMMIT-LOST")))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.noOfNewOffersCreated").value(0));
	}

	@Test
	void aFailureBeforeTheCommitStillSaysNothingWasStored() throws Exception {
		armed.set(new Armed(Thread.currentThread(), Fault.LOST_BEFORE_COMMIT));
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(payload("FPO-COMMIT-NEVER")))
			.andExpect(status().isServiceUnavailable())
			.andExpect(header().exists("Retry-After"))
			.andExpect(jsonPath("$.type").value(ProblemType.STORE_UNAVAILABLE.type().toString()))
			.andExpect(jsonPath("$.detail").value(containsString("nothing was stored")));
		assertThat(armed.get()).as("the fault was used").isNull();
		mvc.perform(get("/offers/FPO-COMMIT-NEVER")).andExpect(status().isNotFound());
	}

	/**
	 * Wraps the service's data source so a test can break one thread's next connection
	 * call.
	 */
	@TestConfiguration(proxyBeanMethods = false)
	static class FlakyConnections {

		@Bean
		static BeanPostProcessor flakyDataSource() {
			return new BeanPostProcessor() {
				@Override
				public Object postProcessAfterInitialization(Object bean, String name) {
					if (!(bean instanceof DataSource dataSource)) {
						return bean;
					}
					return new DelegatingDataSource(dataSource) {
						@Override
						public Connection getConnection() throws SQLException {
							return flaky(super.getConnection());
						}
					};
				}
			};
		}

		static Connection flaky(Connection connection) {
			return (Connection) Proxy.newProxyInstance(CommitOutcomeTests.class.getClassLoader(),
					new Class<?>[] { Connection.class }, (proxy, method, args) -> {
						Armed now = armed.get();
						boolean mine = now != null && now.thread() == Thread.currentThread();
						if (mine && now.fault() == Fault.LOST_BEFORE_COMMIT
								&& method.getName().equals("prepareStatement") && armed.compareAndSet(now, null)) {
							throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
						}
						Object result;
						try {
							result = method.invoke(connection, args);
						}
						catch (InvocationTargetException e) {
							throw e.getCause();
						}
						if (mine && now.fault() == Fault.LOST_AFTER_COMMIT && method.getName().equals("commit")
								&& armed.compareAndSet(now, null)) {
							throw new SQLException("An I/O error occurred while sending to the backend.", "08006");
						}
						return result;
					});
		}

	}

}
