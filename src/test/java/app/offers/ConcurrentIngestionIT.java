package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import app.offers.discount.LiveOffers;
import app.offers.testing.Samples;

/** Many clients posting the same and overlapping payloads at once, over real HTTP. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ConcurrentIngestionIT {

	static final int CLIENTS = 24;

	static final Pattern COUNTS = Pattern.compile("\"noOfOffersIdentified\":(\\d+),\"noOfNewOffersCreated\":(\\d+)");

	@LocalServerPort
	int port;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	LiveOffers live;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void emptyStore() {
		jdbc.update("delete from offer");
		live.reloadAll();
	}

	@Test
	void onePayloadFrom24ClientsAtOnceIsStoredExactlyOnce() throws Exception {
		List<int[]> answers = postAtOnce(List.of("real-02-sections-with-adjustment-list.json"));
		assertThat(answers).allSatisfy(a -> assertThat(a[0]).isEqualTo(30));
		assertThat(answers.stream().mapToInt(a -> a[1]).sum()).isEqualTo(30);
		assertThat(jdbc.queryForObject("select count(*) from offer", Integer.class)).isEqualTo(30);
	}

	@Test
	void overlappingPayloadsAtOnceAddUpToTheDistinctOffers() throws Exception {
		// real-01, real-03 and real-06 share many ids; real-08..11 share the
		// Paytm/IDFC/Axis ones
		List<String> files = List.of("real-01-offer-banners-and-sections.json",
				"real-03-full-payment-options-page.json", "real-06-offer-list-with-bank-filters.json",
				"real-08-fkpay-options-full-5offers.json", "real-09-fkpay-available-offers-5offers.json",
				"real-10-fkpay-options-readme-nbfc-emi-14offers.json", "real-11-fkpay-pbo-only-trimmed-7offers.json",
				"real-14-revamp-offers-only-27offers.json");
		List<int[]> answers = postAtOnce(files);
		int stored = jdbc.queryForObject("select count(*) from offer", Integer.class);
		assertThat(answers.stream().mapToInt(a -> a[1]).sum()).isEqualTo(stored);
		assertThat(jdbc.queryForObject("select count(distinct offer_key) from offer", Integer.class)).isEqualTo(stored);
	}

	/**
	 * Posts each file from CLIENTS / files.size() clients, all released at the same
	 * moment.
	 */
	List<int[]> postAtOnce(List<String> files) throws Exception {
		List<String> bodies = new ArrayList<>();
		for (String file : files) {
			bodies.add(Samples.wrapped(file));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<HttpResponse<String>>> futures = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				String body = bodies.get(i % bodies.size());
				futures.add(pool.submit(() -> {
					start.await();
					return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/offer"))
						.header("Content-Type", "application/json")
						.POST(HttpRequest.BodyPublishers.ofString(body))
						.build(), HttpResponse.BodyHandlers.ofString());
				}));
			}
			start.countDown();
			List<int[]> answers = new ArrayList<>();
			for (Future<HttpResponse<String>> future : futures) {
				HttpResponse<String> response = future.get();
				assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
				Matcher m = COUNTS.matcher(response.body());
				assertThat(m.find()).as(response.body()).isTrue();
				answers.add(new int[] { Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)) });
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

}
