package app.offers.offer;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A version of an offer that a later post replaced, kept for audit. Written by
 * {@link OfferRevisions#keepCurrent} in one statement per batch of offers, so the
 * database's identity numbering costs no round trip per row.
 */
@Entity
@Table(name = "offer_revision")
class OfferRevision {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id = 0L;

	private String offerKey = "";

	private String summary = "";

	@Column(columnDefinition = "text")
	private String rawJson = "";

	private Instant replacedAt = Instant.EPOCH;

	protected OfferRevision() {
	}

	String getOfferKey() {
		return offerKey;
	}

	String getSummary() {
		return summary;
	}

	String getRawJson() {
		return rawJson;
	}

	Instant getReplacedAt() {
		return replacedAt;
	}

}
