package app.offers.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/**
 * What an SRE alerts on and a frontend reads: latency histograms of the read endpoints,
 * gauges of the in-memory offers, one access-log line per request, and the headers
 * browser code may read.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTests {

	@Autowired
	MockMvc mvc;

	String prometheus() throws Exception {
		return mvc.perform(get("/actuator/prometheus")).andReturn().getResponse().getContentAsString();
	}

	/** How many discount queries answered 200 the histogram has counted so far. */
	long discountCount() throws Exception {
		return prometheus().lines()
			.filter(l -> l.startsWith("http_server_requests_seconds_count{") && l.contains("uri=\"/highest-discount\"")
					&& l.contains("status=\"200\"") && l.contains("method=\"GET\""))
			.mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
			.sum();
	}

	@Test
	void readEndpointsPublishALatencyHistogramForPercentiles() throws Exception {
		// the context is shared with other tests: the count is compared with the one
		// before
		long before = discountCount();
		mvc.perform(get("/highest-discount").param("amountToPay", "1000").param("bankName", "HDFC"))
			.andExpect(status().isOk());
		mvc.perform(get("/offers/FPO-NOT-THERE")).andExpect(status().isNotFound());
		mvc.perform(get("/actuator/health")).andExpect(status().isOk());
		List<String> buckets = prometheus().lines()
			.filter(l -> l.startsWith("http_server_requests_seconds_bucket{"))
			.toList();
		List<String> discount = buckets.stream()
			.filter(l -> l.contains("uri=\"/highest-discount\"") && l.contains("status=\"200\"")
					&& l.contains("method=\"GET\""))
			.toList();
		assertThat(discount).anyMatch(l -> l.contains("le=\"0.001\""))
			.anyMatch(l -> l.contains("le=\"+Inf\"} " + (before + 1)))
			.anyMatch(l -> l.contains("le=\"10.0\""))
			.hasSizeLessThanOrEqualTo(61);
		assertThat(buckets).anyMatch(l -> l.contains("uri=\"/offers/{id}\""));
		// the rest coarsely: Prometheus takes one type per metric name
		assertThat(buckets).filteredOn(l -> l.contains("uri=\"/actuator/health\""))
			.anyMatch(l -> l.contains("le=\"0.1\""))
			.hasSize(5);
	}

	@Test
	void requestTimingsCarryTheTagsOfSpringsObservation() throws Exception {
		mvc.perform(get("/highest-discount").param("amountToPay", "-5").param("bankName", "HDFC"))
			.andExpect(status().isBadRequest());
		mvc.perform(get("/highest-discount").param("amountToPay", "5").param("bankName", "HDFC"))
			.andExpect(status().isOk());
		String metrics = prometheus();
		assertThat(metrics)
			.contains("http_server_requests_seconds_count{error=\"none\",exception=\"none\","
					+ "method=\"GET\",outcome=\"CLIENT_ERROR\",status=\"400\",uri=\"/highest-discount\"}")
			.contains("http_server_requests_seconds_count{error=\"none\",exception=\"none\","
					+ "method=\"GET\",outcome=\"SUCCESS\",status=\"200\",uri=\"/highest-discount\"}")
			// one timing per request: Spring's own observation is off
			.doesNotContain("http_server_requests_active");
	}

	@Test
	void gaugesTellTheOffersInMemoryAndTheAgeOfTheirSnapshot() throws Exception {
		String metrics = prometheus();
		assertThat(metrics).containsPattern("(?m)^offers_loaded(\\{[^}]*\\})? [0-9.]+$")
			.containsPattern("(?m)^offers_snapshot_age_seconds(\\{[^}]*\\})? [0-9.]+$");
	}

	@Test
	void oneAccessLogLinePerRequestWithThePathTemplateAndTheRequestId(CapturedOutput output) throws Exception {
		mvc.perform(get("/offers/FPO-SECRET-ID-42").header("X-Request-Id", "access-log-1"))
			.andExpect(status().isNotFound());
		mvc.perform(get("/highest-discount").param("amountToPay", "1000")
			.param("bankName", "HDFC")
			.header("X-Request-Id", "access-log-2")).andExpect(status().isOk());
		mvc.perform(post("/offer").contentType(MediaType.APPLICATION_JSON)
			.content("{}")
			.header("X-Request-Id", "access-log-3"));
		// lines are written in batches: the last ones within a fraction of a second
		long deadline = System.nanoTime() + 5_000_000_000L;
		while (!output.getOut().contains("[access-log-3]") && System.nanoTime() < deadline) {
			Thread.sleep(20);
		}
		List<String> lines = output.getOut().lines().filter(l -> l.contains(" ACCESS [")).toList();
		assertThat(lines).filteredOn(l -> l.contains("[access-log-1]"))
			.singleElement()
			.satisfies(l -> assertThat(l)
				.matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z ACCESS \\[access-log-1\\] "
						+ "GET /offers/\\{id\\} 404 [0-9]+\\.[0-9]{3} ms")
				.doesNotContain("FPO-SECRET-ID-42"));
		assertThat(lines).filteredOn(l -> l.contains("[access-log-2]"))
			.singleElement()
			.satisfies(l -> assertThat(l).containsPattern("GET /highest-discount 200 [0-9]+\\.[0-9]{3} ms$"));
		assertThat(lines).filteredOn(l -> l.contains("[access-log-3]"))
			.singleElement()
			.satisfies(l -> assertThat(l).containsPattern("POST /offer 400 "));
	}

	@Test
	void browserCodeMayReadTheRequestIdTheETagAndRetryAfter() throws Exception {
		mvc.perform(get("/highest-discount").param("amountToPay", "100")
			.param("bankName", "HDFC")
			.header("Origin", "http://localhost:5173"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", "http://localhost:5173"))
			.andExpect(header().stringValues("Access-Control-Expose-Headers", hasItem(
					allOf(containsString("X-Request-Id"), containsString("ETag"), containsString("Retry-After")))));
		mvc.perform(options("/offers").header("Origin", "http://localhost:5173")
			.header("Access-Control-Request-Method", "GET")).andExpect(status().isOk());
	}

}
