package app.offers.discount;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.MockMvc;

import app.offers.offer.DiscountTerms;
import app.offers.offer.Offer;
import app.offers.web.pipeline.RequestPipeline;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * GET /discount-curve alone: the live offers mocked with a real index, the clock fixed.
 */
@WebMvcTest(CurveController.class)
// behind the application's filters, as in production; the request timer wants a registry
@Import({ RequestPipeline.class, SimpleMeterRegistry.class, CurveControllerTests.FixedClock.class })
class CurveControllerTests {

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
		}

	}

	/** 10% up to ₹1500 on EMI from ₹7500: the example the API description gives. */
	static final Offer BOB_EMI = DiscountControllerTests.offer("BOB-EMI", "BOBARODA", Set.of("EMI_OPTIONS"),
			new DiscountTerms(1000, null, 150000L, 750000L, null));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	LiveOffers live;

	@Test
	void answersTheCurveAsPiecesFromOnePaisaOn() throws Exception {
		given(live.current()).willReturn(OfferIndex.of(1, List.of(BOB_EMI)));
		mvc.perform(get("/discount-curve").param("bankName", "BOBARODA").param("paymentInstrument", "EMI_OPTIONS"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(content().json("""
					{"bankName": "BOBARODA", "paymentInstrument": "EMI_OPTIONS", "pieces": [
					  {"fromAmount": 0.01, "toAmount": 7499.99, "constantAmount": 0, "percent": 0},
					  {"fromAmount": 7500, "toAmount": 14999.99, "constantAmount": 0, "percent": 10},
					  {"fromAmount": 15000, "toAmount": null, "constantAmount": 1500, "percent": 0}]}""",
					JsonCompareMode.STRICT));
	}

	@Test
	void aBankWithoutOffersHasOneZeroPiece() throws Exception {
		given(live.current()).willReturn(OfferIndex.of(1, List.of(BOB_EMI)));
		mvc.perform(get("/discount-curve").param("bankName", "KOTAK"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.bankName").value("KOTAK"))
			.andExpect(jsonPath("$.pieces.length()").value(1))
			.andExpect(jsonPath("$.pieces[0].fromAmount").value(0.01))
			.andExpect(jsonPath("$.pieces[0].constantAmount").value(0))
			.andExpect(jsonPath("$.pieces[0].percent").value(0));
	}

	@Test
	void aNewSnapshotIsAnsweredNotTheCachedCurve() throws Exception {
		given(live.current()).willReturn(OfferIndex.of(1, List.of()));
		mvc.perform(get("/discount-curve").param("bankName", "BOBARODA"))
			.andExpect(jsonPath("$.pieces.length()").value(1));
		given(live.current()).willReturn(OfferIndex.of(2, List.of(BOB_EMI)));
		mvc.perform(get("/discount-curve").param("bankName", "BOBARODA"))
			.andExpect(jsonPath("$.pieces.length()").value(3))
			.andExpect(jsonPath("$.pieces[2].constantAmount").value(1500));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "bankName=", "bankName=HDFC%3Bdrop", "bankName=HDFC&paymentInstrument=%3Cscript%3E",
			"bankName=HDFC&emiMonths=abc", "bankName=HDFC&includeProductOffers=perhaps",
			"bankName=HDFC&paymentMethod=UPI", "bankName=HDFC&amountToPay=100" })
	void aBadParameterIsAProblem(String query) throws Exception {
		given(live.current()).willReturn(OfferIndex.of(1, List.of(BOB_EMI)));
		mvc.perform(get("/discount-curve?" + query))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	/**
	 * Many distinct public queries (banks with offers of many pieces, banks made up)
	 * never make the cache weigh more than its bound, and every answer, cached or not, is
	 * the curve computed afresh.
	 */
	@Test
	void theCurveCacheNeverWeighsMoreThanItsBoundAndAnswersStayTheSame() {
		java.util.Random r = new java.util.Random(3);
		List<Offer> offers = new java.util.ArrayList<>();
		for (int i = 0; i < 400; i++) {
			offers
				.add(DiscountControllerTests.offer("C" + i, "BANK" + r.nextInt(40), Set.of("CREDIT"), new DiscountTerms(
						100 + r.nextInt(2000), null, 1000L + r.nextInt(500_000), (long) r.nextInt(5_000_000), null)));
		}
		OfferIndex index = OfferIndex.of(1, offers);
		LiveOffers live = org.mockito.Mockito.mock(LiveOffers.class);
		given(live.current()).willReturn(index);
		Clock clock = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
		long bound = 64 * 1024;
		CurveController cached = new CurveController(live, clock, bound);
		for (int q = 0; q < 2000; q++) {
			String bank = r.nextBoolean() ? "BANK" + r.nextInt(40) : "MADEUP" + q;
			String instrument = r.nextBoolean() ? null : "CREDIT";
			var answer = cached.discountCurve(DiscountCriteria.of(bank, instrument));
			assertThat(answer)
				.isEqualTo(CurveController.curve(index, DiscountCriteria.of(bank, instrument), clock.instant()));
			assertThat(cached.cachedBytes()).isLessThanOrEqualTo(bound);
		}
		assertThat(cached.cachedBytes()).isGreaterThan(bound / 2);
	}

	/**
	 * A curve of more pieces than a cached one may have is answered, and never cached.
	 */
	@Test
	void aCurveOfTooManyPiecesIsAnsweredButNotCached() {
		List<Offer> offers = new java.util.ArrayList<>();
		for (int i = 0; i < 2 * CurveController.MAX_CACHED_PIECES; i++) {
			// ever larger minimums and percents: a piece each
			offers.add(DiscountControllerTests.offer("P" + i, "HDFC", Set.of("CREDIT"),
					new DiscountTerms(1 + i, null, null, 100L * (i + 1), null)));
		}
		OfferIndex index = OfferIndex.of(1, offers);
		LiveOffers live = org.mockito.Mockito.mock(LiveOffers.class);
		given(live.current()).willReturn(index);
		Clock clock = Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
		CurveController controller = new CurveController(live, clock, CurveController.DEFAULT_CACHE_BYTES);
		var answer = controller.discountCurve(DiscountCriteria.of("HDFC", "CREDIT"));
		assertThat(answer.pieces()).hasSizeGreaterThan(CurveController.MAX_CACHED_PIECES);
		assertThat(controller.cachedBytes()).isZero();
		assertThat(controller.discountCurve(DiscountCriteria.of("HDFC", "CREDIT"))).isEqualTo(answer);
	}

}
