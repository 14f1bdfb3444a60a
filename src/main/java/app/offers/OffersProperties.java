package app.offers;

import java.time.Duration;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

import app.offers.offer.OfferLimits;

/**
 * Every {@code offers.*} setting, bound and checked once at start-up: a value out of
 * range stops the start with the property's name instead of misbehaving later. The
 * defaults are the service's defaults; application.yml repeats them with a comment each.
 * The two polling intervals are read by {@code @Scheduled} through their placeholders (an
 * annotation cannot take a bean's value); they are bound here too so that they are
 * checked.
 *
 * @param dataDir where the default H2 database keeps its file; the disk-space health
 * check watches it (both read through {@code ${offers.data-dir}} in application.yml)
 * @param apiKey the key POST /offer needs in {@code X-API-Key}; empty: writes are open
 * @param requireApiKey refuse to start without {@link #apiKey} (set in the
 * {@code postgres} profile)
 * @param maxBodySize larger POST bodies are answered 413
 * @param maxOffersPerPayload a payload with more distinct offers is answered 422
 * @param refreshInterval how often an instance polls the store version for other
 * instances' writes
 * @param maxConcurrentUploads requests reading a body at once; beyond, 429
 * @param bodyReadTimeout the longest one request body may take to arrive; then 408
 * @param writeProbeInterval after a write failed for an outage, how often a probe write
 * checks the store is back
 * @param outageReminderInterval an outage is logged when it starts and when it ends;
 * while it lasts, a reminder this often
 * @param cacheControl {@code Cache-Control} of the read endpoints
 * @param maxSnapshotAge readiness goes DOWN when the in-memory offers are older than this
 * while writes fail
 * @param retireAfter an offer no payload has shown for this long stops applying
 * (retired); unset: never
 * @param curveCacheSize what the cache of /discount-curve answers may weigh, all of them
 * together
 * @param maxStoredBankLinks a post that would take the store beyond this many offer-bank
 * links (an offer naming 240 banks counts 240) is answered 507, nothing stored: what
 * bounds the memory a loaded store takes
 * @param maxStoredOffers a post that would take the store beyond this many offers is
 * answered 507, nothing stored
 * @param perOffer how many banks, instruments, card networks and tenures one offer may
 * name
 * @param cors which browser pages may call the read endpoints
 * @param accessLog one log line per request
 */
@ConfigurationProperties("offers")
@Validated
public record OffersProperties(@DefaultValue("./data") @NotBlank String dataDir, @DefaultValue("") String apiKey,
		@DefaultValue("false") boolean requireApiKey, @DefaultValue("5MB") @AboveZero DataSize maxBodySize,
		@DefaultValue("10000") @Positive int maxOffersPerPayload,
		@DefaultValue("250ms") @AboveZero Duration refreshInterval,
		@DefaultValue("32") @Positive int maxConcurrentUploads,
		@DefaultValue("15s") @AboveZero Duration bodyReadTimeout,
		@DefaultValue("1s") @AboveZero Duration writeProbeInterval,
		@DefaultValue("5m") @AboveZero Duration outageReminderInterval,
		@DefaultValue("max-age=30, stale-while-revalidate=60") @NotBlank String cacheControl,
		@DefaultValue("30s") @AboveZero Duration maxSnapshotAge, @AboveZero @Nullable Duration retireAfter,
		@DefaultValue("16MB") @AboveZero DataSize curveCacheSize, @DefaultValue("100000") @Positive int maxStoredOffers,
		@DefaultValue("500000") @Positive long maxStoredBankLinks, @DefaultValue @Valid PerOffer perOffer,
		@DefaultValue @Valid Cors cors, @DefaultValue @Valid AccessLog accessLog) {

	/**
	 * What one offer may name; an offer naming more of any is stored unreadable (never
	 * applied), so a page cannot make one offer cost the index memory by the thousand.
	 * Real captures name up to about 240 banks (UPI offers list every bank), 8
	 * instruments, 5 networks and 8 tenures.
	 *
	 * @param banks distinct banks
	 * @param instruments distinct payment instruments
	 * @param cardNetworks distinct card networks
	 * @param tenures distinct EMI tenures
	 */
	public record PerOffer(@DefaultValue(OfferLimits.DEFAULT_BANKS) @Positive int banks,
			@DefaultValue(OfferLimits.DEFAULT_INSTRUMENTS) @Positive int instruments,
			@DefaultValue(OfferLimits.DEFAULT_CARD_NETWORKS) @Positive int cardNetworks,
			@DefaultValue(OfferLimits.DEFAULT_TENURES) @Positive int tenures) {

		/** As the parser takes them. */
		public OfferLimits limits() {
			return new OfferLimits(banks, instruments, cardNetworks, tenures);
		}
	}

	/**
	 * @param allowedOrigins origin patterns whose pages may call the read endpoints;
	 * none: no browser page may
	 */
	public record Cors(@DefaultValue("http://localhost:*") List<String> allowedOrigins) {
	}

	/**
	 * @param enabled one line per request: method, path template, status, time, request
	 * id (the filter is only created, and registered, when this is true)
	 */
	public record AccessLog(@DefaultValue("false") boolean enabled) {
	}
}
