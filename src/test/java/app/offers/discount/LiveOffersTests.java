package app.offers.discount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.willAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import app.offers.offer.DiscountTerms;
import app.offers.offer.Offer;
import app.offers.offer.OfferKind;
import app.offers.offer.OfferStore;
import app.offers.offer.OfferWrites;
import app.offers.offer.StoreChanged;
import app.offers.offer.Tenure;

/**
 * The poll and this instance's own writes: each write is taken in once, and never read
 * back.
 */
class LiveOffersTests {

	final OfferStore store = mock(OfferStore.class);

	final OfferWrites writes = mock(OfferWrites.class);

	final Clock clock = Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC);

	static Offer offer(String key) {
		return new Offer(key, key, OfferKind.INSTANT_DISCOUNT, key, Set.of("HDFC"), Set.of("CREDIT"), Set.of(),
				new DiscountTerms(null, 10000L, null, null, null), Tenure.ANY, null, null, true, "");
	}

	static StoreChanged created(long version, Offer... offers) {
		return new StoreChanged(version, Instant.parse("2026-01-01T00:00:00Z"), List.of(offers), List.of(), Set.of(),
				Set.of(), Set.of());
	}

	@Test
	void aPollRacingThisInstancesCommitDoesNotLoadTheWriteBack() {
		given(store.version()).willReturn(0L);
		LiveOffers live = new LiveOffers(store, writes, clock, null);
		StoreChanged written = created(1, offer("A"), offer("B"));
		// the commit becomes visible and its event is taken in while the poll reads the
		// store's version
		willAnswer(invocation -> {
			live.changed(written);
			return 1L;
		}).given(store).version();

		live.poll();

		verify(store, never()).loadSince(anyLong());
		assertThat(live.current().version()).isEqualTo(1);
		assertThat(live.current().size()).isEqualTo(2);
	}

	@Test
	void aPollLoadsWhatAnotherInstanceWrote() {
		given(store.version()).willReturn(0L);
		LiveOffers live = new LiveOffers(store, clock);
		given(store.version()).willReturn(3L);
		given(store.loadSince(0)).willReturn(List.of(offer("A")));

		live.poll();

		verify(store).loadSince(0);
		assertThat(live.current().version()).isEqualTo(3);
		assertThat(live.current().get("A")).isNotNull();
	}

	@Test
	void aPollDuringThisInstancesCommitLeavesItToTheEvent() {
		given(store.version()).willReturn(0L);
		LiveOffers live = new LiveOffers(store, writes, clock, null);
		StoreChanged written = created(1, offer("A"));
		given(writes.committing(1L)).willReturn(true);
		given(store.version()).willReturn(1L);

		live.poll();

		verify(store, never()).loadSince(anyLong());
		live.changed(written);
		assertThat(live.current().get("A")).isNotNull();
		assertThat(live.current().version()).isEqualTo(1);
	}

}
