package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.offers.testing.GeneratedPayloads;
import app.offers.testing.ServerProcess;

/**
 * The service started as the Docker image and bench/start.sh start it: from the bean
 * definitions Spring AOT worked out at build time ({@code -Dspring.aot.enabled=true}; the
 * build's process-aot put them beside the classes). It takes and answers offers, a
 * setting chosen at start-up holds (the access log, which a build-time condition would
 * have fixed), and after a restart the stored offers answer. H2 here; PostgreSQL with its
 * profile in the subclass.
 */
class AheadOfTimeStartIT {

	static final List<String> AOT = List.of("-Dspring.aot.enabled=true");

	static final String KEY = "aot-test-key";

	@TempDir
	Path data;

	List<String> database() {
		return ServerProcess.h2(data);
	}

	/** The profile and the settings it needs. */
	List<String> settings() {
		return List.of();
	}

	String[] arguments() {
		List<String> arguments = new ArrayList<>(settings());
		arguments.add("--offers.api-key=" + KEY);
		arguments.add("--offers.access-log.enabled=true");
		return arguments.toArray(String[]::new);
	}

	@Test
	void startsFromTheBuildsBeanDefinitionsAndAnswersTheOffersItTookAfterARestart() throws Exception {
		int port = ServerProcess.freePort();
		String prefix = "AOT-" + Long.toString(System.nanoTime(), 36) + "-";
		try (ServerProcess server = ServerProcess.start(AOT, data, port, database(), arguments())) {
			assertThat(server.logs()).contains("Starting AOT-processed OffersApplication");
			HttpRequest post = server.post("/offer", GeneratedPayloads.wrapped(prefix, 3, 7))
				.header("X-API-Key", KEY)
				.build();
			HttpResponse<String> posted = server.http().send(post, HttpResponse.BodyHandlers.ofString());
			assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
			assertThat(posted.body()).contains("\"noOfNewOffersCreated\":3");
			assertThat(server.get("/highest-discount?amountToPay=50000&bankName=HDFC").statusCode()).isEqualTo(200);
			// the access log, on by a setting given at start-up, writes its lines in
			// batches
			long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
			while (!server.logs().contains("GET /highest-discount 200") && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(server.logs()).contains("GET /highest-discount 200");
		}
		try (ServerProcess restarted = ServerProcess.start(AOT, data, port, database(), arguments())) {
			for (int i = 0; i < 3; i++) {
				HttpResponse<String> offer = restarted.get("/offers/" + prefix + i);
				assertThat(offer.statusCode()).as(offer.body()).isEqualTo(200);
				assertThat(offer.body()).contains("\"status\":\"ACTIVE\"");
			}
		}
	}

}
