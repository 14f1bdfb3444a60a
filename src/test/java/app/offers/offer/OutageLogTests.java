package app.offers.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;

import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.transaction.CannotCreateTransactionException;

import app.offers.testing.MutableClock;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * An outage is logged once when it starts, reminded of now and then, and once when it
 * ends, however many requests it refuses; the lines libraries repeat per failure are held
 * back while it lasts and only then.
 */
class OutageLogTests {

	static final Instant START = Instant.parse("2026-12-03T10:00:00Z");

	/** A logger that repeats a failure per request, as the connection pool's does. */
	static final Logger POOL = (Logger) LoggerFactory.getLogger("com.zaxxer.hikari.pool.ProxyConnection");

	static final Logger OWN = (Logger) LoggerFactory.getLogger(StoreWrites.class);

	final MutableClock clock = new MutableClock(START);

	final OfferStore store = mock(OfferStore.class);

	final AtomicBoolean down = new AtomicBoolean();

	final ListAppender<ILoggingEvent> lines = new ListAppender<>();

	StoreWrites writes;

	@BeforeEach
	void watchTheLog() {
		willAnswer(invocation -> {
			if (down.get()) {
				throw new CannotCreateTransactionException("Could not open JPA EntityManager for transaction",
						new SQLException("Connection to localhost:5432 refused", "08001"));
			}
			return null;
		}).given(store).probeWrite();
		writes = new StoreWrites(store, clock, Duration.ofMinutes(5));
		lines.start();
		for (Logger logger : List.of(POOL, OWN)) {
			logger.addAppender(lines);
			logger.setLevel(Level.INFO);
		}
	}

	@AfterEach
	void stopWatching() {
		writes.destroy();
		for (Logger logger : List.of(POOL, OWN)) {
			logger.detachAppender(lines);
			logger.setLevel(null);
		}
	}

	static RuntimeException refusedConnection() {
		return new DataAccessResourceFailureException("Unable to acquire JDBC Connection",
				new SQLException("Connection to localhost:5432 refused", "08001"));
	}

	List<String> messages() {
		return lines.list.stream().map(e -> e.getLevel() + " " + e.getFormattedMessage()).toList();
	}

	@Test
	void aThousandRefusedRequestsLogTheOutageOnceAndItsEndOnceWithTheirCount() {
		down.set(true);
		for (int i = 0; i < 1000; i++) {
			POOL.warn("HikariPool-1 - Connection is not available, request timed out after 3000ms");
			writes.refused(refusedConnection());
		}
		assertThat(messages()).hasSize(2);
		assertThat(messages().get(0)).as("the failure that reveals the outage logs in full")
			.startsWith("WARN HikariPool-1");
		assertThat(messages().get(1))
			.startsWith("ERROR The offer store is unavailable: Unable to acquire JDBC "
					+ "Connection (Connection to localhost:5432 refused)")
			.contains("reminder every 5 min");

		clock.set(START.plusSeconds(42));
		down.set(false);
		writes.probe();
		assertThat(writes.failing()).isFalse();
		assertThat(messages()).hasSize(3);
		assertThat(messages().get(2)).isEqualTo("INFO The offer store takes writes again after 42 s: 1000 requests "
				+ "answered 503 meanwhile; 999 library log lines held back.");

		POOL.warn("a warning after the outage");
		assertThat(messages()).as("nothing is held back once it is over").hasSize(4);
	}

	@Test
	void aLongOutageIsRemindedOfAtTheIntervalNotAtEveryProbe() {
		down.set(true);
		writes.refused(refusedConnection());
		for (int second = 1; second <= 11 * 60; second++) {
			clock.set(START.plusSeconds(second));
			writes.probe();
		}
		assertThat(messages()).filteredOn(m -> m.startsWith("WARN The offer store is still unavailable"))
			.containsExactly(
					"WARN The offer store is still unavailable after 5 min (Unable to acquire JDBC Connection "
							+ "(Connection to localhost:5432 refused)): 1 requests answered 503 so far.",
					"WARN The offer store is still unavailable after 10 min (Unable to acquire JDBC Connection "
							+ "(Connection to localhost:5432 refused)): 1 requests answered 503 so far.");
		assertThat(writes.health().getDetails()).containsEntry("requestsRefused", 1L);
	}

	@Test
	void eachNewOutageIsLoggedAgain() {
		down.set(true);
		writes.refused(refusedConnection());
		down.set(false);
		writes.probe();
		down.set(true);
		writes.refused(refusedConnection());
		writes.refused(refusedConnection());
		assertThat(messages()).filteredOn(m -> m.startsWith("ERROR The offer store is unavailable")).hasSize(2);
		assertThat(messages()).filteredOn(m -> m.startsWith("INFO The offer store takes writes again")).hasSize(1);
	}

	@Test
	void aFailedPollHasTheProbeCheckWritesAndOnlyAFailedWriteIsAnOutage() {
		writes.readFailed(refusedConnection());
		assertThat(writes.failing()).as("a read alone never turns health DOWN").isFalse();
		writes.probe();
		assertThat(writes.failing()).as("the probe write committed").isFalse();
		assertThat(messages()).isEmpty();

		down.set(true);
		writes.readFailed(refusedConnection());
		writes.probe();
		assertThat(writes.failing()).isTrue();
		assertThat(messages()).singleElement()
			.asString()
			.startsWith("ERROR The offer store is unavailable: Could not open JPA EntityManager for transaction "
					+ "(Connection to localhost:5432 refused)");
	}

	@Test
	void anErrorRetryingCannotFixIsNoOutageAndHoldsNothingBack() {
		writes.refused(new DataIntegrityViolationException("value too long for type character varying(300)"));
		assertThat(writes.failing()).isFalse();
		POOL.warn("a warning outside an outage");
		assertThat(messages()).containsExactly("WARN a warning outside an outage");
	}

	@Test
	void aClosedContextLeavesNoFilterBehind() {
		var context = (ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory();
		int before = context.getTurboFilterList().size();
		new StoreWrites(store, clock, Duration.ofMinutes(5)).destroy();
		assertThat(context.getTurboFilterList()).hasSize(before);
	}

}
