package app.offers;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import app.offers.testing.GeneratedPayloads;
import app.offers.testing.ServerProcess;

/**
 * A 200 means the data is on disk: clients post a burst of payloads, the process is
 * killed (SIGKILL) right after the last of them is answered while others are still in
 * flight, and after a restart every acknowledged offer is there. H2 here; PostgreSQL in
 * the subclass.
 */
class AcknowledgedWritesSurviveKillIT {

	static final int CLIENTS = 4;

	static final int ACKNOWLEDGED_BEFORE_KILL = 60;

	@TempDir
	Path data;

	List<String> database() {
		return ServerProcess.h2(data);
	}

	@Test
	void everyOfferWhosePostWasAnsweredIsThereAfterAKill() throws Exception {
		int port = ServerProcess.freePort();
		String prefix = "ACK-" + Long.toString(System.nanoTime(), 36) + "-";
		Set<String> acknowledged = ConcurrentHashMap.newKeySet();
		CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
		ServerProcess server = ServerProcess.start(data, port, database(), "--logging.level.root=WARN");
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		try {
			for (int c = 0; c < CLIENTS; c++) {
				int client = c;
				clients.submit(() -> {
					for (int post = 0; !Thread.currentThread().isInterrupted(); post++) {
						String ids = prefix + client + "-" + post + "-";
						HttpResponse<String> answer = server.http()
							.send(server.post("/offer", GeneratedPayloads.wrapped(ids, 3, post)).build(),
									HttpResponse.BodyHandlers.ofString());
						if (answer.statusCode() == 200) {
							for (int i = 0; i < 3; i++) {
								acknowledged.add(ids + i);
							}
							enough.countDown();
						}
					}
					return null;
				});
			}
			assertThat(enough.await(60, TimeUnit.SECONDS)).as("posts acknowledged in time").isTrue();
			server.kill();
		}
		finally {
			clients.shutdownNow();
			server.kill();
			clients.awaitTermination(10, TimeUnit.SECONDS);
		}
		Set<String> answered = Set.copyOf(acknowledged);
		assertThat(answered).hasSizeGreaterThanOrEqualTo(3 * ACKNOWLEDGED_BEFORE_KILL);

		try (ServerProcess restarted = ServerProcess.start(data, port, database(), "--logging.level.root=WARN")) {
			for (String id : answered) {
				assertThat(restarted.get("/offers/" + id).statusCode()).as("acknowledged offer %s", id).isEqualTo(200);
			}
		}
	}

}
