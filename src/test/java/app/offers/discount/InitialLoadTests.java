package app.offers.discount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.health.contributor.Status;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;

import app.offers.OffersProperties;
import app.offers.offer.DiscountTerms;
import app.offers.offer.Offer;
import app.offers.offer.OfferKind;
import app.offers.offer.OfferStore;
import app.offers.offer.StoreWrites;
import app.offers.offer.Tenure;
import app.offers.web.problems.ProblemType;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;

/**
 * The stored offers are loaded in the background at start-up: readiness stays DOWN until
 * they are, a read waits for them or is answered 503 not-ready, never from the empty
 * snapshot, and a load that fails is tried again.
 */
class InitialLoadTests {

	final OfferStore store = mock(OfferStore.class);

	final Clock clock = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);

	final OffersProperties properties = new Binder(new MapConfigurationPropertySource()).bindOrCreate("offers",
			OffersProperties.class);

	static Offer offer(String key) {
		return new Offer(key, key, OfferKind.INSTANT_DISCOUNT, key, Set.of("HDFC"), Set.of("CREDIT"), Set.of(),
				new DiscountTerms(null, 10000L, null, null, null), Tenure.ANY, null, null, true, "");
	}

	void storeHolds(Offer... offers) {
		given(store.version()).willReturn(1L);
		given(store.loadSince(0)).willReturn(List.of(offers));
	}

	@Test
	void readinessIsDownUntilTheStoredOffersAreLoaded() {
		storeHolds(offer("A"), offer("B"));
		LiveOffers live = new LiveOffers(store, clock);
		SnapshotFreshness readiness = new SnapshotFreshness(live, mock(StoreWrites.class), properties);
		assertThat(live.loaded()).isFalse();
		assertThat(readiness.health().getStatus()).isEqualTo(Status.DOWN);
		assertThat(readiness.health().getDetails()).containsEntry("loaded", false);

		new InitialLoad(live).load();

		assertThat(live.loaded()).isTrue();
		assertThat(readiness.health().getStatus()).isEqualTo(Status.UP);
		assertThat(live.current().size()).isEqualTo(2);
	}

	@Test
	void aReadBeforeTheLoadWaitsForItAndIsAnsweredFromTheLoadedOffers() throws Exception {
		storeHolds(offer("A"));
		LiveOffers live = new LiveOffers(store, null, clock, null, Duration.ofMinutes(5));
		Thread[] reader = new Thread[1];
		CompletableFuture<Integer> read = CompletableFuture.supplyAsync(() -> {
			reader[0] = Thread.currentThread();
			return live.current().size();
		});
		// the load begins once the read is waiting for it
		while (reader[0] == null || reader[0].getState() != Thread.State.TIMED_WAITING) {
			Thread.onSpinWait();
		}
		assertThat(read).isNotDone();

		new InitialLoad(live).load();

		assertThat(read.get(1, TimeUnit.MINUTES)).isEqualTo(1);
	}

	@Test
	void aReadThatWaitedInVainIsAnswered503NotReadyWithRetryAfter() {
		storeHolds(offer("A"));
		LiveOffers live = new LiveOffers(store, null, clock, null, Duration.ZERO);

		assertThatThrownBy(live::current).isInstanceOfSatisfying(OffersLoading.class, loading -> {
			assertThat(loading.getStatusCode()).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
			assertThat(loading.getBody().getType()).isEqualTo(ProblemType.NOT_READY.type());
			assertThat(loading.getBody().getTitle()).isEqualTo(ProblemType.NOT_READY.title());
			assertThat(loading.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo(OffersLoading.RETRY_AFTER);
		});
		// writes compare with the offers held: they wait as reads do
		assertThatThrownBy(live::known).isInstanceOf(OffersLoading.class);
	}

	@Test
	void aLoadThatFailsIsTriedAgainUntilTheStoreAnswersAndTheOutageIsLoggedOnce() {
		willAnswer(invocation -> {
			throw new DataAccessResourceFailureException("connection refused");
		}).willAnswer(invocation -> {
			throw new DataAccessResourceFailureException("connection refused");
		}).willReturn(1L).given(store).version();
		given(store.loadSince(0)).willReturn(List.of(offer("A")));
		LiveOffers live = new LiveOffers(store, clock);
		Logger logger = (Logger) LoggerFactory.getLogger(InitialLoad.class);
		ListAppender<ILoggingEvent> lines = new ListAppender<>();
		lines.start();
		logger.addAppender(lines);
		try {
			new InitialLoad(live).load();
		}
		finally {
			logger.detachAppender(lines);
		}

		verify(store, times(3)).version();
		assertThat(live.loaded()).isTrue();
		assertThat(live.current().get("A")).isNotNull();
		assertThat(lines.list).extracting(e -> e.getLevel() + " " + e.getFormattedMessage())
			.containsExactly(
					"WARN Loading the stored offers failed; trying again every 1s until it works (connection refused)",
					"INFO Loaded 1 offers (store version 1) after 2 failed attempts");
	}

	@Test
	void aPollDuringTheInitialLoadLeavesTheStoreToIt() throws Exception {
		LiveOffers live = new LiveOffers(store, clock);
		CompletableFuture<Void> polled = new CompletableFuture<>();
		willAnswer(invocation -> {
			// the scheduled poll comes, on its own thread, while the initial load reads
			// the
			// store
			CompletableFuture.runAsync(live::poll).get(1, TimeUnit.MINUTES);
			polled.complete(null);
			return 1L;
		}).given(store).version();
		given(store.loadSince(0)).willReturn(List.of(offer("A")));

		CompletableFuture.runAsync(new InitialLoad(live)::load).get(1, TimeUnit.MINUTES);

		assertThat(polled).isDone();
		verify(store, times(1)).loadSince(0);
		assertThat(live.current().size()).isEqualTo(1);
	}

}
