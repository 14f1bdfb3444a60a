package app.offers.offer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.context.annotation.Import;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

@DataJpaTest
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@Import(OfferStore.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class OfferStoreTests {

	static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

	@Autowired
	OfferStore store;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void empty() {
		jdbc.update("delete from offer");
	}

	static Offer offer(String key, String bank, DiscountTerms terms) {
		return new Offer(key, key, OfferKind.INSTANT_DISCOUNT, "Flat off " + key, Set.of(bank),
				Set.of("CREDIT", "EMI_OPTIONS"), Set.of(), terms, new Tenure(Set.of(6, 9), 6, null), null, null, true,
				"[{\"adjustment_id\":\"" + key + "\"}]");
	}

	@Test
	void storesEachOfferOnceAndReadsItBackWhole() {
		Offer a = offer("FPO-A", "HDFC", new DiscountTerms(1000, null, 150000L, 500000L, 2999900L));
		OffersWritten first = store.write(List.of(a), NOW);
		OffersWritten second = store.write(List.of(a), NOW);
		assertThat(first.created()).containsExactly(a);
		assertThat(second.created()).isEmpty();
		assertThat(second.updated()).isEmpty();
		assertThat(second.version()).isGreaterThan(first.version());
		assertThat(store.loadSince(0)).singleElement().isEqualTo(a.withoutRawJson());
	}

	@Test
	void changedTermsUpdateTheOfferAndKeepThePreviousVersion() {
		store.write(List.of(offer("FPO-B", "AXIS", new DiscountTerms(null, 50000L, null, null, null))), NOW);
		Offer changed = offer("FPO-B", "AXIS", new DiscountTerms(null, 75000L, null, null, null));
		OffersWritten written = store.write(List.of(changed), NOW);
		assertThat(written.created()).isEmpty();
		assertThat(written.updated()).containsExactly(changed);
		assertThat(jdbc.queryForObject("select flat_paise from offer where offer_key = 'FPO-B'", Long.class))
			.isEqualTo(75000L);
		assertThat(jdbc.queryForObject("select count(*) from offer_revision where offer_key = 'FPO-B'", Integer.class))
			.isEqualTo(1);
	}

	@Test
	void newOffersKeepTheirInstantsCollectionsAndNullsExactly() {
		Offer dated = new Offer("FPO-T", null, OfferKind.CASHBACK, "₹10 Cashback", Set.of("SBI", "AXIS"), Set.of(),
				Set.of("VISA", "RUPAY"), new DiscountTerms(null, 1000L, null, null, null), Tenure.ANY,
				Instant.parse("2026-01-14T18:30:00Z"), Instant.parse("2026-02-01T18:29:59.123456Z"), false, "[]");
		Offer plain = offer("FPO-U", "HDFC", new DiscountTerms(750, null, null, null, null));
		store.write(List.of(dated, plain), NOW);
		assertThat(store.loadSince(0)).containsExactlyInAnyOrder(dated.withoutRawJson(), plain.withoutRawJson());
		assertThat(store.find("FPO-T")).hasValueSatisfying(r -> {
			assertThat(r.offer()).isEqualTo(dated);
			assertThat(r.firstSeen()).isEqualTo(NOW);
			assertThat(r.lastChanged()).isEqualTo(NOW);
		});
	}

	@Test
	void aPayloadIsStoredAllOrNothing() {
		Offer good = offer("FPO-C", "SBI", new DiscountTerms(null, 50000L, null, null, null));
		Offer bad = offer("FPO-D", "X".repeat(100), new DiscountTerms(null, 50000L, null, null, null));
		assertThatThrownBy(() -> store.write(List.of(good, bad), NOW)).isInstanceOf(DataAccessException.class);
		assertThat(jdbc.queryForObject("select count(*) from offer", Integer.class)).isZero();
	}

	@Test
	void onlyOffersWrittenAfterAVersionAreLoadedAgain() {
		long v1 = store.write(List.of(offer("FPO-E", "SBI", new DiscountTerms(null, 100L, null, null, null))), NOW)
			.version();
		store.write(List.of(offer("FPO-F", "SBI", new DiscountTerms(null, 100L, null, null, null))), NOW);
		assertThat(store.loadSince(v1)).extracting(Offer::key).containsExactly("FPO-F");
	}

}
