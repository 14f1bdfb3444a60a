package app.offers.catalog;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.BDDMockito.given;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;
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

import app.offers.discount.LiveOffers;
import app.offers.discount.OfferIndex;
import app.offers.offer.DiscountTerms;
import app.offers.offer.Offer;
import app.offers.offer.OfferKind;
import app.offers.offer.OfferStore;
import app.offers.offer.Tenure;
import app.offers.web.pipeline.RequestPipeline;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * GET /offers and /offers/{id} alone: the in-memory offers and the store mocked, the
 * clock fixed.
 */
@WebMvcTest(CatalogController.class)
// behind the application's filters, as in production; the request timer wants a registry
@Import({ RequestPipeline.class, SimpleMeterRegistry.class, CatalogControllerTests.FixedClock.class })
class CatalogControllerTests {

	static final Instant NOW = Instant.parse("2026-01-15T10:00:00Z");

	static final Instant FIRST_SEEN = Instant.parse("2026-01-01T08:00:00Z");

	static final Instant CHANGED = Instant.parse("2026-01-10T08:00:00Z");

	@TestConfiguration
	static class FixedClock {

		@Bean
		Clock clock() {
			return Clock.fixed(NOW, ZoneOffset.UTC);
		}

	}

	@Autowired
	MockMvc mvc;

	@MockitoBean
	LiveOffers live;

	@MockitoBean
	OfferStore store;

	static Offer offer(String key, String bank, Set<String> instruments, DiscountTerms terms,
			@Nullable Instant validUntil, String rawJson) {
		return new Offer(key, key, OfferKind.INSTANT_DISCOUNT, "Offer " + key, Set.of(bank), instruments, Set.of(),
				terms, Tenure.ANY, null, validUntil, true, rawJson);
	}

	static final Offer HDFC_EMI = offer("A-HDFC-EMI", "HDFC", Set.of("EMI_OPTIONS"),
			new DiscountTerms(1000, null, 150000L, 500000L, null), null, "[{\"offerId\": \"A-HDFC-EMI\"}]");

	static final Offer HDFC_EXPIRED = offer("B-HDFC-OLD", "HDFC", Set.of("CREDIT"),
			new DiscountTerms(null, 75000L, null, null, null), Instant.parse("2026-01-01T00:00:00Z"), "[]");

	static final Offer AXIS = offer("C-AXIS", "AXIS", Set.of("CREDIT"), new DiscountTerms(750, null, null, null, null),
			null, "[]");

	@BeforeEach
	void offers() {
		given(live.current()).willReturn(OfferIndex.of(1, List.of(HDFC_EMI, HDFC_EXPIRED, AXIS)));
		given(store.seen(anyCollection())).willAnswer(call -> {
			Map<String, OfferStore.Seen> seen = new HashMap<>();
			for (Object key : call.<Collection<?>>getArgument(0)) {
				seen.put((String) key, new OfferStore.Seen(FIRST_SEEN, CHANGED));
			}
			return seen;
		});
	}

	@Test
	void listsTheOffersOfABankAsUnderstoodWithTheirDates() throws Exception {
		mvc.perform(get("/offers").param("bankName", "hdfc bank"))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.totalOffers").value(2))
			.andExpect(jsonPath("$.offers.length()").value(2))
			.andExpect(jsonPath("$.offers[0].id").value("A-HDFC-EMI"))
			.andExpect(jsonPath("$.offers[0].banks[0]").value("HDFC"))
			.andExpect(jsonPath("$.offers[0].instruments[0]").value("EMI_OPTIONS"))
			.andExpect(jsonPath("$.offers[0].percent").value(10))
			.andExpect(jsonPath("$.offers[0].maxDiscount").value(1500))
			.andExpect(jsonPath("$.offers[0].minAmount").value(5000))
			.andExpect(jsonPath("$.offers[0].active").value(true))
			.andExpect(jsonPath("$.offers[0].firstSeen").value("2026-01-01T08:00:00Z"))
			.andExpect(jsonPath("$.offers[0].lastChanged").value("2026-01-10T08:00:00Z"))
			.andExpect(jsonPath("$.offers[1].id").value("B-HDFC-OLD"))
			.andExpect(jsonPath("$.offers[1].flatAmount").value(750))
			.andExpect(jsonPath("$.offers[1].active").value(false));
	}

	@Test
	void filtersByInstrumentAndActivityAndPages() throws Exception {
		mvc.perform(get("/offers").param("paymentInstrument", "CREDIT").param("active", "true"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.totalOffers").value(1))
			.andExpect(jsonPath("$.offers[0].id").value("C-AXIS"));
		mvc.perform(get("/offers").param("page", "1").param("size", "2"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.page").value(1))
			.andExpect(jsonPath("$.size").value(2))
			.andExpect(jsonPath("$.totalOffers").value(3))
			.andExpect(jsonPath("$.totalPages").value(2))
			.andExpect(jsonPath("$.offers.length()").value(1))
			.andExpect(jsonPath("$.offers[0].id").value("C-AXIS"));
	}

	@Test
	void anOfferTheStoreNoLongerHoldsIsLeftOut() throws Exception {
		given(store.seen(anyCollection())).willReturn(Map.of("A-HDFC-EMI", new OfferStore.Seen(FIRST_SEEN, CHANGED)));
		mvc.perform(get("/offers").param("bankName", "HDFC"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.offers.length()").value(1))
			.andExpect(jsonPath("$.offers[0].id").value("A-HDFC-EMI"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "page=-1", "page=abc", "size=0", "size=101", "active=maybe", "bankName=HDFC%3Bdrop",
			"paymentInstrument=%3Cscript%3E", "bank=HDFC", "limit=5", "page=0&pageSize=5" })
	void aBadParameterIsAProblem(String query) throws Exception {
		mvc.perform(get("/offers?" + query))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(400))
			.andExpect(jsonPath("$.detail").isNotEmpty());
	}

	@Test
	void oneOfferComesWithItsRawAppearancesAndHistory() throws Exception {
		given(store.find("A-HDFC-EMI"))
			.willReturn(Optional.of(new OfferStore.Recorded(HDFC_EMI, FIRST_SEEN, CHANGED, 2)));
		mvc.perform(get("/offers/A-HDFC-EMI"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.offer.id").value("A-HDFC-EMI"))
			.andExpect(jsonPath("$.offer.lastChanged").value("2026-01-10T08:00:00Z"))
			.andExpect(jsonPath("$.rawJson[0].offerId").value("A-HDFC-EMI"))
			.andExpect(jsonPath("$.replacedVersions").value(2));
	}

	@Test
	void anUnknownOfferIsA404Problem() throws Exception {
		given(store.find("NOPE")).willReturn(Optional.empty());
		mvc.perform(get("/offers/NOPE"))
			.andExpect(status().isNotFound())
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
			.andExpect(jsonPath("$.status").value(404))
			.andExpect(jsonPath("$.detail").value(containsString("NOPE")));
	}

	@Test
	void oneOfferTakesNoParameters() throws Exception {
		given(store.find("A-HDFC-EMI"))
			.willReturn(Optional.of(new OfferStore.Recorded(HDFC_EMI, FIRST_SEEN, CHANGED, 2)));
		mvc.perform(get("/offers/A-HDFC-EMI?_=1735689600000")).andExpect(status().isOk());
		mvc.perform(get("/offers/A-HDFC-EMI?history=all"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.parameters[0]").value("history"))
			.andExpect(jsonPath("$.acceptedParameters").isEmpty())
			.andExpect(jsonPath("$.detail").value(containsString("/offers/{id} takes no parameters")));
	}

}
