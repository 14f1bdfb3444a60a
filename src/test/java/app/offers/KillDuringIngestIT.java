package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import app.offers.testing.GeneratedPayloads;
import app.offers.testing.ServerProcess;

/**
 * A payload is stored all or nothing, even when the process is killed (SIGKILL) in the
 * middle of the ingest: after a restart, either none or all of its offers are there.
 */
class KillDuringIngestIT {

	static final int OFFERS = 20_000;

	@TempDir
	Path data;

	static int storedOffers(ServerProcess server) throws Exception {
		String body = server.get("/offers?size=1").body();
		Matcher m = Pattern.compile("\"totalOffers\":(\\d+)").matcher(body);
		assertThat(m.find()).as(body).isTrue();
		return Integer.parseInt(m.group(1));
	}

	@ParameterizedTest(name = "killed {0} ms after the post began")
	@ValueSource(ints = { 300, 900, 1800 })
	void aKilledIngestLeavesNoneOrAllOfThePayload(int delayMillis) throws Exception {
		int port = ServerProcess.freePort();
		ServerProcess server = ServerProcess.start(data, port, "--offers.max-body-size=100MB",
				"--offers.max-offers-per-payload=" + OFFERS, "--logging.level.root=WARN");
		String payload = GeneratedPayloads.wrapped("FPO-KILL-", OFFERS, delayMillis);
		var answer = server.http()
			.sendAsync(server.post("/offer", payload).build(), HttpResponse.BodyHandlers.ofString());
		Thread.sleep(delayMillis);
		server.kill();
		answer.handle((r, e) -> null).join();

		try (ServerProcess restarted = ServerProcess.start(data, port, "--logging.level.root=WARN")) {
			assertThat(storedOffers(restarted)).isIn(List.of(0, OFFERS));
		}
	}

}
