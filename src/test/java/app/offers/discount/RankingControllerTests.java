package app.offers.discount;

import static org.hamcrest.Matchers.startsWith;
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

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
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
import org.springframework.test.web.servlet.MockMvc;

import app.offers.offer.DiscountTerms;
import app.offers.web.pipeline.RequestPipeline;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * GET /best-offers and /payment-options alone: the live offers mocked with a real index,
 * the clock fixed.
 */
@WebMvcTest(RankingController.class)
// behind the application's filters, as in production; the request timer wants a registry
@Import({ RequestPipeline.class, SimpleMeterRegistry.class, RankingControllerTests.FixedClock.class })
class RankingControllerTests {

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(Instant.parse("2026-01-15T10:00:00Z"), ZoneOffset.UTC);
		}

	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	LiveOffers live;

	@BeforeEach
	void offers() {
		given(live.current()).willReturn(OfferIndex.of(1,
				List.of(DiscountControllerTests.offer("HDFC-EMI", "HDFC", Set.of("EMI_OPTIONS"),
						new DiscountTerms(1000, null, 150000L, 500000L, null)),
						DiscountControllerTests.offer("HDFC-CC", "HDFC", Set.of("CREDIT"),
								new DiscountTerms(null, 75000L, null, null, null)),
						DiscountControllerTests.offer("AXIS-5", "AXIS", Set.of("CREDIT"),
								new DiscountTerms(500, null, null, null, null)),
						// a payload's made-up codes: never a payment option
						DiscountControllerTests.offer("ICICI-MADE-UP", "ICICI", Set.of("ZZ_MADE_UP"),
								new DiscountTerms(null, 99_900L, null, null, null)),
						DiscountControllerTests.offer("AXIS-MADE-UP", "AXIS", Set.of("CREDIT", "YY_MADE_UP"),
								new DiscountTerms(100, null, null, null, null)))));
	}

	@Test
	void ranksABanksApplicableOffersBestFirstSayingWhy() throws Exception {
		mvc.perform(get("/best-offers").param("amountToPay", "20000").param("bankName", "hdfc"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.amountToPay").value(20000))
			.andExpect(jsonPath("$.bankName").value("HDFC"))
			.andExpect(jsonPath("$.totalOffers").value(2))
			.andExpect(jsonPath("$.offers[0].offerId").value("HDFC-EMI"))
			.andExpect(jsonPath("$.offers[0].discountAmount").value(1500))
			.andExpect(jsonPath("$.offers[0].why", startsWith("10% of ₹20000 is ₹2000, capped at ₹1500")))
			.andExpect(jsonPath("$.offers[1].offerId").value("HDFC-CC"))
			.andExpect(jsonPath("$.offers[1].discountAmount").value(750));
	}

	@Test
	void theLimitCutsTheListButNotTheCount() throws Exception {
		mvc.perform(get("/best-offers").param("amountToPay", "20000").param("bankName", "HDFC").param("limit", "1"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.offers.length()").value(1))
			.andExpect(jsonPath("$.totalOffers").value(2));
	}

	@Test
	void anOfferBelowItsMinimumIsNotRanked() throws Exception {
		mvc.perform(get("/best-offers").param("amountToPay", "4999.99")
			.param("bankName", "HDFC")
			.param("paymentInstrument", "EMI_OPTIONS"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalOffers").value(0))
			.andExpect(jsonPath("$.offers.length()").value(0));
	}

	@Test
	void paymentOptionsAnswerTheBestDiscountPerBankAndInstrumentBestFirst() throws Exception {
		mvc.perform(get("/payment-options").param("amountToPay", "20000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.amountToPay").value(20000))
			.andExpect(jsonPath("$.totalOptions").value(3))
			.andExpect(jsonPath("$.options[0].bankName").value("HDFC"))
			.andExpect(jsonPath("$.options[0].paymentInstrument").value("EMI_OPTIONS"))
			.andExpect(jsonPath("$.options[0].highestDiscountAmount").value(1500))
			.andExpect(jsonPath("$.options[0].offerId").value("HDFC-EMI"))
			.andExpect(jsonPath("$.options[1].bankName").value("AXIS"))
			.andExpect(jsonPath("$.options[1].highestDiscountAmount").value(1000))
			.andExpect(jsonPath("$.options[2].offerId").value("HDFC-CC"));
	}

	@Test
	void madeUpInstrumentCodesAreNeverPaymentOptions() throws Exception {
		mvc.perform(get("/payment-options").param("amountToPay", "20000"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalOptions").value(3))
			.andExpect(jsonPath("$.options[*].paymentInstrument", org.hamcrest.Matchers.everyItem(
					org.hamcrest.Matchers.is(org.hamcrest.Matchers.in(app.offers.offer.Instruments.knownCodes())))));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/best-offers?amountToPay=100&bankName=HDFC&limit=0",
			"/best-offers?amountToPay=100&bankName=HDFC&limit=101", "/best-offers?amountToPay=-1&bankName=HDFC",
			"/best-offers?amountToPay=100", "/best-offers?amountToPay=100&bankName=HDFC&emiMonths=abc",
			"/payment-options?amountToPay=abc", "/payment-options?amountToPay=100&limit=201",
			"/payment-options?amountToPay=100&includeProductOffers=perhaps",
			"/best-offers?amountToPay=100&bankName=HDFC&paymentMethod=UPI",
			"/payment-options?amountToPay=100&bankName=HDFC", "/payment-options?amountToPay=100&size=5" })
	void aBadParameterIsAProblem(String target) throws Exception {
		mvc.perform(get(target))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	/**
	 * A store with more rows than a page: 230 HDFC offers (many tying on their discount)
	 * and 60 banks with four instruments each, some offers tied to no bank.
	 */
	static OfferIndex crowded(long version, String... leftOut) {
		Set<String> out = Set.of(leftOut);
		List<app.offers.offer.Offer> offers = new java.util.ArrayList<>();
		for (int i = 0; i < 230; i++) {
			// 20 distinct flat amounts: ties are broken by the offer's id
			offers.add(DiscountControllerTests.offer("HDFC-" + i, "HDFC", Set.of("CREDIT"),
					new DiscountTerms(null, 100L * (1 + i % 20), null, null, null)));
		}
		for (int b = 0; b < 60; b++) {
			String bank = "BANK" + b;
			offers.add(DiscountControllerTests.offer(bank + "-CARDS", bank, Set.of("CREDIT", "EMI_OPTIONS", "DEBIT"),
					new DiscountTerms(null, 100L * (1 + b % 7), null, null, null)));
			offers.add(DiscountControllerTests.offer(bank + "-NET", bank, Set.of("NET_OPTIONS"),
					new DiscountTerms(null, 100L * (1 + b % 3), null, null, null)));
		}
		offers.add(new app.offers.offer.Offer("UPI-ANY", "UPI-ANY", app.offers.offer.OfferKind.CASHBACK, "UPI-ANY",
				Set.of(), Set.of("UPI_INTENT", "UPI_COLLECT"), Set.of(),
				new DiscountTerms(null, 300L, null, null, null), app.offers.offer.Tenure.ANY, null, null, true, ""));
		offers.removeIf(o -> out.contains(o.key()));
		return OfferIndex.of(version, offers);
	}

	static final tools.jackson.databind.json.JsonMapper JSON = tools.jackson.databind.json.JsonMapper.builder().build();

	tools.jackson.databind.JsonNode page(String target) throws Exception {
		return JSON.readTree(
				mvc.perform(get(target)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 7, 20, 100 })
	void walkingEveryPageOfTheBestOffersReachesEveryOfferOnceInRankOrder(int limit) throws Exception {
		OfferIndex index = crowded(2);
		given(live.current()).willReturn(index);
		List<String> ranked = index
			.applicable(DiscountCriteria.of("HDFC", null), 2_000_000, Instant.parse("2026-01-15T10:00:00Z"))
			.stream()
			.map(a -> a.offer().key())
			.toList();
		assertThat(ranked).hasSizeGreaterThan(RankingController.MAX_OFFERS);
		List<String> walked = new java.util.ArrayList<>();
		String after = null;
		int pages = 0;
		do {
			var answer = page("/best-offers?amountToPay=20000&bankName=HDFC&limit=" + limit
					+ (after == null ? "" : "&after=" + after));
			assertThat(answer.get("totalOffers").asInt()).isEqualTo(ranked.size());
			assertThat(answer.get("offers").size()).isBetween(1, limit);
			answer.get("offers").forEach(o -> walked.add(o.get("offerId").asString()));
			after = answer.get("nextCursor").isNull() ? null : answer.get("nextCursor").asString();
			assertThat(answer.has("nextCursor")).isTrue();
			pages++;
		}
		while (after != null && pages < 1000);
		assertThat(walked).containsExactlyElementsOf(ranked).doesNotHaveDuplicates();
		assertThat(pages).isEqualTo((ranked.size() + limit - 1) / limit);
	}

	@ParameterizedTest
	@ValueSource(ints = { 1, 13, 200 })
	void walkingEveryPageOfThePaymentOptionsReachesEveryOptionOnceInRankOrder(int limit) throws Exception {
		OfferIndex index = crowded(2);
		given(live.current()).willReturn(index);
		List<String> ranked = index.paymentOptions(2_000_000, Instant.parse("2026-01-15T10:00:00Z"), false, false)
			.stream()
			.map(o -> o.bank() + " " + o.instrument())
			.toList();
		assertThat(ranked).hasSizeGreaterThan(RankingController.MAX_OPTIONS).contains("null UPI_INTENT");
		List<String> walked = new java.util.ArrayList<>();
		String after = null;
		int pages = 0;
		do {
			var answer = page(
					"/payment-options?amountToPay=20000&limit=" + limit + (after == null ? "" : "&after=" + after));
			assertThat(answer.get("totalOptions").asInt()).isEqualTo(ranked.size());
			answer.get("options")
				.forEach(o -> walked
					.add(o.get("bankName").asString(null) + " " + o.get("paymentInstrument").asString()));
			after = answer.get("nextCursor").isNull() ? null : answer.get("nextCursor").asString();
			pages++;
		}
		while (after != null && pages < 1000);
		assertThat(walked).containsExactlyElementsOf(ranked).doesNotHaveDuplicates();
		assertThat(pages).isEqualTo((ranked.size() + limit - 1) / limit);
	}

	@Test
	void theLastPageHasNoNextCursorAndOnePageIsTheLast() throws Exception {
		mvc.perform(get("/best-offers").param("amountToPay", "20000").param("bankName", "HDFC"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.offers.length()").value(2))
			.andExpect(jsonPath("$.nextCursor").value(org.hamcrest.Matchers.nullValue()));
		var first = page("/best-offers?amountToPay=20000&bankName=HDFC&limit=1");
		String cursor = first.get("nextCursor").asString();
		// opaque, short, safe in a URL as it is
		assertThat(cursor).matches("[A-Za-z0-9_-]+").hasSizeLessThan(app.offers.web.problems.PageCursor.MAX_LENGTH);
		var second = page("/best-offers?amountToPay=20000&bankName=HDFC&limit=1&after=" + cursor);
		assertThat(second.get("offers").get(0).get("offerId").asString()).isEqualTo("HDFC-CC");
		assertThat(second.get("nextCursor").isNull()).isTrue();
		assertThat(second.get("totalOffers").asInt()).isEqualTo(2);
	}

	/**
	 * Offers change between pages: the walk goes on after the last row it showed, in the
	 * new ranking, even when that row itself is gone; no row is shown twice.
	 */
	@Test
	void aStoreThatChangedBetweenPagesIsContinuedAfterTheLastRowShown() throws Exception {
		given(live.current()).willReturn(crowded(2));
		var first = page("/best-offers?amountToPay=20000&bankName=HDFC&limit=50");
		List<String> seen = new java.util.ArrayList<>();
		first.get("offers").forEach(o -> seen.add(o.get("offerId").asString()));
		String lastShown = seen.get(seen.size() - 1);
		// the last row shown and one not yet shown are withdrawn; the rest stay
		OfferIndex changed = crowded(3, lastShown, "HDFC-0");
		given(live.current()).willReturn(changed);
		String after = first.get("nextCursor").asString();
		while (after != null) {
			var answer = page("/best-offers?amountToPay=20000&bankName=HDFC&limit=50&after=" + after);
			// 230 HDFC offers and one tied to no bank, less the two withdrawn
			assertThat(answer.get("totalOffers").asInt()).isEqualTo(229);
			answer.get("offers").forEach(o -> seen.add(o.get("offerId").asString()));
			after = answer.get("nextCursor").isNull() ? null : answer.get("nextCursor").asString();
		}
		assertThat(seen).doesNotHaveDuplicates().hasSize(230).doesNotContain("HDFC-0");
	}

	@Test
	void aMalformedOrForeignCursorIsAProblem() throws Exception {
		given(live.current()).willReturn(crowded(2));
		String offersCursor = page("/best-offers?amountToPay=20000&bankName=HDFC&limit=5").get("nextCursor").asString();
		String optionsCursor = page("/payment-options?amountToPay=20000&limit=5").get("nextCursor").asString();
		// the same question may be asked in other words, and with another limit
		mvc.perform(get(java.net.URI
			.create("/best-offers?amountToPay=20000.00&bankName=hdfc%20bank&limit=9&after=" + offersCursor)))
			.andExpect(status().isOk());
		java.util.Base64.Encoder base64 = java.util.Base64.getUrlEncoder().withoutPadding();
		for (String target : List.of(
				// another question: another amount, bank, filter, or the other endpoint's
				"/best-offers?amountToPay=20001&bankName=HDFC&after=" + offersCursor,
				"/best-offers?amountToPay=20000&bankName=AXIS&after=" + offersCursor,
				"/best-offers?amountToPay=20000&bankName=HDFC&paymentInstrument=CREDIT&after=" + offersCursor,
				"/best-offers?amountToPay=20000&bankName=HDFC&after=" + optionsCursor,
				"/payment-options?amountToPay=20000&after=" + offersCursor,
				"/payment-options?amountToPay=20000&includeProductOffers=true&after=" + optionsCursor,
				// not a cursor at all
				"/best-offers?amountToPay=20000&bankName=HDFC&after=",
				"/best-offers?amountToPay=20000&bankName=HDFC&after=abc",
				"/best-offers?amountToPay=20000&bankName=HDFC&after=%2B%2F%3D%3D",
				"/best-offers?amountToPay=20000&bankName=HDFC&after=" + base64.encodeToString("[1,2]".getBytes()),
				"/best-offers?amountToPay=20000&bankName=HDFC&after=" + base64.encodeToString("{}".getBytes()),
				"/best-offers?amountToPay=20000&bankName=HDFC&after=" + offersCursor + "&after=" + offersCursor,
				"/payment-options?amountToPay=20000&after=" + "A".repeat(513))) {
			mvc.perform(get(java.net.URI.create(target)))
				.andExpect(status().isBadRequest())
				.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
				.andExpect(jsonPath("$.type").value("urn:flipkart-offers:problem:invalid-parameter"))
				.andExpect(jsonPath("$.parameters[0]").value("after"));
		}
		// a cursor of the right shape whose key is not a discount
		String scope = app.offers.web.problems.PageCursor.scope("best-offers",
				new DiscountQuery(2_000_000, DiscountCriteria.of("HDFC", null)).toString());
		mvc.perform(get("/best-offers?amountToPay=20000&bankName=HDFC&after="
				+ app.offers.web.problems.PageCursor.write(scope, "-5", "HDFC-1")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameters[0]").value("after"));
		mvc.perform(get("/best-offers?amountToPay=20000&bankName=HDFC&after="
				+ app.offers.web.problems.PageCursor.write(scope, "500", "HDFC-1")))
			.andExpect(status().isOk());
	}

}
