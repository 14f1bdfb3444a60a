package app.offers.catalog;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

/** An offer row as stored, with its raw JSON: what the catalog endpoints read. Written only by the ingest path. */
@Entity
@Table(name = "offer")
public class StoredOffer {

	@Id
	@Column(name = "offer_key")
	private String key = "";

	private @Nullable String flipkartId;

	private String kind = "";

	private String summary = "";

	private @Nullable Integer percentBps;

	private @Nullable Long flatPaise;

	private @Nullable Long capPaise;

	private @Nullable Long minTxnPaise;

	private @Nullable Long maxTxnPaise;

	private @Nullable Integer emiMinMonths;

	private @Nullable Integer emiMaxMonths;

	private @Nullable Instant validFrom;

	private @Nullable Instant validUntil;

	private boolean readable;

	@Column(columnDefinition = "text")
	private String rawJson = "";

	private long revision;

	private Instant createdAt = Instant.EPOCH;

	private Instant updatedAt = Instant.EPOCH;

	@ElementCollection
	@CollectionTable(name = "offer_bank", joinColumns = @JoinColumn(name = "offer_key"))
	@Column(name = "bank_code")
	private Set<String> banks = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "offer_instrument", joinColumns = @JoinColumn(name = "offer_key"))
	@Column(name = "instrument")
	private Set<String> instruments = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "offer_card_network", joinColumns = @JoinColumn(name = "offer_key"))
	@Column(name = "network")
	private Set<String> cardNetworks = new HashSet<>();

	@ElementCollection
	@CollectionTable(name = "offer_emi_month", joinColumns = @JoinColumn(name = "offer_key"))
	@Column(name = "months")
	private Set<Integer> emiMonths = new HashSet<>();

	protected StoredOffer() {
	}

	public String getKey() {
		return key;
	}

	public @Nullable String getFlipkartId() {
		return flipkartId;
	}

	public String getKind() {
		return kind;
	}

	public String getSummary() {
		return summary;
	}

	public @Nullable Integer getPercentBps() {
		return percentBps;
	}

	public @Nullable Long getFlatPaise() {
		return flatPaise;
	}

	public @Nullable Long getCapPaise() {
		return capPaise;
	}

	public @Nullable Long getMinTxnPaise() {
		return minTxnPaise;
	}

	public @Nullable Long getMaxTxnPaise() {
		return maxTxnPaise;
	}

	public @Nullable Integer getEmiMinMonths() {
		return emiMinMonths;
	}

	public @Nullable Integer getEmiMaxMonths() {
		return emiMaxMonths;
	}

	public @Nullable Instant getValidFrom() {
		return validFrom;
	}

	public @Nullable Instant getValidUntil() {
		return validUntil;
	}

	public boolean isReadable() {
		return readable;
	}

	public String getRawJson() {
		return rawJson;
	}

	public long getRevision() {
		return revision;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public Set<String> getBanks() {
		return banks;
	}

	public Set<String> getInstruments() {
		return instruments;
	}

	public Set<String> getCardNetworks() {
		return cardNetworks;
	}

	public Set<Integer> getEmiMonths() {
		return emiMonths;
	}
}
