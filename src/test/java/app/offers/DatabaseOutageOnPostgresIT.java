package app.offers;

import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import tools.jackson.databind.json.JsonMapper;

import app.offers.testing.GeneratedPayloads;
import app.offers.testing.PostgresDatabase;
import app.offers.testing.RequiresPostgres;
import app.offers.testing.Samples;

/**
 * While PostgreSQL is down, reads keep answering from memory, writes answer 503 with
 * Retry-After and health shows the database DOWN; once it is back, writes work again
 * without a restart. Needs a way to stop and start the server:
 * {@code OFFERS_TEST_POSTGRES_CONTROL} (e.g. "pg_ctlcluster 15 main", which .ci/run
 * sets).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ExtendWith(RequiresPostgres.class)
class DatabaseOutageOnPostgresIT {

	static final String CONTROL = "OFFERS_TEST_POSTGRES_CONTROL";

	@LocalServerPort
	int port;

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	static void requirePostgresControl() {
		String control = System.getenv(CONTROL);
		Assumptions.assumeTrue(control != null && !control.isBlank(), "outage test skipped: set " + CONTROL
				+ " to the command that stops/starts the test PostgreSQL (e.g. \"pg_ctlcluster 15 main\")");
	}

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
	}

	static void cluster(String action) throws IOException, InterruptedException {
		List<String> command = new ArrayList<>(List.of(System.getenv(CONTROL).trim().split("\\s+")));
		command.add(command.size() >= 1 && command.get(0).equals("pg_ctlcluster") ? 3 : command.size(), action);
		Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes());
		assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
	}

	@AfterEach
	void databaseBack() throws Exception {
		try {
			cluster("start");
		}
		catch (AssertionError alreadyRunning) {
			// started by the test itself
		}
	}

	HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
		return http.send(request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
	}

	HttpRequest.Builder postOffer(String file) throws IOException {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/offer"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(Samples.wrapped(file)));
	}

	HttpRequest.Builder postBody(String body) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/offer"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body));
	}

	HttpRequest.Builder getPath(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
	}

	@Test
	void readsSurviveAnOutageWritesWaitForTheDatabase() throws Exception {
		requirePostgresControl();
		assertThat(send(postOffer("real-01-offer-banners-and-sections.json")).statusCode()).isEqualTo(200);
		String query = "/highest-discount?amountToPay=80000&bankName=HDFC&paymentInstrument=EMI_OPTIONS";

		cluster("stop");
		HttpResponse<String> read = send(getPath(query));
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat(read.body()).isEqualTo("{\"highestDiscountAmount\":4500}");

		// offers never seen before: they need the database (a re-post of known offers
		// would not)
		String fresh = GeneratedPayloads.wrapped("FPO-OUTAGE-" + System.nanoTime() + "-", 5, 7);
		HttpResponse<String> write = send(postBody(fresh));
		assertThat(write.statusCode()).isEqualTo(503);
		assertThat(write.headers().firstValue("Retry-After")).isPresent();
		assertThat(write.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));

		HttpResponse<String> health = send(getPath("/actuator/health"));
		assertThat(health.statusCode()).isEqualTo(503);
		assertThat(JsonMapper.builder().build().readTree(health.body()).at("/components/db/status").asString())
			.isEqualTo("DOWN");
		assertThat(send(getPath("/actuator/health/liveness")).statusCode()).isEqualTo(200);

		cluster("start");
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		HttpResponse<String> again;
		do {
			Thread.sleep(500);
			again = send(postBody(fresh));
		}
		while (again.statusCode() == 503 && System.nanoTime() < deadline);
		assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
		assertThat(again.body()).contains("\"noOfOffersIdentified\":5,\"noOfNewOffersCreated\":5");
		assertThat(send(getPath(query)).body()).isEqualTo("{\"highestDiscountAmount\":4500}");
	}

}
