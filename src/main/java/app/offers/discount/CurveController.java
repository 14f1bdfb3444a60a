package app.offers.discount;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import app.offers.OffersProperties;
import app.offers.offer.Money;
import app.offers.web.openapi.ApiDocs;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.ExampleObject;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/**
 * GET /discount-curve: the highest discount at every cart amount for one bank and
 * instrument, as the pieces of a piecewise function, so a page can draw it or answer any
 * amount without asking again.
 */
@RestController
@Tag(name = "discounts")
class CurveController {

	/**
	 * One piece: on amounts from fromAmount to toAmount the best discount is one formula.
	 */
	@Schema(description = "On every amount a from fromAmount to toAmount (both included) the best discount is "
			+ "min(a, max(constantAmount, a × percent / 100 rounded down to the paisa))")
	record CurvePiece(@Schema(description = "The first amount of the piece, in rupees") BigDecimal fromAmount,
			@Schema(description = "The last amount of the piece, in rupees; null for the last piece, which has no "
					+ "end") @Nullable BigDecimal toAmount,
			@Schema(description = "The best fixed discount on this piece (a flat offer, or a capped percent past "
					+ "its cap), in rupees; 0 when none") BigDecimal constantAmount,
			@Schema(description = "The best percent of the amount on this piece, as a number (10 is 10%, 2.5 is "
					+ "2.5%); 0 when none") BigDecimal percent) {
	}

	/** The discount curve of one query, from ₹0.01 on. */
	record DiscountCurve(@Schema(description = "The bank's canonical code") String bankName,
			@Schema(description = "The instrument's canonical code; null when the query named none (every way "
					+ "to pay)") @Nullable String paymentInstrument,
			@Schema(description = "Consecutive pieces from ₹0.01 on, covering every amount; the last has no "
					+ "end. A bank with no offer has one piece giving 0") List<CurvePiece> pieces) {
	}

	/**
	 * A curve as computed for one snapshot at one state of validity: a write or a
	 * validity change moves on.
	 */
	private record Key(long version, int validityChanges, DiscountCriteria criteria) {
	}

	/**
	 * What a cached curve weighs, in bytes, about: a piece is a record of four
	 * BigDecimals and its list slot, the key and the curve's own objects a few hundred
	 * bytes more.
	 */
	static final int PIECE_BYTES = 200, CURVE_BYTES = 400;

	/**
	 * A curve with more pieces than this is answered but not cached: no one answer takes
	 * much of the cache.
	 */
	static final int MAX_CACHED_PIECES = 1_000;

	private final LiveOffers offers;

	private final Clock clock;

	/** Bounded by weight (offers.curve-cache-size), least recently used first out. */
	private final Cache<Key, DiscountCurve> cache;

	CurveController(LiveOffers offers, Clock clock) {
		this(offers, clock, (OffersProperties) null);
	}

	@Autowired
	CurveController(LiveOffers offers, Clock clock, @Nullable OffersProperties properties) {
		this(offers, clock, properties == null ? DEFAULT_CACHE_BYTES : properties.curveCacheSize().toBytes());
	}

	CurveController(LiveOffers offers, Clock clock, long cacheBytes) {
		this.offers = offers;
		this.clock = clock;
		this.cache = Caffeine.newBuilder()
			.maximumWeight(cacheBytes)
			.weigher((Key k, DiscountCurve c) -> weight(c))
			// evictions happen on the caller's thread, so the bound holds when the answer
			// goes out
			.executor(Runnable::run)
			.build();
	}

	/**
	 * The default of offers.curve-cache-size, for the controller built without settings
	 * (tests).
	 */
	static final long DEFAULT_CACHE_BYTES = 16L * 1024 * 1024;

	static int weight(DiscountCurve curve) {
		return CURVE_BYTES + PIECE_BYTES * curve.pieces().size();
	}

	/** The weight the cache holds now, in bytes. */
	long cachedBytes() {
		cache.cleanUp();
		return cache.policy().eviction().orElseThrow().weightedSize().orElseThrow();
	}

	@Operation(operationId = "getDiscountCurve",
			summary = "The highest discount at every amount, for a bank and optionally an instrument",
			description = "The answer /highest-discount would give at every amount, now, as consecutive pieces: on "
					+ "each, the discount at amount a is min(a, max(constantAmount, a × percent / 100 rounded down "
					+ "to the paisa)). Time-limited offers count while they are valid. For a bank the service does "
					+ "not know, one piece giving 0. For example, BOBCARD's card EMI over 9 months on a Visa card: "
					+ "bankName=BOBCARD&paymentInstrument=EMI_OPTIONS&emiMonths=9&cardNetwork=VISA.")
	@ApiResponse(responseCode = "200", description = "The pieces, from ₹0.01 on",
			content = @Content(schema = @Schema(implementation = DiscountCurve.class), examples = @ExampleObject("""
					{"bankName": "BOBARODA", "paymentInstrument": "EMI_OPTIONS", "pieces": [
					  {"fromAmount": 0.01, "toAmount": 7499.99, "constantAmount": 0, "percent": 0},
					  {"fromAmount": 7500, "toAmount": 14999.99, "constantAmount": 0, "percent": 10},
					  {"fromAmount": 15000, "toAmount": null, "constantAmount": 1500, "percent": 0}]}""")))
	@ApiResponse(responseCode = "400", description = "A parameter is missing, repeated or malformed",
			content = @Content(examples = @ExampleObject(ApiDocs.PROBLEM_EXAMPLE)))
	@Parameter(name = "bankName", in = ParameterIn.QUERY, required = true, example = "BOBCARD")
	@GetMapping(path = "/discount-curve", produces = MediaType.APPLICATION_JSON_VALUE)
	DiscountCurve discountCurve(@Parameter(hidden = true) DiscountCriteria criteria) {
		OfferIndex index = offers.current();
		Instant now = clock.instant();
		int changes = index.validityChangesUntil(now);
		Key key = new Key(index.version(), changes, criteria);
		DiscountCurve cached = cache.getIfPresent(key);
		if (cached != null) {
			return cached;
		}
		DiscountCurve curve = curve(index, criteria, now);
		if (curve.pieces().size() <= MAX_CACHED_PIECES) {
			cache.put(key, curve);
		}
		return curve;
	}

	static DiscountCurve curve(OfferIndex index, DiscountCriteria criteria, Instant now) {
		List<CurvePiece> pieces = index.envelope(criteria, now)
			.curve()
			.stream()
			.map(p -> new CurvePiece(Money.rupees(p.fromPaise()),
					p.toPaise() == null ? null : Money.rupees(p.toPaise()), Money.rupees(p.constantPaise()),
					Money.percent(p.percentBps())))
			.toList();
		return new DiscountCurve(criteria.bank(), criteria.instrument(), pieces);
	}

}
