package app.offers.offer;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jpa.test.autoconfigure.TestEntityManager;

/**
 * The repositories against the Flyway schema, on the embedded H2 database the slice puts
 * in place of the configured one (a plain URL, no compatibility mode): the mapping, the
 * projections the index loads from, the version row's lock and the revision copy.
 */
@DataJpaTest
class OfferRepositoriesTests {

	static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

	@Autowired
	Offers offers;

	@Autowired
	OfferRevisions revisions;

	@Autowired
	StoreVersions versions;

	@Autowired
	TestEntityManager entities;

	static Offer offer(String key, long flatPaise) {
		return new Offer(key, key, OfferKind.CASHBACK, "Flat ₹" + flatPaise / 100 + " off " + key,
				Set.of("HDFC", "SBI"), Set.of("EMI_OPTIONS"), Set.of("VISA"),
				new DiscountTerms(null, flatPaise, null, 500000L, null), new Tenure(Set.of(6, 9), 3, 12), NOW,
				NOW.plusSeconds(86_400), true, "[{\"adjustment_id\":\"" + key + "\"}]");
	}

	void store(Offer offer, long version) {
		offers.insertNew(List.of(offer), version, NOW);
	}

	@Test
	void anOfferIsReadBackAsTheSameDomainOffer() {
		Offer a = offer("FPO-REPO-A", 50000);
		store(a, 1);
		StoredOffer stored = offers.findById("FPO-REPO-A").orElseThrow();
		assertThat(stored.toOffer()).isEqualTo(a);
		assertThat(stored.getContentHash()).isEqualTo(a.contentHash());
		assertThat(stored.getCreatedAt()).isEqualTo(NOW);
	}

	@Test
	void knownKeysComeWithTheDigestOfTheirStoredTerms() {
		Offer a = offer("FPO-REPO-B", 50000);
		store(a, 1);
		assertThat(offers.findKnown(List.of("FPO-REPO-B", "FPO-REPO-NEW")))
			.containsExactly(new Offers.Known("FPO-REPO-B", a.contentHash()));
	}

	@Test
	void theIndexLoadsColumnsAndCollectionsWrittenAfterAVersion() {
		store(offer("FPO-REPO-C", 50000), 1);
		store(offer("FPO-REPO-D", 60000), 2);
		assertThat(offers.rowsSince(1)).extracting(Offers.Row::key).containsExactly("FPO-REPO-D");
		assertThat(offers.banksSince(1)).extracting(Offers.Value::value).containsExactlyInAnyOrder("HDFC", "SBI");
		assertThat(offers.instrumentsSince(1)).extracting(Offers.Value::value).containsExactly("EMI_OPTIONS");
		assertThat(offers.cardNetworksSince(1)).extracting(Offers.Value::value).containsExactly("VISA");
		assertThat(offers.emiMonthsSince(1)).extracting(Offers.Value::value).containsExactlyInAnyOrder(6, 9);
		assertThat(offers.emiMonthsSince(0)).hasSize(4);
		assertThat(offers.findDates(List.of("FPO-REPO-C"))).containsExactly(new Offers.Dates("FPO-REPO-C", NOW, NOW));
	}

	@Test
	void changedTermsReplaceOnlyWhatChangedAndTheOldVersionIsKept() {
		store(offer("FPO-REPO-E", 50000), 1);
		assertThat(revisions.keepCurrent(List.of("FPO-REPO-E"), NOW.plusSeconds(60))).isEqualTo(1);
		Offer changed = new Offer("FPO-REPO-E", "FPO-REPO-E", OfferKind.CASHBACK, "Flat ₹750 off", Set.of("HDFC"),
				Set.of(), Set.of(), new DiscountTerms(null, 75000L, null, null, null), Tenure.ANY, null, null, true,
				"[{\"v\":2}]");
		offers.findById("FPO-REPO-E").orElseThrow().take(changed, 2, NOW.plusSeconds(60));
		offers.flush();
		entities.clear();

		assertThat(offers.findById("FPO-REPO-E").orElseThrow().toOffer()).isEqualTo(changed);
		assertThat(revisions.countByOfferKey("FPO-REPO-E")).isEqualTo(1);
		OfferRevision kept = revisions.findByOfferKeyOrderByIdAsc("FPO-REPO-E").get(0);
		assertThat(kept.getSummary()).isEqualTo("Flat ₹500 off FPO-REPO-E");
		assertThat(kept.getRawJson()).contains("adjustment_id");
		assertThat(kept.getReplacedAt()).isEqualTo(NOW.plusSeconds(60));
	}

	@Test
	void theVersionRowIsLockedMovedAndTouched() {
		long before = versions.current().orElseThrow();
		StoreVersion locked = versions.lockForWrite().orElseThrow();
		assertThat(locked.next()).isEqualTo(before + 1);
		entities.flush();
		assertThat(versions.current()).contains(before + 1);
		assertThat(versions.touch()).isEqualTo(1);
		assertThat(versions.existsById(StoreVersion.ID)).isTrue();
	}

}
