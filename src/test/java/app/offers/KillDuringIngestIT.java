package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Test;

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

	/**
	 * Three kills, at three points of the post (early in the parse, during the write,
	 * late), one after the other on the same data: each restart checks the previous kill
	 * and is killed in turn, so three kills take four starts instead of six.
	 */
	@Test
	void aKilledIngestLeavesNoneOrAllOfThePayload() throws Exception {
		int port = ServerProcess.freePort();
		String[] args = { "--offers.max-body-size=100MB", "--offers.max-offers-per-payload=" + OFFERS,
				"--logging.level.root=WARN" };
		ServerProcess server = ServerProcess.start(data, port, args);
		int stored = 0;
		try {
			for (int delayMillis : new int[] { 300, 900, 1800 }) {
				String payload = GeneratedPayloads.wrapped("FPO-KILL-" + delayMillis + "-", OFFERS, delayMillis);
				var answer = server.http()
					.sendAsync(server.post("/offer", payload).build(), HttpResponse.BodyHandlers.ofString());
				Thread.sleep(delayMillis);
				server.kill();
				answer.handle((r, e) -> null).join();

				server = ServerProcess.start(data, port, args);
				int now = storedOffers(server);
				assertThat(now).as("killed %d ms after the post began", delayMillis)
					.isIn(List.of(stored, stored + OFFERS));
				stored = now;
			}
		}
		finally {
			server.close();
		}
	}

}
