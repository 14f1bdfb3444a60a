package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import app.offers.testing.GeneratedPayloads;
import app.offers.testing.RequiresPostgres;
import app.offers.testing.ServerProcess;

/**
 * PostgreSQL stopped under a service taking posts, reads and health checks: the outage is
 * logged once when it starts, even before a request needs the store (the poll finds it),
 * and once when it ends, with the requests it refused; in between, nothing. Before, each
 * refused request and each poll wrote its own lines, most with a stack trace.
 */
@ExtendWith(RequiresPostgres.class)
class OutagesAreLoggedOnceOnPostgresIT {

	@TempDir
	Path temp;

	@AfterEach
	void databaseBack() throws Exception {
		try {
			DatabaseOutageOnPostgresIT.cluster("start");
		}
		catch (AssertionError alreadyRunning) {
			// started by the test itself
		}
	}

	static int post(ServerProcess server, String body) throws Exception {
		return server.http()
			.send(server.post("/offer", body).build(), HttpResponse.BodyHandlers.ofString())
			.statusCode();
	}

	@Test
	void anOutageIsOneLineWhenItStartsAndOneWhenItEnds() throws Exception {
		DatabaseOutageOnPostgresIT.requirePostgresControl();
		try (ServerProcess server = ServerProcess.start(temp, ServerProcess.freePort(), ServerProcess.postgres(),
				"--offers.data-dir=" + temp, "--offers.access-log.enabled=false", "--logging.level.root=WARN",
				"--logging.level.app.offers.offer=INFO", "--spring.datasource.hikari.connection-timeout=500",
				"--offers.write-probe-interval=200ms")) {
			String run = "LOGGED-" + System.nanoTime() + "-";
			assertThat(post(server, GeneratedPayloads.wrapped(run + "A-", 5, 1))).isEqualTo(200);

			DatabaseOutageOnPostgresIT.cluster("stop");
			long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
			while (!server.logs().contains("The offer store is unavailable") && System.nanoTime() < deadline) {
				Thread.sleep(100);
			}
			assertThat(server.logs()).as("found by the poll, with no request")
				.contains("The offer store is unavailable");

			long linesOnceKnown = server.logs().lines().count();
			for (int i = 0; i < 10; i++) {
				assertThat(post(server, GeneratedPayloads.wrapped(run + "B" + i + "-", 5, 2))).isEqualTo(503);
				assertThat(server.get("/offers?size=5").statusCode()).isEqualTo(503);
				assertThat(server.get("/actuator/health").statusCode()).isEqualTo(503);
				assertThat(server.get("/highest-discount?amountToPay=5000&bankName=HDFC").statusCode()).isEqualTo(200);
			}
			assertThat(server.logs().lines().count()).as(server.logs()).isEqualTo(linesOnceKnown);

			DatabaseOutageOnPostgresIT.cluster("start");
			deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
			while (!server.logs().contains("takes writes again") && System.nanoTime() < deadline) {
				Thread.sleep(200);
			}
			Matcher ended = Pattern.compile("takes writes again after \\d+ s: (\\d+) requests answered 503")
				.matcher(server.logs());
			assertThat(ended.find()).as(server.logs()).isTrue();
			assertThat(Integer.parseInt(ended.group(1))).as("refused posts and reads").isEqualTo(20);
			assertThat(server.logs()).containsOnlyOnce("The offer store is unavailable")
				.containsOnlyOnce("takes writes again");
			assertThat(post(server, GeneratedPayloads.wrapped(run + "C-", 5, 3))).isEqualTo(200);
		}
	}

}
