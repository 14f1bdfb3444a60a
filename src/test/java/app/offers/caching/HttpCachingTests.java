package app.offers.caching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import app.offers.testing.GeneratedPayloads;
import app.offers.testing.MutableClock;

/**
 * A checkout frontend and a CDN may keep answers of the read endpoints and revalidate
 * them: ETag and Cache-Control on every answer, 304 while the store and the clock leave
 * the answer as it was, a new ETag once either changes it, nothing cacheable on errors,
 * and gzip for large JSON.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(HttpCachingTests.Time.class)
class HttpCachingTests {

	static final Instant NOW = Instant.parse("2025-12-31T12:00:00Z");

	static final String DISCOUNT = "/highest-discount?amountToPay=20000&bankName=HDFC";

	@TestConfiguration
	static class Time {

		@Bean
		@Primary
		MutableClock mutableClock() {
			return new MutableClock(NOW);
		}

	}

	@Autowired
	MockMvc mvc;

	@Autowired
	MutableClock clock;

	@LocalServerPort
	int port;

	@BeforeEach
	void offers() throws Exception {
		clock.set(NOW);
		postOffers(GeneratedPayloads.wrapped("FPO-CACHE-", 40, 7));
	}

	void postOffers(String body) throws Exception {
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
	}

	String etag(String target) throws Exception {
		String etag = mvc.perform(get(target)).andExpect(status().isOk()).andReturn().getResponse().getHeader("ETag");
		assertThat(etag).matches("W/\"[0-9]+\\.[0-9]+-[0-9a-f]+\"");
		return etag;
	}

	@ParameterizedTest
	@ValueSource(strings = { DISCOUNT, "/best-offers?amountToPay=20000&bankName=HDFC&paymentInstrument=CREDIT",
			"/payment-options?amountToPay=20000", "/discount-curve?bankName=HDFC&paymentInstrument=CREDIT",
			"/offers?bankName=HDFC&size=5", "/offers/FPO-CACHE-1" })
	void everyReadHasAnETagAndCacheControlAndItsOwnETagGets304(String target) throws Exception {
		String etag = etag(target);
		mvc.perform(get(target)).andExpect(header().string("Cache-Control", "max-age=30, stale-while-revalidate=60"));
		mvc.perform(get(target).header("If-None-Match", etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string("ETag", etag))
			.andExpect(header().string("Cache-Control", "max-age=30, stale-while-revalidate=60"))
			.andExpect(content().string(""));
	}

	@Test
	void ifNoneMatchComparesWeaklyAndTakesListsAndAStar() throws Exception {
		String etag = etag(DISCOUNT);
		String strong = etag.substring(2);
		for (String ifNoneMatch : new String[] { strong, "\"other\", " + etag, "W/\"a\",W/\"b\" , " + strong, "*" }) {
			mvc.perform(get(DISCOUNT).header("If-None-Match", ifNoneMatch)).andExpect(status().isNotModified());
		}
		for (String ifNoneMatch : new String[] { "\"other\"", "W/\"" + etag, etag.replace("-", "+"), "" }) {
			mvc.perform(get(DISCOUNT).header("If-None-Match", ifNoneMatch)).andExpect(status().isOk());
		}
	}

	@Test
	void theETagIsTheQueryWhateverTheOrderOfItsParameters() throws Exception {
		assertThat(etag("/highest-discount?bankName=HDFC&amountToPay=20000")).isEqualTo(etag(DISCOUNT));
		assertThat(etag("/highest-discount?amountToPay=20001&bankName=HDFC")).isNotEqualTo(etag(DISCOUNT));
		assertThat(etag("/best-offers?amountToPay=20000&bankName=HDFC")).isNotEqualTo(etag(DISCOUNT));
	}

	@Test
	void aWriteThatChangesTheStoreChangesEveryETag() throws Exception {
		String before = etag(DISCOUNT);
		String listBefore = etag("/offers/FPO-CACHE-1");
		postOffers(GeneratedPayloads.wrapped("FPO-CACHE-NEW-" + System.nanoTime() + "-", 1, 3));
		assertThat(etag(DISCOUNT)).isNotEqualTo(before);
		assertThat(etag("/offers/FPO-CACHE-1")).isNotEqualTo(listBefore);
		mvc.perform(get(DISCOUNT).header("If-None-Match", before)).andExpect(status().isOk());
	}

	@Test
	void anOfferThatExpiresChangesTheETagWithoutAWrite() throws Exception {
		postOffers("""
				{"flipkartOfferApiResponse": {"offers": {"offerList": [{"provider": ["HDFC"],
				  "offerDescription": {"id": "FPO-CACHE-DEC",
				  "text": "Flat ₹9500 off on HDFC Bank Credit Card, valid till 31st Dec 2025"}}]}}}""");
		clock.set(Instant.parse("2025-12-31T18:00:00Z"));
		String valid = etag(DISCOUNT);
		mvc.perform(get(DISCOUNT).header("If-None-Match", valid)).andExpect(status().isNotModified());
		// the end of 31 December in India
		clock.set(Instant.parse("2025-12-31T18:30:00Z"));
		mvc.perform(get(DISCOUNT).header("If-None-Match", valid)).andExpect(status().isOk());
		assertThat(etag(DISCOUNT)).isNotEqualTo(valid);
	}

	@Test
	void errorsAreNotCacheable() throws Exception {
		mvc.perform(get("/highest-discount?amountToPay=-5&bankName=HDFC"))
			.andExpect(status().isBadRequest())
			.andExpect(header().doesNotExist("ETag"))
			.andExpect(header().doesNotExist("Cache-Control"));
		mvc.perform(get("/offers/FPO-NO-SUCH-OFFER"))
			.andExpect(status().isNotFound())
			.andExpect(header().doesNotExist("ETag"))
			.andExpect(header().doesNotExist("Cache-Control"));
	}

	@Test
	void writesAreNotCacheable() throws Exception {
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON)
			.content(GeneratedPayloads.wrapped("FPO-CACHE-", 1, 7)))
			.andExpect(status().isOk())
			.andExpect(header().doesNotExist("ETag"));
	}

	@Test
	void aNotModifiedAnswerToAnotherOriginCarriesItsCorsHeaders() throws Exception {
		String etag = etag(DISCOUNT);
		mvc.perform(get(DISCOUNT).header("Origin", "http://localhost:5173").header("If-None-Match", etag))
			.andExpect(status().isNotModified())
			.andExpect(header().string("Access-Control-Allow-Origin", "http://localhost:5173"));
	}

	@Test
	void largeJsonIsGzippedForClientsThatAskOverARealConnection() throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpResponse<byte[]> list = http.send(request("/offers?size=20").header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.headers().firstValue("Content-Encoding")).hasValue("gzip");
		assertThat(list.headers().allValues("Vary").toString()).containsIgnoringCase("accept-encoding");
		assertThat(list.headers().firstValue("ETag")).isPresent();
		String json = new String(new GZIPInputStream(new ByteArrayInputStream(list.body())).readAllBytes(),
				StandardCharsets.UTF_8);
		assertThat(json).startsWith("{\"offers\":[").hasSizeGreaterThan(1024);

		HttpResponse<String> plain = http.send(request("/offers?size=20").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(plain.body()).isEqualTo(json);

		// a few bytes are not worth compressing
		HttpResponse<String> small = http.send(request(DISCOUNT).header("Accept-Encoding", "gzip").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
		assertThat(small.body()).startsWith("{\"highestDiscountAmount\":");
	}

	@Test
	void errorsAreNotCacheableOverARealConnectionEither() throws Exception {
		HttpResponse<String> bad = HttpClient.newHttpClient()
			.send(request("/highest-discount?amountToPay=-5&bankName=HDFC").build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(bad.statusCode()).isEqualTo(400);
		assertThat(bad.headers().firstValue("ETag")).isEmpty();
		assertThat(bad.headers().firstValue("Cache-Control")).isEmpty();
	}

	HttpRequest.Builder request(String target) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + target));
	}

}
