package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A payload is stored all or nothing, even when the process is killed (SIGKILL) in the middle of the ingest:
 * after a restart, either none or all of its offers are there.
 */
class KillDuringIngestTests {

	static final int OFFERS = 20_000;

	@TempDir
	Path data;

	final HttpClient http = HttpClient.newHttpClient();

	Process start(int port) throws Exception {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
				OffersApplication.class.getName(), "--server.port=" + port,
				"--spring.datasource.url=jdbc:h2:file:" + data.resolve("offers")
						+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;LOCK_TIMEOUT=10000",
				"--offers.max-body-size=100MB", "--logging.level.root=WARN")
			.redirectErrorStream(true)
			.redirectOutput(data.resolve("server-" + System.nanoTime() + ".log").toFile())
			.start();
		long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
		while (System.nanoTime() < deadline) {
			try {
				if (http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
					.build(), HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					return process;
				}
			}
			catch (java.io.IOException notYet) {
				// not listening yet
			}
			assertThat(process.isAlive()).as("server exited: %s", logs()).isTrue();
			Thread.sleep(100);
		}
		process.destroyForcibly();
		throw new AssertionError("server did not become ready: " + logs());
	}

	String logs() throws Exception {
		StringBuilder out = new StringBuilder();
		for (File f : data.toFile().listFiles((d, n) -> n.endsWith(".log"))) {
			out.append(Files.readString(f.toPath()));
		}
		return out.toString();
	}

	static int freePort() throws Exception {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	int storedOffers(int port) throws Exception {
		String body = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/offers?size=1")).build(),
				HttpResponse.BodyHandlers.ofString()).body();
		Matcher m = Pattern.compile("\"totalOffers\":(\\d+)").matcher(body);
		assertThat(m.find()).as(body).isTrue();
		return Integer.parseInt(m.group(1));
	}

	@ParameterizedTest(name = "killed {0} ms after the post began")
	@ValueSource(ints = { 300, 900, 1800 })
	void aKilledIngestLeavesNoneOrAllOfThePayload(int delayMillis) throws Exception {
		int port = freePort();
		Process server = start(port);
		String payload = GeneratedPayloads.wrapped("FPO-KILL-", OFFERS, delayMillis);
		var answer = http.sendAsync(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/offer"))
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(payload))
			.build(), HttpResponse.BodyHandlers.ofString());
		Thread.sleep(delayMillis);
		server.destroyForcibly().waitFor();
		answer.handle((r, e) -> null).join();

		Process restarted = start(port);
		try {
			assertThat(storedOffers(port)).isIn(List.of(0, OFFERS));
		}
		finally {
			restarted.destroyForcibly().waitFor();
		}
	}
}
